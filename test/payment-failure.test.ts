// The involuntary path through real HTTP: failed payment → recovery plan → retries → recovered or churned.
import { newApiKeySecret } from "@churnstile/schema/auth";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApi, type TestApi } from "./support/api.ts";
import { dbKinds } from "./support/database.ts";
import { counts, customerWith, DAY } from "./support/scenarios.ts";

const RECORD = `mutation($input: RecordPaymentFailureInput!, $key: String) { recordPaymentFailure(input: $input, idempotencyKey: $key) {
  paymentFailure { id status attempts failedAt failureCode } customer { status } actions { kind dueAt trigger } } }`;
const RESOLVE = `mutation($id: ID!, $outcome: PaymentFailureOutcome!, $at: DateTime) { resolvePaymentFailure(id: $id, outcome: $outcome, effectiveAt: $at) {
  paymentFailure { status resolvedAt } customer { status mrrMinor } churnEvent { id type source winBackEligible mrrLostMinor primaryReason { code } } actions { kind dueAt } } }`;
type Recorded = {
  recordPaymentFailure: {
    paymentFailure: { id: string; status: string; attempts: number; failedAt: string; failureCode: string };
    customer: { status: string };
    actions: { kind: string; dueAt: string; trigger: string }[];
  };
};
type Resolved = {
  resolvePaymentFailure: {
    paymentFailure: { status: string; resolvedAt: string };
    customer: { status: string; mrrMinor: number };
    churnEvent: null | {
      id: string;
      type: string;
      source: string;
      winBackEligible: boolean;
      mrrLostMinor: number;
      primaryReason: { code: string };
    };
    actions: { kind: string; dueAt: string }[];
  };
};

describe.each(dbKinds)("payment failures on %s", (kind) => {
  let api: TestApi;
  let agent: string;
  const failedAt = "2026-03-01T10:00:00.000Z";
  const record = (input: object, key?: string, token = agent) => api.gql<Recorded>(RECORD, { input, key }, token);
  beforeAll(async () => {
    api = await startTestApi(kind);
    agent = await api.login("AGENT");
  });
  afterAll(() => api.close());

  async function failing(attempts = 1) {
    const c = await customerWith(api, { subscriptions: [5000], locale: "ru" });
    const sub = await api.db.prisma.subscription.findFirstOrThrow({ where: { customerId: c.id } });
    let res = await record({ customerId: c.id, subscriptionId: sub.id, amountMinor: 5000, failedAt, failureCode: "card_expired" });
    for (let i = 1; i < attempts; i++)
      res = await record({
        customerId: c.id,
        subscriptionId: sub.id,
        amountMinor: 5000,
        failedAt: "2026-03-04T10:00:00Z",
        failureCode: "insufficient_funds",
      });
    expect(res.errors).toBeUndefined();
    return { customer: c, sub, failure: res.data!.recordPaymentFailure };
  }

  it("records a failure: OPEN, customer PAST_DUE, the recovery playbook's actions in the customer's locale", async () => {
    const { customer, failure } = await failing();
    expect(failure.paymentFailure).toMatchObject({ status: "OPEN", attempts: 1, failedAt, failureCode: "card_expired" });
    expect(failure.customer.status).toBe("PAST_DUE");
    expect(failure.actions.map((a) => [a.kind, a.dueAt, a.trigger])).toEqual([
      ["PAYMENT_RECOVERY", failedAt, "PAYMENT_FAILED"],
      ["CALLBACK", new Date(Date.parse(failedAt) + 3 * DAY).toISOString(), "PAYMENT_FAILED"],
    ]);
    const template = await api.db.prisma.retentionAction.findFirstOrThrow({
      where: { customerId: customer.id, kind: "PAYMENT_RECOVERY" },
      include: { messageTemplate: true, playbook: true },
    });
    expect([template.messageTemplate?.kind, template.messageTemplate?.locale, template.playbook?.code]).toEqual([
      "PAYMENT_RECOVERY",
      "ru",
      "PAYMENT_RECOVERY",
    ]);
  });

  it("counts a retry on the open failure instead of opening another, and plans no new actions", async () => {
    const { customer, failure } = await failing(2);
    expect(failure.paymentFailure).toMatchObject({ attempts: 2, failedAt, failureCode: "insufficient_funds" });
    expect(failure.actions).toEqual([]);
    expect(await api.db.prisma.paymentFailure.count({ where: { customerId: customer.id } })).toBe(1);
    expect(await api.db.prisma.retentionAction.count({ where: { customerId: customer.id } })).toBe(2);
  });

  it("recovers: failure RECOVERED, customer ACTIVE again, the open recovery actions cancelled; a second resolve is refused", async () => {
    const { customer, failure } = await failing();
    const res = await api.gql<Resolved>(RESOLVE, { id: failure.paymentFailure.id, outcome: "RECOVERED" }, agent);
    expect(res.errors).toBeUndefined();
    expect(res.data!.resolvePaymentFailure).toMatchObject({
      paymentFailure: { status: "RECOVERED" },
      customer: { status: "ACTIVE", mrrMinor: 5000 },
      churnEvent: null,
      actions: [],
    });
    const actions = await api.db.prisma.retentionAction.findMany({ where: { customerId: customer.id } });
    expect(actions.map((a) => a.status)).toEqual(["CANCELLED", "CANCELLED"]);
    const again = await api.gql(RESOLVE, { id: failure.paymentFailure.id, outcome: "CHURNED" }, agent);
    expect(again.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "id" });
    expect(again.errors?.[0].message).toMatch(/already RECOVERED/);
  });

  it("churns after one failed attempt: an INVOLUNTARY PAYMENT_FAILURE churn from BILLING, still worth one more recovery", async () => {
    const { customer, sub, failure } = await failing();
    const effectiveAt = "2026-03-15T00:00:00.000Z";
    const res = await api.gql<Resolved>(RESOLVE, { id: failure.paymentFailure.id, outcome: "CHURNED", at: effectiveAt }, agent);
    expect(res.errors).toBeUndefined();
    const p = res.data!.resolvePaymentFailure;
    expect(p.churnEvent).toMatchObject({
      type: "INVOLUNTARY",
      source: "BILLING",
      winBackEligible: true,
      mrrLostMinor: 5000,
      primaryReason: { code: "PAYMENT_FAILURE" },
    });
    expect(p.customer).toEqual({ status: "CHURNED", mrrMinor: 0 });
    expect(p.paymentFailure.status).toBe("CHURNED");
    expect(p.actions.map((a) => [a.kind, a.dueAt])).toEqual([["PAYMENT_RECOVERY", new Date(Date.parse(effectiveAt) + DAY).toISOString()]]); // INVOLUNTARY_PAYMENT_CHURN
    const row = await api.db.prisma.paymentFailure.findUniqueOrThrow({ where: { id: Number(failure.paymentFailure.id) } });
    expect(row.churnEventId).toBe(Number(p.churnEvent!.id));
    expect((await api.db.prisma.subscription.findUniqueOrThrow({ where: { id: sub.id } })).endedAt?.toISOString()).toBe(effectiveAt);
    const event = await api.db.prisma.churnEvent.findUniqueOrThrow({ where: { id: Number(p.churnEvent!.id) } });
    expect(event.requestedAt.toISOString()).toBe(failedAt);
    const byTrigger = await api.db.prisma.retentionAction.findMany({ where: { customerId: customer.id }, orderBy: { id: "asc" } });
    expect(byTrigger.map((a) => [a.trigger, a.status])).toEqual([
      ["PAYMENT_FAILED", "CANCELLED"],
      ["PAYMENT_FAILED", "CANCELLED"],
      ["CHURN_LOGGED", "PLANNED"],
    ]);
  });

  it("lets a defaulter go: churned after two failed attempts, not win-back eligible, no suggested actions", async () => {
    const { failure } = await failing(2);
    const res = await api.gql<Resolved>(RESOLVE, { id: failure.paymentFailure.id, outcome: "CHURNED" }, agent);
    expect(res.data!.resolvePaymentFailure.churnEvent?.winBackEligible).toBe(false);
    expect(res.data!.resolvePaymentFailure.actions).toEqual([]);
  });

  it.each([
    [{ failureCode: "Card Expired" }, "input.failureCode"],
    [{ amountMinor: 0 }, "input.amountMinor"],
    [{ subscriptionId: "999999" }, "input.subscriptionId"],
    [{ currency: "dollars" }, "input.currency"],
  ])("refuses %j naming %s and stores nothing", async (change, field) => {
    const c = await customerWith(api);
    const before = await counts(api);
    const res = await record({ customerId: c.id, amountMinor: 5000, failureCode: "card_expired", ...change });
    expect(res.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field });
    expect(await counts(api)).toEqual(before);
    expect((await api.db.prisma.customer.findUniqueOrThrow({ where: { id: c.id } })).status).toBe("ACTIVE");
  });

  it("refuses a failure for a churned customer and an unknown failure", async () => {
    const c = await customerWith(api, { subscriptions: [], status: "CHURNED" });
    expect((await record({ customerId: c.id, amountMinor: 100, failureCode: "card_expired" })).errors?.[0].extensions?.field).toBe(
      "input.customerId",
    );
    expect((await api.gql(RESOLVE, { id: "999999", outcome: "RECOVERED" }, agent)).errors?.[0].extensions?.code).toBe("NOT_FOUND");
  });

  it("replays an idempotency key without counting another attempt", async () => {
    const c = await customerWith(api);
    const input = { customerId: c.id, amountMinor: 5000, failureCode: "card_declined" };
    const first = await record(input, "billing-evt-77");
    expect(await record(input, "billing-evt-77")).toEqual(first);
    expect((await api.db.prisma.paymentFailure.findFirstOrThrow({ where: { customerId: c.id } })).attempts).toBe(1);
  });

  it("takes failures from a billing hook's API key with the write:churn scope, audited as that key", async () => {
    const key = newApiKeySecret();
    const row = await api.db.prisma.apiKey.create({
      data: { name: "billing", scopes: ["write:churn"], prefix: key.prefix, secretHash: key.secretHash },
    });
    const c = await customerWith(api);
    const res = await record({ customerId: c.id, amountMinor: 5000, failureCode: "processing_error" }, undefined, key.token);
    expect(res.errors).toBeUndefined();
    const audit = await api.db.prisma.auditLog.findFirstOrThrow({
      where: { action: "recordPaymentFailure", entity: "PaymentFailure", entityId: res.data!.recordPaymentFailure.paymentFailure.id },
    });
    expect([audit.actorApiKeyId, audit.actorUserId]).toEqual([row.id, null]);
    expect(
      (await api.gql(RECORD, { input: { customerId: c.id, amountMinor: 1, failureCode: "x" } }, await api.login("ANALYST"))).errors?.[0]
        .extensions?.code,
    ).toBe("FORBIDDEN");
  });
});
