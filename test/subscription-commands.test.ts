// startSubscription, changeSubscription and endSubscription through real HTTP: each change's movement as the revenue
// metrics classify it, customer.mrrMinor and status in step, audited and idempotent (refusals: the .rules test).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApi, type TestApi } from "./support/api.ts";
import { dbKinds } from "./support/database.ts";
import { expectError } from "./support/fixtures.ts";
import { at, auditOf, customerWith, productId } from "./support/scenarios.ts";

const PAYLOAD = `subscription { id mrrMinor startedAt endedAt } previous { id mrrMinor startedAt endedAt }
  movement { kind amountMinor occurredAt subscription { id } } customer { mrrMinor status healthScore }`;
const mutation = (name: string, input: string) =>
  `mutation($input: ${input}!, $key: String) { ${name}(input: $input, idempotencyKey: $key) { ${PAYLOAD} } }`;
const START = mutation("startSubscription", "StartSubscriptionInput");
const CHANGE = mutation("changeSubscription", "ChangeSubscriptionInput");
const END = mutation("endSubscription", "EndSubscriptionInput");

type Sub = { id: string; mrrMinor: number; startedAt: string; endedAt: string | null };
type Change = {
  subscription: Sub;
  previous: Sub | null;
  movement: { kind: string; amountMinor: number; occurredAt: string; subscription: { id: string } } | null;
  customer: { mrrMinor: number; status: string; healthScore: number | null };
};

const FEB = "2026-02-01T00:00:00.000Z";
const MAR = "2026-03-01T00:00:00.000Z";

describe.each(dbKinds)("subscription commands on %s", (kind) => {
  let api: TestApi;
  let agent: string;
  let product: number;
  const call = async (document: string, name: string, input: object, key?: string) => {
    const res = await api.gql<Record<string, Change>>(document, { input, key }, agent);
    return { res, data: res.data?.[name] as Change };
  };
  const start = (input: object, key?: string) => call(START, "startSubscription", input, key);
  const change = (input: object) => call(CHANGE, "changeSubscription", input);
  const end = (input: object) => call(END, "endSubscription", input);
  const subsOf = (customerId: number) => api.db.prisma.subscription.findMany({ where: { customerId }, orderBy: { id: "asc" } });
  beforeAll(async () => {
    api = await startTestApi(kind);
    agent = await api.login("AGENT");
    product = await productId(api);
  });
  afterAll(() => api.close());

  it("starts a first subscription as NEW (a trial becomes ACTIVE) and a second one as EXPANSION", async () => {
    const c = await customerWith(api, { subscriptions: [], status: "TRIAL" });
    const first = await start({ customerId: c.id, productId: product, mrrMinor: 5000, startedAt: FEB });
    expect(first.res.errors).toBeUndefined();
    expect(first.data.subscription).toMatchObject({ mrrMinor: 5000, startedAt: FEB, endedAt: null });
    expect(first.data.movement).toEqual({
      kind: "NEW",
      amountMinor: 5000,
      occurredAt: FEB,
      subscription: { id: first.data.subscription.id },
    });
    expect(first.data.customer).toMatchObject({ mrrMinor: 5000, status: "ACTIVE" });
    expect(first.data.customer.healthScore).not.toBeNull(); // rescored in the same transaction
    const second = await start({ customerId: c.id, productId: product, mrrMinor: 1500, startedAt: MAR, currency: "usd" });
    expect(second.data.movement).toMatchObject({ kind: "EXPANSION", amountMinor: 1500 });
    expect(second.data.customer).toMatchObject({ mrrMinor: 6500, status: "ACTIVE" });
    const audit = (await auditOf(api, "startSubscription")).map((a) => a.entity);
    expect(audit).toEqual(["Subscription", "MrrMovement", "Customer", "Subscription", "MrrMovement", "Customer"]);
  });

  it("reprices by ending the row and starting a new one: EXPANSION up, CONTRACTION down", async () => {
    const c = await customerWith(api, { subscriptions: [5000, 2000] });
    const [big] = await subsOf(c.id);
    const up = await change({ subscriptionId: big.id, mrrMinor: 8000, effectiveAt: FEB });
    expect(up.res.errors).toBeUndefined();
    expect(up.data.previous).toEqual({ id: String(big.id), mrrMinor: 5000, startedAt: "2025-01-01T00:00:00.000Z", endedAt: FEB });
    expect(up.data.subscription).toMatchObject({ mrrMinor: 8000, startedAt: FEB, endedAt: null });
    expect(up.data.movement).toMatchObject({ kind: "EXPANSION", amountMinor: 3000, subscription: { id: up.data.subscription.id } });
    expect(up.data.customer).toMatchObject({ mrrMinor: 10000, status: "ACTIVE" });
    const down = await change({ subscriptionId: up.data.subscription.id, mrrMinor: 6000, effectiveAt: MAR });
    expect(down.data.movement).toMatchObject({ kind: "CONTRACTION", amountMinor: 2000, occurredAt: MAR });
    expect(down.data.customer.mrrMinor).toBe(8000);
    const rows = await subsOf(c.id);
    expect(rows.map((s) => [s.mrrMinor, s.startedAt.toISOString().slice(0, 10), s.endedAt?.toISOString().slice(0, 10) ?? null])).toEqual([
      [5000, "2025-01-01", "2026-02-01"],
      [2000, "2025-01-01", null],
      [8000, "2026-02-01", "2026-03-01"],
      [6000, "2026-03-01", null],
    ]);
  });

  it("ends one of several as CONTRACTION, the last paid one as CHURN (CHURNED), and a restart is a win-back", async () => {
    const c = await customerWith(api, { subscriptions: [5000, 3000] });
    const [a, b] = await subsOf(c.id);
    const one = await end({ subscriptionId: b.id, endedAt: FEB });
    expect(one.res.errors).toBeUndefined();
    expect(one.data.subscription).toMatchObject({ id: String(b.id), endedAt: FEB });
    expect(one.data.movement).toMatchObject({ kind: "CONTRACTION", amountMinor: 3000 });
    expect(one.data.customer).toMatchObject({ mrrMinor: 5000, status: "ACTIVE" });
    const last = await end({ subscriptionId: a.id, endedAt: MAR });
    expect(last.data.movement).toMatchObject({ kind: "CHURN", amountMinor: 5000, occurredAt: MAR });
    expect(last.data.customer).toMatchObject({ mrrMinor: 0, status: "CHURNED" });
    expect(await api.db.prisma.churnEvent.count({ where: { customerId: c.id } })).toBe(0); // why is logChurn's to record

    const back = await start({ customerId: c.id, productId: product, mrrMinor: 4000, startedAt: "2026-03-15T00:00:00Z" });
    expect(back.res.errors).toBeUndefined();
    expect(back.data.movement).toMatchObject({ kind: "REACTIVATION", amountMinor: 4000 });
    expect(back.data.customer).toMatchObject({ mrrMinor: 4000, status: "ACTIVE" });
    const moves = await api.db.prisma.mrrMovement.findMany({ where: { customerId: c.id }, orderBy: { id: "asc" } });
    expect(moves.map((m) => [m.kind, m.amountMinor])).toEqual([
      ["CONTRACTION", 3000],
      ["CHURN", 5000],
      ["REACTIVATION", 4000],
    ]);
  });

  it("wins back a customer churned through logChurn: the churn is closed, as reactivateCustomer would", async () => {
    const c = await customerWith(api, { subscriptions: [5000] });
    const logged = await api.gql<{ logChurn: { churnEvent: { id: string } } }>(
      `mutation($c: ID!) { logChurn(input: { customerId: $c, type: VOLUNTARY, primaryReasonCode: "PRICE", effectiveAt: "${FEB}" }) { churnEvent { id } } }`,
      { c: c.id },
      agent,
    );
    const early = await start({ customerId: c.id, productId: product, mrrMinor: 4000, startedAt: FEB });
    expectError(early.res, "BAD_USER_INPUT", "input.startedAt");
    const back = await start({ customerId: c.id, productId: product, mrrMinor: 4000, startedAt: MAR });
    expect(back.data.movement).toMatchObject({ kind: "REACTIVATION", amountMinor: 4000, occurredAt: MAR });
    expect(back.data.customer).toMatchObject({ mrrMinor: 4000, status: "ACTIVE" });
    const churn = await api.db.prisma.churnEvent.findUniqueOrThrow({ where: { id: Number(logged.data!.logChurn.churnEvent.id) } });
    expect(churn.reversedAt?.toISOString()).toBe(MAR);
  });

  it("classifies a return from zero MRR without a CHURNED status as REACTIVATION", async () => {
    const c = await customerWith(api, { subscriptions: [] });
    await api.db.prisma.subscription.create({
      data: {
        customerId: c.id,
        productId: product,
        mrrMinor: 2000,
        startedAt: at("2025-01-01T00:00:00Z"),
        endedAt: at("2025-06-01T00:00:00Z"),
      },
    });
    const res = await start({ customerId: c.id, productId: product, mrrMinor: 2500, startedAt: FEB });
    expect(res.data.movement).toMatchObject({ kind: "REACTIVATION", amountMinor: 2500 });
  });

  it("replays an idempotency key: one subscription, the same payload", async () => {
    const c = await customerWith(api, { subscriptions: [] });
    const input = { customerId: c.id, productId: product, mrrMinor: 900, startedAt: FEB };
    const first = await start(input, "sub-start-0001");
    const second = await start(input, "sub-start-0001");
    expect(second.res).toEqual(first.res);
    expect(await api.db.prisma.subscription.count({ where: { customerId: c.id } })).toBe(1);
  });
});
