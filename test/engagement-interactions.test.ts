// Engagement snapshots (ingested by tools) and interactions (logged by staff) through real HTTP.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApi, type TestApi } from "./support/api.ts";
import { dbKinds } from "./support/database.ts";
import { auditActions, expectError, seedCustomers } from "./support/fixtures.ts";

const SNAP = `mutation($c: ID!, $p: DateTime!, $logins: Int, $days: Int, $weeks: Int, $sent: Int, $opened: Int) {
  createEngagementSnapshot(customerId: $c, periodStart: $p, logins: $logins, activeDays: $days, activeWeeks: $weeks, emailsSent: $sent, emailsOpened: $opened) {
    id periodStart logins activeDays offersSent customer { name } } }`;
const INTERACTION = `mutation($c: ID!, $kind: InteractionKind!, $summary: String!, $at: DateTime, $inbound: Boolean) {
  createInteraction(customerId: $c, kind: $kind, summary: $summary, occurredAt: $at, inbound: $inbound) { id kind inbound user { email } } }`;

describe.each(dbKinds)("engagement and interactions on %s", (kind) => {
  let api: TestApi;
  let agent: string;
  let c: { ana: string; bo: string; gone: string };
  beforeAll(async () => {
    api = await startTestApi(kind);
    agent = await api.login("AGENT");
    const [ana, bo, gone] = await seedCustomers(api.db.prisma, [{ name: "Ana" }, { name: "Bo" }, { name: "Gone", deletedAt: new Date() }]);
    c = { ana: String(ana.id), bo: String(bo.id), gone: String(gone.id) };
    for (const [cust, month, logins] of [
      [c.ana, "01", 15],
      [c.ana, "02", 9],
      [c.ana, "03", 5],
      [c.bo, "03", 20],
    ] as const) {
      const res = await api.gql(SNAP, { c: cust, p: `2025-${month}-01T00:00:00Z`, logins, days: Math.min(logins, 12), weeks: 4 }, agent);
      expect(res.errors).toBeUndefined();
    }
  });
  afterAll(() => api.close());

  it("creates a month of engagement with zero defaults", async () => {
    const res = await api.gql<{ createEngagementSnapshot: unknown }>(SNAP, { c: c.bo, p: "2025-04-01T00:00:00Z", logins: 3 }, agent);
    expect(res.data?.createEngagementSnapshot).toMatchObject({
      periodStart: "2025-04-01T00:00:00.000Z",
      logins: 3,
      activeDays: 0,
      offersSent: 0,
      customer: { name: "Bo" },
    });
  });

  it("finds falling engagement: filter by logins and period, sorted, both page styles", async () => {
    const q = `query($f: EngagementSnapshotFilter) { allEngagementSnapshots(filter: $f, sortField: "periodStart", sortOrder: "DESC", perPage: 2) { logins }
      _allEngagementSnapshotsMeta(filter: $f) { count } engagementSnapshots(filter: $f, first: 1, orderBy: "logins") { totalCount edges { node { logins } } } }`;
    type R = {
      allEngagementSnapshots: { logins: number }[];
      _allEngagementSnapshotsMeta: { count: number };
      engagementSnapshots: { totalCount: number; edges: { node: { logins: number } }[] };
    };
    const ana = await api.gql<R>(q, { f: { customerId: c.ana } }, agent);
    expect(ana.data?.allEngagementSnapshots).toEqual([{ logins: 5 }, { logins: 9 }]);
    expect(ana.data?._allEngagementSnapshotsMeta.count).toBe(3);
    expect(ana.data?.engagementSnapshots).toEqual({ totalCount: 3, edges: [{ node: { logins: 5 } }] });
    const low = await api.gql<R>(q, { f: { loginsMax: 9, periodFrom: "2025-02-01T00:00:00Z", periodTo: "2025-04-01T00:00:00Z" } }, agent);
    expect(low.data?._allEngagementSnapshotsMeta.count).toBe(2);
  });

  it("updates counts with the rules checked against the stored row, and audits", async () => {
    const row = await api.db.prisma.engagementSnapshot.findFirstOrThrow({ where: { customerId: Number(c.bo), logins: 20 } });
    const U = `mutation($id: ID!, $sent: Int, $opened: Int) { updateEngagementSnapshot(id: $id, emailsSent: $sent, emailsOpened: $opened) { emailsSent emailsOpened logins } }`;
    const ok = await api.gql<{ updateEngagementSnapshot: unknown }>(U, { id: row.id, sent: 4, opened: 2 }, agent);
    expect(ok.data?.updateEngagementSnapshot).toEqual({ emailsSent: 4, emailsOpened: 2, logins: 20 });
    expectError(await api.gql(U, { id: row.id, opened: 5 }, agent), "BAD_USER_INPUT", "emailsOpened");
    expect(await auditActions(api.db.prisma, "EngagementSnapshot", row.id)).toEqual(["create", "update"]);
  });

  it("refuses bad engagement input naming the field, and a second row for the same month with CONFLICT", async () => {
    expectError(await api.gql(SNAP, { c: c.ana, p: "2025-05-15T00:00:00Z" }, agent), "BAD_USER_INPUT", "periodStart");
    expectError(await api.gql(SNAP, { c: c.ana, p: "2025-05-01T00:00:00Z", logins: -1 }, agent), "BAD_USER_INPUT", "logins");
    expectError(await api.gql(SNAP, { c: c.ana, p: "2025-02-01T00:00:00Z", logins: 40, days: 29 }, agent), "BAD_USER_INPUT", "activeDays");
    expectError(await api.gql(SNAP, { c: c.ana, p: "2025-05-01T00:00:00Z", logins: 40, weeks: 7 }, agent), "BAD_USER_INPUT", "activeWeeks");
    expectError(await api.gql(SNAP, { c: c.gone, p: "2025-05-01T00:00:00Z" }, agent), "BAD_USER_INPUT", "customerId");
    expectError(await api.gql(SNAP, { c: c.ana, p: "2025-01-01T00:00:00Z" }, agent), "CONFLICT");
  });

  it("logs an interaction as the calling user and moves lastInteractionAt forward only", async () => {
    const res = await api.gql<{ createInteraction: { kind: string; inbound: boolean; user: { email: string } } }>(
      INTERACTION,
      { c: c.ana, kind: "CALL", summary: "Renewal call", at: "2025-06-10T09:00:00Z" },
      agent,
    );
    expect(res.data?.createInteraction).toMatchObject({ kind: "CALL", inbound: false, user: { email: expect.stringContaining("@") } });
    await api.gql(INTERACTION, { c: c.ana, kind: "EMAIL", summary: "Older e-mail", at: "2025-05-01T09:00:00Z", inbound: true }, agent);
    const ana = await api.db.prisma.customer.findUniqueOrThrow({ where: { id: Number(c.ana) } });
    expect(ana.lastInteractionAt?.toISOString()).toBe("2025-06-10T09:00:00.000Z");
  });

  it("filters interactions by kind, direction, text and date; pages both ways", async () => {
    await api.gql(INTERACTION, { c: c.bo, kind: "CHAT", summary: "Asked about pricing", at: "2025-06-01T10:00:00Z", inbound: true }, agent);
    const q = `query($f: InteractionFilter) { allInteractions(filter: $f, sortField: "occurredAt") { summary } _allInteractionsMeta(filter: $f) { count }
      interactions(filter: $f, first: 1) { totalCount pageInfo { hasNextPage } } }`;
    type R = {
      allInteractions: { summary: string }[];
      _allInteractionsMeta: { count: number };
      interactions: { totalCount: number; pageInfo: { hasNextPage: boolean } };
    };
    const inbound = await api.gql<R>(q, { f: { inbound: true } }, agent);
    expect(inbound.data?.allInteractions.map((i) => i.summary)).toEqual(["Older e-mail", "Asked about pricing"]);
    expect(inbound.data?.interactions).toEqual({ totalCount: 2, pageInfo: { hasNextPage: true } });
    const text = await api.gql<R>(q, { f: { q: "PRICING", kind: "CHAT", occurredFrom: "2025-06-01T00:00:00Z" } }, agent);
    expect(text.data?._allInteractionsMeta.count).toBe(1);
  });

  it("validates interactions and updates them", async () => {
    expectError(await api.gql(INTERACTION, { c: c.ana, kind: "CALL", summary: "" }, agent), "BAD_USER_INPUT", "summary");
    expectError(
      await api.gql(INTERACTION, { c: c.ana, kind: "CALL", summary: "x", at: "2999-01-01T00:00:00Z" }, agent),
      "BAD_USER_INPUT",
      "occurredAt",
    );
    const row = await api.db.prisma.interaction.findFirstOrThrow({ where: { summary: "Renewal call" } });
    const res = await api.gql<{ updateInteraction: { summary: string } }>(
      `mutation($id: ID!) { updateInteraction(id: $id, summary: "Renewed for a year") { summary } }`,
      { id: row.id },
      agent,
    );
    expect(res.data?.updateInteraction.summary).toBe("Renewed for a year");
    expect(await auditActions(api.db.prisma, "Interaction", row.id)).toEqual(["create", "update"]);
  });

  it("refuses an ANALYST write and an AGENT delete with FORBIDDEN; ADMIN deletes", async () => {
    const row = await api.db.prisma.interaction.findFirstOrThrow({ where: { summary: "Older e-mail" } });
    expectError(await api.gql(INTERACTION, { c: c.ana, kind: "CALL", summary: "x" }, await api.login("ANALYST")), "FORBIDDEN");
    const del = `mutation($id: ID!) { deleteInteraction(id: $id) { id } }`;
    expectError(await api.gql(del, { id: row.id }, agent), "FORBIDDEN");
    expect((await api.gql(del, { id: row.id }, await api.login("ADMIN"))).errors).toBeUndefined();
    expect(await auditActions(api.db.prisma, "Interaction", row.id)).toEqual(["create", "delete"]);
  });
});
