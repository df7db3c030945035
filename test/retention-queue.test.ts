// The console's "my queue": open actions (statuses), callbacks (kind) and what is due by a time (dueTo), overdue first.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApi, type TestApi } from "./support/api.ts";
import { dbKinds } from "./support/database.ts";
import { expectError, seedCustomers } from "./support/fixtures.ts";

const LIST = `query($filter: RetentionActionFilter) {
  allRetentionActions(filter: $filter, sortField: "dueAt", sortOrder: "ASC") { offer }
  _allRetentionActionsMeta(filter: $filter) { count }
}`;

describe.each(dbKinds)("retention queue filters on %s", (kind) => {
  let api: TestApi;
  let agent: string;
  let agentId: number;
  const offers = async (filter: Record<string, unknown>) => {
    const res = await api.gql<{ allRetentionActions: { offer: string }[]; _allRetentionActionsMeta: { count: number } }>(
      LIST,
      { filter },
      agent,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?._allRetentionActionsMeta.count).toBe(res.data?.allRetentionActions.length);
    return res.data?.allRetentionActions.map((a) => a.offer);
  };
  beforeAll(async () => {
    api = await startTestApi(kind);
    agent = await api.login("AGENT");
    agentId = (await api.db.prisma.user.findFirstOrThrow({ where: { role: "AGENT" } })).id;
    const [customer] = await seedCustomers(api.db.prisma, [{ name: "Queue" }]);
    const day = (d: number) => new Date(Date.UTC(2026, 0, d));
    const rows = [
      { offer: "overdue call", kind: "CALLBACK", status: "PLANNED", dueAt: day(1) },
      { offer: "today call", kind: "CALLBACK", status: "IN_PROGRESS", dueAt: day(10) },
      { offer: "later mail", kind: "WE_MISS_YOU_EMAIL", status: "PLANNED", dueAt: day(20) },
      { offer: "done call", kind: "CALLBACK", status: "DONE", dueAt: day(2) },
      { offer: "someone else's", kind: "CALLBACK", status: "PLANNED", dueAt: day(3), assigneeId: null },
    ] as const;
    for (const r of rows)
      await api.db.prisma.retentionAction.create({
        data: { customerId: customer.id, trigger: "MANUAL", assigneeId: agentId, ...r },
      });
  });
  afterAll(() => api.close());

  it("lists my open actions, overdue first", async () => {
    expect(await offers({ assigneeId: String(agentId), statuses: ["PLANNED", "IN_PROGRESS"] })).toEqual([
      "overdue call",
      "today call",
      "later mail",
    ]);
  });

  it("lists the actions a churn event triggered", async () => {
    const [customer] = await seedCustomers(api.db.prisma, [{ name: "Churned" }]);
    const reason = await api.db.prisma.churnReason.findFirstOrThrow();
    const churn = await api.db.prisma.churnEvent.create({
      data: {
        customerId: customer.id,
        type: "VOLUNTARY",
        primaryReasonId: reason.id,
        effectiveAt: new Date(),
        requestedAt: new Date(),
        mrrLostMinor: 0,
      },
    });
    await api.db.prisma.retentionAction.create({
      data: { customerId: customer.id, trigger: "CHURN_LOGGED", kind: "CALLBACK", churnEventId: churn.id, offer: "win back" },
    });
    expect(await offers({ churnEventId: String(churn.id) })).toEqual(["win back"]);
  });

  it("narrows to callbacks due before a time", async () => {
    const filter = { assigneeId: String(agentId), statuses: ["PLANNED", "IN_PROGRESS"], kind: "CALLBACK", dueTo: "2026-01-11T00:00:00Z" };
    expect(await offers(filter)).toEqual(["overdue call", "today call"]);
    expect(await offers({ kind: "CALLBACK", dueFrom: "2026-01-02T00:00:00Z", dueTo: "2026-01-04T00:00:00Z" })).toEqual([
      "done call",
      "someone else's",
    ]);
    expectError(
      await api.gql(LIST, { filter: { dueFrom: "2026-02-01T00:00:00Z", dueTo: "2026-01-01T00:00:00Z" } }, agent),
      "BAD_USER_INPUT",
      "filter.dueFrom",
    );
  });
});
