// Hand-built metric scenarios: customers, subscriptions, churn events, movements and tickets written straight to
// the database with Prisma, so each test's expected answer can be worked out by hand from the rows it wrote.
import { newApiKeySecret } from "@churnstile/schema/auth";
import { expect } from "vitest";
import type { TestApi } from "./api.ts";

export const at = (iso: string) => new Date(iso.includes("T") ? iso : `${iso}T00:00:00Z`);

let seq = 0;

export interface CustomerSpec {
  signedUpAt?: string;
  plan?: "STARTER" | "GROWTH" | "BUSINESS" | "ENTERPRISE";
  country?: string;
  industry?: string;
  deleted?: boolean;
  ownerId?: number;
  /** [mrrMinor, startedAt, endedAt?] per subscription */
  subs?: [number, string, string?][];
}

async function productId(api: TestApi) {
  const found = await api.db.prisma.product.findFirst({ where: { code: "METRICS" } });
  return (
    found?.id ??
    (await api.db.prisma.product.create({ data: { code: "METRICS", name: "Metrics", category: "platform", priceMinor: 1000 } })).id
  );
}

/** A customer and its subscriptions (customer.mrrMinor is irrelevant to metrics: they read subscriptions). */
export async function customer(api: TestApi, spec: CustomerSpec = {}) {
  seq += 1;
  const c = await api.db.prisma.customer.create({
    data: {
      externalId: `m-${seq}-${Math.random().toString(36).slice(2, 8)}`,
      name: `Metrics ${seq}`,
      country: spec.country ?? "TR",
      industry: spec.industry ?? null,
      plan: spec.plan ?? "GROWTH",
      signedUpAt: at(spec.signedUpAt ?? "2024-01-01"),
      deletedAt: spec.deleted ? at("2025-06-01") : null,
      ownerId: spec.ownerId ?? null,
    },
  });
  const product = await productId(api);
  for (const [mrrMinor, startedAt, endedAt] of spec.subs ?? []) {
    await api.db.prisma.subscription.create({
      data: { customerId: c.id, productId: product, mrrMinor, startedAt: at(startedAt), endedAt: endedAt ? at(endedAt) : null },
    });
  }
  return c.id;
}

/** `n` identical customers. */
export async function customers(api: TestApi, n: number, spec: CustomerSpec = {}) {
  const ids: number[] = [];
  for (let i = 0; i < n; i++) ids.push(await customer(api, spec));
  return ids;
}

type ChurnType = "VOLUNTARY" | "INVOLUNTARY" | "COMPETITIVE" | "PASSIVE" | "REVENUE";

export async function churnEvent(
  api: TestApi,
  customerId: number,
  type: ChurnType,
  reasonCode: string,
  effectiveAt: string,
  mrrLostMinor: number,
) {
  const reason = await api.db.prisma.churnReason.findUniqueOrThrow({ where: { code: reasonCode } });
  const e = await api.db.prisma.churnEvent.create({
    data: {
      customerId,
      type,
      primaryReasonId: reason.id,
      requestedAt: at(effectiveAt),
      effectiveAt: at(effectiveAt),
      mrrLostMinor,
      source: "IMPORT",
    },
  });
  return e.id;
}

/** A REACTIVATION movement, optionally attributed to a new retention action of `kind`. */
export async function reactivation(
  api: TestApi,
  customerId: number,
  occurredAt: string,
  amountMinor: number,
  kind?: "DISCOUNT_OFFER" | "CALLBACK" | "WE_MISS_YOU_EMAIL",
) {
  const action = kind
    ? await api.db.prisma.retentionAction.create({ data: { customerId, kind, status: "DONE", outcome: "WON_BACK" } })
    : null;
  await api.db.prisma.mrrMovement.create({
    data: { customerId, kind: "REACTIVATION", amountMinor, occurredAt: at(occurredAt), retentionActionId: action?.id ?? null },
  });
}

/** An API key with these scopes, created the way the API creates them. */
export async function apiKey(api: TestApi, scopes: string[]) {
  const { prefix, secretHash, token } = newApiKeySecret();
  await api.db.prisma.apiKey.create({ data: { name: `metrics ${scopes.join(",")} ${prefix}`, prefix, secretHash, scopes } });
  return token;
}

/** Runs a query as `token` and returns its data, failing the test on any error. */
export async function query<T>(api: TestApi, token: string, q: string, variables: object = {}): Promise<T> {
  const res = await api.gql<T>(q, variables, token);
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data as T;
}

export const RATIO = "{ rate numerator denominator }";
