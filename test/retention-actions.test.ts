// Working the retention queue through real HTTP: schedule, assign, complete and update with the status rules,
// optimistic locking, idempotent replay, audit rows and who may do what.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApi, type TestApi } from "./support/api.ts";
import { dbKinds } from "./support/database.ts";
import { auditOf, customerWith, userId } from "./support/scenarios.ts";

const SCHEDULE = `mutation($input: ScheduleRetentionActionInput!, $key: String) { scheduleRetentionAction(input: $input, idempotencyKey: $key) {
  id kind status trigger dueAt offer version assignee { id } customer { id } } }`;
const COMPLETE = `mutation($id: ID!, $outcome: ActionOutcome!, $note: String, $v: Int) { completeRetentionAction(id: $id, outcome: $outcome, note: $note, version: $v) {
  status outcome completedAt version } }`;
const ASSIGN = `mutation($id: ID!, $to: ID, $v: Int) { assignRetentionAction(id: $id, assigneeId: $to, version: $v) { assignee { id } version } }`;
const UPDATE = `mutation($id: ID!, $status: ActionStatus, $dueAt: DateTime, $note: String) { updateRetentionAction(id: $id, status: $status, dueAt: $dueAt, outcomeNote: $note) { status version } }`;
type Action = {
  id: string;
  kind: string;
  status: string;
  trigger: string;
  dueAt: string;
  offer: string | null;
  version: number;
  assignee: { id: string } | null;
  customer: { id: string };
};

describe.each(dbKinds)("retention actions on %s", (kind) => {
  let api: TestApi;
  let agent: string;
  let agentId: number;
  const schedule = async (input: object = {}, key?: string) => {
    const c = await customerWith(api);
    return api.gql<{ scheduleRetentionAction: Action }>(
      SCHEDULE,
      { input: { customerId: c.id, kind: "CALLBACK", dueAt: "2026-04-02T14:30:00Z", ...input }, key },
      agent,
    );
  };
  beforeAll(async () => {
    api = await startTestApi(kind);
    agent = await api.login("AGENT");
    agentId = await userId(api, "AGENT");
  });
  afterAll(() => api.close());

  it("schedules a MANUAL action, PLANNED, with its committed time, offer and assignee, audited", async () => {
    const res = await schedule({ assigneeId: agentId, offer: " 10% off " });
    expect(res.errors).toBeUndefined();
    const a = res.data!.scheduleRetentionAction;
    expect(a).toMatchObject({
      kind: "CALLBACK",
      status: "PLANNED",
      trigger: "MANUAL",
      dueAt: "2026-04-02T14:30:00.000Z",
      offer: "10% off",
      version: 1,
      assignee: { id: String(agentId) },
    });
    const audit = await auditOf(api, "scheduleRetentionAction");
    expect(audit.map((r) => [r.entity, r.entityId, r.actorUserId])).toContainEqual(["RetentionAction", a.id, agentId]);
  });

  it.each([
    ["an ANALYST assignee", async () => ({ assigneeId: await userId(api, "ANALYST") }), "input.assigneeId"],
    ["a churn event that is not the customer's", async () => ({ churnEventId: 999999 }), "input.churnEventId"],
    ["an unknown message template", async () => ({ messageTemplateId: 999999 }), "input.messageTemplateId"],
    ["an unknown feature", async () => ({ featureRequestId: 999999 }), "input.featureRequestId"],
  ])("refuses %s naming %s", async (_what, input, field) => {
    const before = await api.db.prisma.retentionAction.count();
    const res = await schedule(await input());
    expect(res.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field });
    expect(await api.db.prisma.retentionAction.count()).toBe(before);
  });

  it("assigns and unassigns with optimistic locking: a stale version is a CONFLICT", async () => {
    const a = (await schedule()).data!.scheduleRetentionAction;
    const manager = await userId(api, "MANAGER");
    const ok = await api.gql<{ assignRetentionAction: { assignee: { id: string }; version: number } }>(
      ASSIGN,
      { id: a.id, to: manager, v: 1 },
      agent,
    );
    expect(ok.data!.assignRetentionAction).toEqual({ assignee: { id: String(manager) }, version: 2 });
    const stale = await api.gql(ASSIGN, { id: a.id, to: agentId, v: 1 }, agent);
    expect(stale.errors?.[0].extensions?.code).toBe("CONFLICT");
    const off = await api.gql<{ assignRetentionAction: { assignee: null } }>(ASSIGN, { id: a.id, to: null }, agent);
    expect(off.data!.assignRetentionAction.assignee).toBeNull();
    const audit = (await auditOf(api, "assignRetentionAction")).filter((r) => r.entityId === a.id);
    expect(
      audit.map((r) => [(r.before as { assigneeId: number | null }).assigneeId, (r.after as { assigneeId: number | null }).assigneeId]),
    ).toEqual([
      [null, manager],
      [manager, null],
    ]);
  });

  it("completes an open action once: DONE with outcome and note; a DONE action cannot be completed again", async () => {
    const a = (await schedule()).data!.scheduleRetentionAction;
    const res = await api.gql<{ completeRetentionAction: { status: string; outcome: string; completedAt: string; version: number } }>(
      COMPLETE,
      { id: a.id, outcome: "RETAINED", note: "Happy again", v: 1 },
      agent,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.completeRetentionAction).toMatchObject({ status: "DONE", outcome: "RETAINED", version: 2 });
    expect(Date.now() - Date.parse(res.data!.completeRetentionAction.completedAt)).toBeLessThan(60_000);
    expect((await api.db.prisma.retentionAction.findUniqueOrThrow({ where: { id: Number(a.id) } })).outcomeNote).toBe("Happy again");
    const again = await api.gql(COMPLETE, { id: a.id, outcome: "DECLINED" }, agent);
    expect(again.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "id" });
    expect(again.errors?.[0].message).toMatch(/already DONE/);
    expect((await api.gql(ASSIGN, { id: a.id, to: agentId }, agent)).errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("leaves WON_BACK of a still-churned customer to reactivateCustomer", async () => {
    const c = await customerWith(api, { subscriptions: [], status: "CHURNED" });
    const a = (
      await api.gql<{ scheduleRetentionAction: Action }>(SCHEDULE, { input: { customerId: c.id, kind: "WE_MISS_YOU_EMAIL" } }, agent)
    ).data!.scheduleRetentionAction;
    const res = await api.gql(COMPLETE, { id: a.id, outcome: "WON_BACK" }, agent);
    expect(res.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "outcome" });
    expect(res.errors?.[0].message).toMatch(/reactivateCustomer/);
  });

  it("updates through the status rules: start, cancel and reopen; DONE only by completing, and final", async () => {
    const a = (await schedule()).data!.scheduleRetentionAction;
    const step = (vars: object) => api.gql<{ updateRetentionAction: { status: string } }>(UPDATE, { id: a.id, ...vars }, agent);
    expect((await step({ status: "IN_PROGRESS" })).data?.updateRetentionAction.status).toBe("IN_PROGRESS");
    expect((await step({ status: "DONE" })).errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "status" });
    expect((await step({ status: "CANCELLED" })).data?.updateRetentionAction.status).toBe("CANCELLED");
    expect((await api.gql(COMPLETE, { id: a.id, outcome: "RETAINED" }, agent)).errors?.[0].message).toMatch(/cancelled/);
    expect((await step({ status: "PLANNED" })).data?.updateRetentionAction.status).toBe("PLANNED");
    await api.gql(COMPLETE, { id: a.id, outcome: "NO_RESPONSE" }, agent);
    expect((await step({ dueAt: "2026-05-01T00:00:00Z" })).errors?.[0].extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "dueAt",
    });
    expect((await step({ note: "Left a voicemail twice" })).errors).toBeUndefined();
  });

  it("replays an idempotent schedule: one action", async () => {
    const c = await customerWith(api);
    const input = { customerId: c.id, kind: "TRAINING" };
    const first = await api.gql(SCHEDULE, { input, key: "schedule-key-1" }, agent);
    expect(await api.gql(SCHEDULE, { input, key: "schedule-key-1" }, agent)).toEqual(first);
    expect(await api.db.prisma.retentionAction.count({ where: { customerId: c.id } })).toBe(1);
  });

  it("lets writers work the queue, analysts only read, and only admins delete", async () => {
    const a = (await schedule()).data!.scheduleRetentionAction;
    const analyst = await api.login("ANALYST");
    expect((await api.gql(COMPLETE, { id: a.id, outcome: "RETAINED" }, analyst)).errors?.[0].extensions?.code).toBe("FORBIDDEN");
    const del = `mutation($id: ID!) { deleteRetentionAction(id: $id) { id } }`;
    expect((await api.gql(del, { id: a.id }, agent)).errors?.[0].extensions?.code).toBe("FORBIDDEN");
    expect((await api.gql(del, { id: a.id }, await api.login("ADMIN"))).errors).toBeUndefined();
    expect(await api.db.prisma.retentionAction.count({ where: { id: Number(a.id) } })).toBe(0);
  });
});
