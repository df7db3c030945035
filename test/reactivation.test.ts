// reactivateCustomer through real HTTP: subscriptions restarted, REACTIVATION movements, the churn closed and the
// win-back credited to the retention action that preceded it (inside the window), all or nothing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApi, type TestApi } from "./support/api.ts";
import { dbKinds } from "./support/database.ts";
import { counts, customerWith, DAY, productId } from "./support/scenarios.ts";

const REACTIVATE = `mutation($input: ReactivateCustomerInput!, $key: String) { reactivateCustomer(input: $input, idempotencyKey: $key) {
  customer { status mrrMinor } churnEvent { id reversedAt } attributedAction { id status outcome completedAt } subscriptions { id mrrMinor startedAt endedAt } } }`;
type Payload = {
  reactivateCustomer: {
    customer: { status: string; mrrMinor: number };
    churnEvent: { id: string; reversedAt: string } | null;
    attributedAction: { id: string; status: string; outcome: string; completedAt: string } | null;
    subscriptions: { id: string; mrrMinor: number; startedAt: string; endedAt: string | null }[];
  };
};
const effectiveAt = "2026-01-31T00:00:00.000Z";
const plus = (days: number) => new Date(Date.parse(effectiveAt) + days * DAY).toISOString();

describe.each(dbKinds)("reactivateCustomer on %s", (kind) => {
  let api: TestApi;
  let agent: string;
  const reactivate = (input: object, key?: string) => api.gql<Payload>(REACTIVATE, { input, key }, agent);
  beforeAll(async () => {
    api = await startTestApi(kind);
    agent = await api.login("AGENT");
  });
  afterAll(() => api.close());

  /** A customer who left over price on 31 January: PRICE_WIN_BACK suggested a discount, a loyalty invite and an e-mail. */
  async function churned(subscriptions = [5000, 3000]) {
    const c = await customerWith(api, { subscriptions });
    const res = await api.gql<{ logChurn: { churnEvent: { id: string }; suggestedActions: { id: string; kind: string }[] } }>(
      `mutation($c: ID!, $at: DateTime) { logChurn(input: { customerId: $c, type: VOLUNTARY, primaryReasonCode: "PRICE", effectiveAt: $at }) { churnEvent { id } suggestedActions { id kind } } }`,
      { c: c.id, at: effectiveAt },
      agent,
    );
    return { customer: c, churnEventId: res.data!.logChurn.churnEvent.id, actions: res.data!.logChurn.suggestedActions };
  }

  it("restarts the subscriptions the churn ended, credits the action being worked, closes the churn", async () => {
    const { customer, churnEventId, actions } = await churned();
    const discount = actions.find((a) => a.kind === "DISCOUNT_OFFER")!;
    const started = await api.gql(
      `mutation($id: ID!) { updateRetentionAction(id: $id, status: IN_PROGRESS) { status } }`,
      { id: discount.id },
      agent,
    );
    expect(started.errors).toBeUndefined();
    const at = plus(20);
    const res = await reactivate({ customerId: customer.id, at });
    expect(res.errors).toBeUndefined();
    const p = res.data!.reactivateCustomer;
    expect(p.customer).toEqual({ status: "ACTIVE", mrrMinor: 8000 });
    expect(p.churnEvent).toEqual({ id: churnEventId, reversedAt: at });
    expect(p.attributedAction).toEqual({ id: discount.id, status: "DONE", outcome: "WON_BACK", completedAt: at });
    expect(p.subscriptions.map((s) => [s.mrrMinor, s.startedAt, s.endedAt]).sort()).toEqual([
      [3000, at, null],
      [5000, at, null],
    ]);
    const moves = await api.db.prisma.mrrMovement.findMany({
      where: { customerId: customer.id, kind: "REACTIVATION" },
      orderBy: { id: "asc" },
    });
    expect(moves.map((m) => [m.amountMinor, m.retentionActionId, m.occurredAt.toISOString()]).sort()).toEqual([
      [3000, Number(discount.id), at],
      [5000, Number(discount.id), at],
    ]);
    const rest = await api.db.prisma.retentionAction.findMany({
      where: { churnEventId: Number(churnEventId), id: { not: Number(discount.id) } },
    });
    expect(rest.map((a) => a.status)).toEqual(["CANCELLED", "CANCELLED"]); // the rest of the win-back queue is moot
    const audit = await api.db.prisma.auditLog.findMany({ where: { action: "reactivateCustomer" } });
    expect(audit.map((a) => a.entity).sort()).toEqual([
      "ChurnEvent",
      "Customer",
      "MrrMovement",
      "MrrMovement",
      "RetentionAction",
      "RetentionAction",
      "RetentionAction",
      "Subscription",
      "Subscription",
    ]);
  });

  it("starts what is sent and credits the action named", async () => {
    const { customer, actions } = await churned();
    const email = actions.find((a) => a.kind === "WE_MISS_YOU_EMAIL")!;
    const product = await productId(api);
    const res = await reactivate({
      customerId: customer.id,
      at: plus(5),
      subscriptions: [{ productId: product, mrrMinor: 4000 }],
      retentionActionId: email.id,
    });
    expect(res.errors).toBeUndefined();
    expect(res.data!.reactivateCustomer).toMatchObject({
      customer: { mrrMinor: 4000 },
      attributedAction: { id: email.id, outcome: "WON_BACK" },
      subscriptions: [{ mrrMinor: 4000 }],
    });
  });

  it("credits nobody when they come back after the 90-day window, or when no action was worked", async () => {
    const late = await churned();
    await api.db.prisma.retentionAction.updateMany({
      where: { churnEventId: Number(late.churnEventId) },
      data: { status: "DONE", completedAt: new Date(plus(3)) },
    });
    const res = await reactivate({ customerId: late.customer.id, at: plus(120) });
    expect(res.data!.reactivateCustomer.attributedAction).toBeNull();
    const moves = await api.db.prisma.mrrMovement.findMany({ where: { customerId: late.customer.id, kind: "REACTIVATION" } });
    expect(moves.every((m) => m.retentionActionId === null)).toBe(true);
    const untouched = await churned();
    expect((await reactivate({ customerId: untouched.customer.id, at: plus(10) })).data!.reactivateCustomer.attributedAction).toBeNull();
  });

  it.each([
    ["an ACTIVE customer", "input.customerId", async () => ({ customerId: (await customerWith(api)).id })],
    ["a date before the churn took effect", "input.at", async () => ({ customerId: (await churned()).customer.id, at: plus(-1) })],
    [
      "an unknown product",
      "input.subscriptions.productId",
      async () => ({ customerId: (await churned()).customer.id, subscriptions: [{ productId: 999999, mrrMinor: 100 }] }),
    ],
    [
      "a zero MRR",
      "input.subscriptions.0.mrrMinor",
      async () => ({ customerId: (await churned()).customer.id, subscriptions: [{ productId: 1, mrrMinor: 0 }] }),
    ],
    [
      "another customer's action",
      "input.retentionActionId",
      async () => ({ customerId: (await churned()).customer.id, retentionActionId: (await churned()).actions[0].id }),
    ],
  ])("refuses %s naming %s, and changes nothing", async (_what, field, input) => {
    const sent = await input();
    const before = await counts(api);
    const status = (await api.db.prisma.customer.findUniqueOrThrow({ where: { id: Number(sent.customerId) } })).status;
    const res = await reactivate({ at: plus(10), ...sent });
    expect(res.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field });
    expect(await counts(api)).toEqual(before);
    expect((await api.db.prisma.customer.findUniqueOrThrow({ where: { id: Number(sent.customerId) } })).status).toBe(status);
  });

  it("replays an idempotency key: one set of subscriptions, the same payload", async () => {
    const { customer } = await churned([2500]);
    const first = await reactivate({ customerId: customer.id, at: plus(7) }, "winback-0001");
    const second = await reactivate({ customerId: customer.id, at: plus(7) }, "winback-0001");
    expect(second).toEqual(first);
    expect(await api.db.prisma.subscription.count({ where: { customerId: customer.id, endedAt: null } })).toBe(1);
  });
});
