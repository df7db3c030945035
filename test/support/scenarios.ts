// Named scenarios for the domain-command tests: customers with live subscriptions written straight to the
// database (the state a billing sync would leave), so each test starts from rows it can check by hand.
import type { TestApi } from "./api.ts";

export const DAY = 86_400_000;
export const at = (iso: string) => new Date(iso);

let seq = 0;

export interface CustomerScenario {
  locale?: string;
  abusive?: boolean;
  status?: "TRIAL" | "ACTIVE" | "PAST_DUE" | "CHURNED";
  /** mrrMinor of each live subscription, all started 2025-01-01 */
  subscriptions?: number[];
  ownerId?: number | null;
}

export async function productId(api: TestApi): Promise<number> {
  const found = await api.db.prisma.product.findFirst({ where: { code: "CORE" } });
  if (found) return found.id;
  return (await api.db.prisma.product.create({ data: { code: "CORE", name: "Core", category: "platform", priceMinor: 5000 } })).id;
}

/** A customer whose mrrMinor is the sum of its live subscriptions. */
export async function customerWith(api: TestApi, s: CustomerScenario = {}) {
  const subs = s.subscriptions ?? [5000];
  const product = await productId(api);
  seq += 1;
  const customer = await api.db.prisma.customer.create({
    data: {
      externalId: `scn-${seq}-${Math.random().toString(36).slice(2, 8)}`,
      name: `Scenario ${seq}`,
      country: "TR",
      plan: "GROWTH",
      signedUpAt: at("2025-01-01T00:00:00Z"),
      locale: s.locale ?? "en",
      abusive: s.abusive ?? false,
      status: s.status ?? "ACTIVE",
      mrrMinor: subs.reduce((a, b) => a + b, 0),
      ownerId: s.ownerId ?? null,
    },
  });
  for (const mrrMinor of subs) {
    await api.db.prisma.subscription.create({
      data: { customerId: customer.id, productId: product, mrrMinor, startedAt: at("2025-01-01T00:00:00Z") },
    });
  }
  return customer;
}

export async function reasonId(api: TestApi, code: string): Promise<string> {
  return String((await api.db.prisma.churnReason.findUniqueOrThrow({ where: { code } })).id);
}

export const userId = async (api: TestApi, role: "ADMIN" | "MANAGER" | "AGENT" | "ANALYST") =>
  (await api.db.prisma.user.findFirstOrThrow({ where: { role } })).id;

/** Audit rows of one command, by entity, in write order. */
export async function auditOf(api: TestApi, action: string, entity?: string) {
  return api.db.prisma.auditLog.findMany({ where: { action, ...(entity ? { entity } : {}) }, orderBy: { id: "asc" } });
}

/** Row counts that a rolled-back command must leave untouched. */
export async function counts(api: TestApi) {
  const p = api.db.prisma;
  const [churnEvents, movements, actions, responses, audit, features, failures] = await Promise.all([
    p.churnEvent.count(),
    p.mrrMovement.count(),
    p.retentionAction.count(),
    p.exitSurveyResponse.count(),
    p.auditLog.count(),
    p.featureRequest.count(),
    p.paymentFailure.count(),
  ]);
  return { churnEvents, movements, actions, responses, audit, features, failures };
}
