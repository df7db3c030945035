// Support tickets through real HTTP: the extended filter (channel, topic, priority, opened range), sorting,
// both pagination styles, CRUD with resolvedAt kept right, validation, roles and audit.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApi, type TestApi } from "./support/api.ts";
import { dbKinds } from "./support/database.ts";
import { auditActions, expectError, seedCustomers } from "./support/fixtures.ts";

const CREATE = `mutation($c: ID!, $kind: TicketKind!, $channel: TicketChannel!, $topic: String!, $subject: String!, $priority: TicketPriority, $openedAt: DateTime, $status: TicketStatus, $csat: Int) {
  createTicket(customerId: $c, kind: $kind, channel: $channel, topic: $topic, subject: $subject, priority: $priority, openedAt: $openedAt, status: $status, csat: $csat) {
    id topic status priority resolvedAt } }`;
type T = { id: string; topic: string; status: string; priority: string; resolvedAt: string | null };

describe.each(dbKinds)("tickets on %s", (kind) => {
  let api: TestApi;
  let agent: string;
  let ana: string;
  let gone: string;
  const made: T[] = [];
  beforeAll(async () => {
    api = await startTestApi(kind);
    agent = await api.login("AGENT");
    const [a, g] = await seedCustomers(api.db.prisma, [{ name: "Ana" }, { name: "Gone" }]);
    ana = String(a.id);
    gone = String(g.id);
    made.length = 0;
    const rows = [
      [ana, "COMPLAINT", "PHONE", "Billing", "Charged twice", "URGENT", "2025-03-01"],
      [ana, "QUESTION", "EMAIL", "login", "Cannot log in", "NORMAL", "2025-03-05"],
      [ana, "INCIDENT", "CHAT", "performance", "Slow reports", "HIGH", "2025-04-02"],
      [gone, "QUESTION", "EMAIL", "login", "Password reset", "LOW", "2025-03-10"],
    ] as const;
    for (const [c, k, channel, topic, subject, priority, day] of rows) {
      const res = await api.gql<{ createTicket: T }>(
        CREATE,
        { c, kind: k, channel, topic, subject, priority, openedAt: `${day}T09:00:00Z` },
        agent,
      );
      expect(res.errors).toBeUndefined();
      made.push(res.data!.createTicket);
    }
    await api.db.prisma.customer.update({ where: { id: g.id }, data: { deletedAt: new Date() } });
  });
  afterAll(() => api.close());

  it("creates OPEN tickets with the topic stored lower-case", () => {
    expect(made[0]).toMatchObject({ topic: "billing", status: "OPEN", priority: "URGENT", resolvedAt: null });
  });

  it("filters by channel, topic, priority and opened range; soft-deleted customers' tickets are hidden", async () => {
    const q = `query($f: TicketFilter) { allTickets(filter: $f, sortField: "openedAt") { subject } _allTicketsMeta(filter: $f) { count } }`;
    type R = { allTickets: { subject: string }[]; _allTicketsMeta: { count: number } };
    const run = async (f: object) => (await api.gql<R>(q, { f }, agent)).data;
    expect((await run({}))?._allTicketsMeta.count).toBe(3);
    expect((await run({ channel: "EMAIL" }))?.allTickets).toEqual([{ subject: "Cannot log in" }]);
    expect((await run({ topic: "LOGIN" }))?.allTickets).toEqual([{ subject: "Cannot log in" }]);
    expect((await run({ priority: "HIGH" }))?.allTickets).toEqual([{ subject: "Slow reports" }]);
    expect((await run({ openedFrom: "2025-03-01T00:00:00Z", openedTo: "2025-04-01T00:00:00Z" }))?.allTickets.map((t) => t.subject)).toEqual(
      ["Charged twice", "Cannot log in"],
    );
    expect((await run({ q: "twice", kind: "COMPLAINT", customerId: ana }))?._allTicketsMeta.count).toBe(1);
    expect((await run({ statuses: ["OPEN", "PENDING"] }))?._allTicketsMeta.count).toBe(3);
    expect((await api.gql(`query($id: ID!) { Ticket(id: $id) { id } }`, { id: made[3].id }, agent)).data).toEqual({ Ticket: null });
  });

  it("sorts by priority descending and pages with offsets and a Relay connection", async () => {
    api.db.sql.length = 0;
    const sorted = await api.gql<{ allTickets: { priority: string }[] }>(
      `{ allTickets(sortField: "priority", sortOrder: "DESC", perPage: 2, page: 0) { priority customer { name } assignee { email } } }`,
      {},
      agent,
    );
    expect(api.db.sql.filter((s) => !/"Session"|"ApiKey"/.test(s))).toHaveLength(1); // relations planned into the page's statement
    expect(sorted.data?.allTickets.map((t) => t.priority)).toEqual(["URGENT", "HIGH"]);
    const q = `query($after: String) { tickets(first: 2, after: $after, orderBy: "-openedAt", filter: { customerId: "${ana}" }) { totalCount pageInfo { hasNextPage endCursor } edges { node { subject } } } }`;
    type C = {
      tickets: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; edges: { node: { subject: string } }[] };
    };
    const first = await api.gql<C>(q, {}, agent);
    expect(first.data?.tickets.totalCount).toBe(3);
    expect(first.data?.tickets.edges.map((e) => e.node.subject)).toEqual(["Slow reports", "Cannot log in"]);
    const next = await api.gql<C>(q, { after: first.data!.tickets.pageInfo.endCursor }, agent);
    expect(next.data?.tickets.edges.map((e) => e.node.subject)).toEqual(["Charged twice"]);
    expect(next.data?.tickets.pageInfo.hasNextPage).toBe(false);
  });

  it("resolving sets resolvedAt, reopening clears it, and each update is audited with before/after", async () => {
    const U = `mutation($id: ID!, $status: TicketStatus, $csat: Int, $assignee: ID) { updateTicket(id: $id, status: $status, csat: $csat, assigneeId: $assignee) { status resolvedAt csat assignee { role } } }`;
    const me = await api.db.prisma.user.findFirstOrThrow({ where: { role: "AGENT" } });
    const resolved = await api.gql<{
      updateTicket: { status: string; resolvedAt: string | null; csat: number; assignee: { role: string } };
    }>(U, { id: made[1].id, status: "RESOLVED", csat: 4, assignee: String(me.id) }, agent);
    expect(resolved.data?.updateTicket).toMatchObject({ status: "RESOLVED", csat: 4, assignee: { role: "AGENT" } });
    expect(resolved.data?.updateTicket.resolvedAt).not.toBeNull();
    const reopened = await api.gql<{ updateTicket: { status: string; resolvedAt: string | null } }>(
      U,
      { id: made[1].id, status: "OPEN" },
      agent,
    );
    expect(reopened.data?.updateTicket).toMatchObject({ status: "OPEN", resolvedAt: null });
    const audits = await api.db.prisma.auditLog.findMany({
      where: { entity: "Ticket", entityId: made[1].id, action: "update" },
      orderBy: { id: "asc" },
    });
    expect(audits.map((a) => [(a.before as { status: string }).status, (a.after as { status: string }).status])).toEqual([
      ["OPEN", "RESOLVED"],
      ["RESOLVED", "OPEN"],
    ]);
  });

  it("answers bad input with BAD_USER_INPUT naming the field", async () => {
    const base = { c: ana, kind: "QUESTION", channel: "WEB", topic: "x", subject: "y" };
    expectError(await api.gql(CREATE, { ...base, csat: 6 }, agent), "BAD_USER_INPUT", "csat");
    expectError(await api.gql(CREATE, { ...base, topic: "  " }, agent), "BAD_USER_INPUT", "topic");
    expectError(await api.gql(CREATE, { ...base, c: "999999" }, agent), "BAD_USER_INPUT", "customerId");
    expectError(await api.gql(CREATE, { ...base, c: gone }, agent), "BAD_USER_INPUT", "customerId");
    const early = `mutation($id: ID!) { updateTicket(id: $id, firstResponseAt: "2025-01-01T00:00:00Z") { id } }`;
    expectError(await api.gql(early, { id: made[0].id }, agent), "BAD_USER_INPUT", "firstResponseAt");
    const open = `mutation($id: ID!) { updateTicket(id: $id, resolvedAt: "2025-05-01T00:00:00Z") { id } }`;
    expectError(await api.gql(open, { id: made[0].id }, agent), "BAD_USER_INPUT", "resolvedAt");
    expectError(
      await api.gql(`{ allTickets(filter: { openedFrom: "2025-05-01T00:00:00Z", openedTo: "2025-01-01T00:00:00Z" }) { id } }`, {}, agent),
      "BAD_USER_INPUT",
      "filter.openedFrom",
    );
    expectError(await api.gql(`mutation { updateTicket(id: "999999", subject: "x") { id } }`, {}, agent), "NOT_FOUND");
  });

  it("refuses an ANALYST write and an AGENT delete; ADMIN deletes with an audit row", async () => {
    expectError(
      await api.gql(CREATE, { c: ana, kind: "QUESTION", channel: "WEB", topic: "x", subject: "y" }, await api.login("ANALYST")),
      "FORBIDDEN",
    );
    const del = `mutation($id: ID!) { deleteTicket(id: $id) { subject } }`;
    expectError(await api.gql(del, { id: made[2].id }, agent), "FORBIDDEN");
    expect((await api.gql(del, { id: made[2].id }, await api.login("ADMIN"))).data).toEqual({ deleteTicket: { subject: "Slow reports" } });
    expect(await auditActions(api.db.prisma, "Ticket", made[2].id)).toEqual(["create", "delete"]);
  });
});
