// logChurn through real HTTP: each effect checked row by row (event, subscriptions, movements, customer, suggested
// actions, audit), REVENUE as a contraction, the let-go rules, rollback, idempotent and concurrent replays.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApi, type TestApi } from "./support/api.ts";
import { dbKinds } from "./support/database.ts";
import { auditOf, customerWith, DAY, reasonId, userId } from "./support/scenarios.ts";

const LOG = `mutation($input: LogChurnInput!, $key: String) { logChurn(input: $input, idempotencyKey: $key) {
  winBackEligible exitSurveyResponse { id }
  churnEvent { id type mrrLostMinor winBackEligible source requestedAt effectiveAt competitor }
  customer { id status mrrMinor version }
  suggestedActions { id kind dueAt status trigger offer } } }`;
type Payload = {
  winBackEligible: boolean;
  exitSurveyResponse: { id: string } | null;
  churnEvent: {
    id: string;
    type: string;
    mrrLostMinor: number;
    winBackEligible: boolean;
    source: string;
    requestedAt: string;
    effectiveAt: string;
    competitor: string | null;
  };
  customer: { id: string; status: string; mrrMinor: number; version: number };
  suggestedActions: { id: string; kind: string; dueAt: string; status: string; trigger: string; offer: string | null }[];
};

describe.each(dbKinds)("logChurn on %s", (kind) => {
  let api: TestApi;
  let agent: string;
  let price: string;
  const log = (input: object, key?: string) => api.gql<{ logChurn: Payload }>(LOG, { input, key }, agent);
  beforeAll(async () => {
    api = await startTestApi(kind);
    agent = await api.login("AGENT");
    price = await reasonId(api, "PRICE");
  });
  afterAll(() => api.close());

  it("ends every subscription, moves the MRR to CHURN, marks the customer CHURNED and suggests the playbook's actions", async () => {
    const owner = await userId(api, "MANAGER");
    const c = await customerWith(api, { subscriptions: [5000, 3000], locale: "fa", ownerId: owner });
    const effectiveAt = "2026-03-31T00:00:00.000Z";
    const res = await log({
      customerId: c.id,
      type: "VOLUNTARY",
      primaryReasonId: price,
      requestedAt: "2026-03-01T09:00:00Z",
      effectiveAt,
      preventable: true,
    });
    expect(res.errors).toBeUndefined();
    const p = res.data!.logChurn;
    expect(p.churnEvent).toMatchObject({
      type: "VOLUNTARY",
      mrrLostMinor: 8000,
      winBackEligible: true,
      source: "CONSOLE",
      effectiveAt,
      requestedAt: "2026-03-01T09:00:00.000Z",
    });
    expect(p.customer).toEqual({ id: String(c.id), status: "CHURNED", mrrMinor: 0, version: 2 });
    const subs = await api.db.prisma.subscription.findMany({ where: { customerId: c.id }, orderBy: { id: "asc" } });
    expect(subs.map((s) => [s.mrrMinor, s.endedAt?.toISOString()])).toEqual([
      [5000, effectiveAt],
      [3000, effectiveAt],
    ]);
    const moves = await api.db.prisma.mrrMovement.findMany({ where: { customerId: c.id }, orderBy: { id: "asc" } });
    expect(moves.map((m) => [m.kind, m.amountMinor, m.subscriptionId, m.churnEventId, m.occurredAt.toISOString()])).toEqual([
      ["CHURN", 5000, subs[0].id, Number(p.churnEvent.id), effectiveAt],
      ["CHURN", 3000, subs[1].id, Number(p.churnEvent.id), effectiveAt],
    ]);
    // PRICE_WIN_BACK: discount after 2 days, loyalty invite after 14, we-miss-you after 30; Persian templates
    expect(p.suggestedActions.map((a) => [a.kind, a.dueAt, a.trigger, a.status, a.offer])).toEqual([
      ["DISCOUNT_OFFER", new Date(Date.parse(effectiveAt) + 2 * DAY).toISOString(), "CHURN_LOGGED", "PLANNED", "20% off for 3 months"],
      ["LOYALTY_INVITE", new Date(Date.parse(effectiveAt) + 14 * DAY).toISOString(), "CHURN_LOGGED", "PLANNED", null],
      ["WE_MISS_YOU_EMAIL", new Date(Date.parse(effectiveAt) + 30 * DAY).toISOString(), "CHURN_LOGGED", "PLANNED", null],
    ]);
    const rows = await api.db.prisma.retentionAction.findMany({
      where: { customerId: c.id },
      include: { messageTemplate: true, playbook: true },
      orderBy: { dueAt: "asc" },
    });
    expect(
      rows.map((a) => [a.playbook?.code, a.churnEventId, a.assigneeId, a.messageTemplate?.kind ?? null, a.messageTemplate?.locale ?? null]),
    ).toEqual([
      ["PRICE_WIN_BACK", Number(p.churnEvent.id), owner, "WIN_BACK_PRICE", "fa"],
      ["PRICE_WIN_BACK", Number(p.churnEvent.id), owner, null, null],
      ["PRICE_WIN_BACK", Number(p.churnEvent.id), owner, "WE_MISS_YOU", "fa"],
    ]);
    const event = await api.db.prisma.churnEvent.findUniqueOrThrow({ where: { id: Number(p.churnEvent.id) } });
    expect(event).toMatchObject({ preventable: true, loggedById: await userId(api, "AGENT"), loggedByApiKeyId: null, currency: "USD" });
    const audit = await api.db.prisma.auditLog.findMany({
      where: { action: "logChurn", requestId: (await auditOf(api, "logChurn", "ChurnEvent"))[0].requestId },
    });
    const byEntity = (e: string) => audit.filter((r) => r.entity === e).length;
    expect([
      byEntity("ChurnEvent"),
      byEntity("Subscription"),
      byEntity("MrrMovement"),
      byEntity("Customer"),
      byEntity("RetentionAction"),
    ]).toEqual([1, 2, 2, 1, 3]);
    expect(audit.every((r) => r.actorUserId === event.loggedById)).toBe(true);
  });

  it("logs REVENUE churn as a contraction: an exactly matching subscription ends, the customer stays ACTIVE", async () => {
    const c = await customerWith(api, { subscriptions: [5000, 3000] });
    const res = await log({
      customerId: c.id,
      type: "REVENUE",
      primaryReasonCode: "DOWNGRADE_FEWER_PURCHASES",
      mrrLostMinor: 3000,
      effectiveAt: "2026-02-01T00:00:00Z",
    });
    expect(res.errors).toBeUndefined();
    expect(res.data!.logChurn.customer).toMatchObject({ status: "ACTIVE", mrrMinor: 5000 });
    const moves = await api.db.prisma.mrrMovement.findMany({ where: { customerId: c.id } });
    expect(moves.map((m) => [m.kind, m.amountMinor])).toEqual([["CONTRACTION", 3000]]);
    const live = await api.db.prisma.subscription.findMany({ where: { customerId: c.id, endedAt: null } });
    expect(live.map((s) => s.mrrMinor)).toEqual([5000]);
    expect(res.data!.logChurn.suggestedActions.map((a) => a.kind)).toEqual(["CHECK_IN_CALL", "RECOMMENDATION"]); // REVENUE_DOWNGRADE
  });

  it("shrinks the largest subscriptions first and replaces a partly lost one with a cheaper one", async () => {
    const c = await customerWith(api, { subscriptions: [5000, 3000] });
    const effectiveAt = "2026-02-01T00:00:00.000Z";
    const res = await log({ customerId: c.id, type: "REVENUE", primaryReasonCode: "PRICE", mrrLostMinor: 6000, effectiveAt });
    expect(res.data!.logChurn.customer).toMatchObject({ status: "ACTIVE", mrrMinor: 2000 });
    const subs = await api.db.prisma.subscription.findMany({ where: { customerId: c.id }, orderBy: { id: "asc" } });
    expect(subs.map((s) => [s.mrrMinor, s.startedAt.toISOString(), s.endedAt?.toISOString() ?? null])).toEqual([
      [5000, "2025-01-01T00:00:00.000Z", effectiveAt],
      [3000, "2025-01-01T00:00:00.000Z", effectiveAt],
      [2000, effectiveAt, null],
    ]);
    const moves = await api.db.prisma.mrrMovement.findMany({ where: { customerId: c.id }, orderBy: { id: "asc" } });
    expect(moves.map((m) => [m.kind, m.amountMinor, m.subscriptionId])).toEqual([
      ["CONTRACTION", 5000, subs[0].id],
      ["CONTRACTION", 1000, subs[2].id],
    ]);
  });

  it("stores exit-survey answers as a COMPLETED response, adds the answered reason and the satisfaction", async () => {
    const c = await customerWith(api, { locale: "tr" });
    const answers = { reason: "POOR_SERVICE", satisfaction: 2, comeBack: "MAYBE", comments: "  Slow answers  " };
    const res = await log({ customerId: c.id, type: "VOLUNTARY", primaryReasonId: price, surveyAnswers: answers });
    expect(res.errors).toBeUndefined();
    const response = await api.db.prisma.exitSurveyResponse.findUniqueOrThrow({
      where: { id: Number(res.data!.logChurn.exitSurveyResponse?.id) },
    });
    expect(response).toMatchObject({
      status: "COMPLETED",
      channel: "CONSOLE",
      locale: "tr",
      churnEventId: Number(res.data!.logChurn.churnEvent.id),
      submittedById: await userId(api, "AGENT"),
    });
    expect(response.answers).toEqual({ ...answers, comments: "Slow answers" });
    const event = await api.db.prisma.churnEvent.findUniqueOrThrow({
      where: { id: response.churnEventId! },
      include: { secondaryReasons: true },
    });
    expect(event.secondaryReasons.map((r) => r.code)).toEqual(["POOR_SERVICE"]);
    expect((await api.db.prisma.customer.findUniqueOrThrow({ where: { id: c.id } })).satisfaction).toBe("DISSATISFIED");
  });

  it("queues a churn.logged delivery for each webhook subscribed to it, in the same transaction", async () => {
    const hook = await api.db.prisma.webhookSubscription.create({
      data: { url: "https://crm.example/hook", events: ["churn.logged"], secret: "s" },
    });
    await api.db.prisma.webhookSubscription.create({
      data: { url: "https://other.example/hook", events: ["payment.failed"], secret: "s" },
    });
    const c = await customerWith(api, { subscriptions: [1200] });
    const res = await log({ customerId: c.id, type: "PASSIVE", primaryReasonCode: "LOW_USAGE" });
    const deliveries = await api.db.prisma.webhookDelivery.findMany();
    expect(deliveries.map((d) => [d.subscriptionId, d.event, d.status])).toEqual([[hook.id, "churn.logged", "PENDING"]]);
    expect(deliveries[0].payload).toMatchObject({
      event: "churn.logged",
      churnEventId: Number(res.data!.logChurn.churnEvent.id),
      customerId: c.id,
      type: "PASSIVE",
      mrrLostMinor: 1200,
    });
    await api.db.prisma.webhookSubscription.deleteMany();
  });

  it("replays an idempotency key: one churn event, the same payload", async () => {
    const c = await customerWith(api);
    const input = { customerId: c.id, type: "PASSIVE", primaryReasonCode: "LOW_USAGE" };
    const first = await log(input, "retry-key-0001");
    const second = await log(input, "retry-key-0001");
    expect(second).toEqual(first);
    expect(await api.db.prisma.churnEvent.count({ where: { customerId: c.id } })).toBe(1);
    expect((await log(input, "short")).errors?.[0].extensions?.field).toBe("idempotencyKey");
  });

  it("creates one event when two calls with the same key race", async () => {
    const c = await customerWith(api, { subscriptions: [4000, 1000] });
    const input = { customerId: c.id, type: "VOLUNTARY", primaryReasonId: price };
    const [a, b] = await Promise.all([log(input, "race-key-0001"), log(input, "race-key-0001")]);
    expect(a.errors ?? b.errors).toBeUndefined();
    expect(a.data).toEqual(b.data);
    expect(await api.db.prisma.churnEvent.count({ where: { customerId: c.id } })).toBe(1);
    expect(await api.db.prisma.mrrMovement.count({ where: { customerId: c.id } })).toBe(2);
  });
});
