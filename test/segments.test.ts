// Segments through real HTTP: DYNAMIC rules (validated, translated to SQL, churn reason from exit surveys),
// STATIC member lists, memberCount with one count per dynamic segment, members pages, locking, roles, audit.
import { customerWhereForSegment } from "@churnstile/schema/segment-rule";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApi, type TestApi } from "./support/api.ts";
import { dbKinds } from "./support/database.ts";
import { auditActions, expectError, seedCustomers, utc } from "./support/fixtures.ts";

const CREATE = `mutation($name: String!, $kind: SegmentKind!, $rule: JSON) { createSegment(name: $name, kind: $kind, rule: $rule) { id kind version memberCount } }`;
type S = { id: string; kind: string; version: number; memberCount: number };
const RISKY_TR = { and: [{ country: ["tr"] }, { or: [{ plan: ["STARTER"] }, { healthScore: { max: 40 } }] }] };

describe.each(dbKinds)("segments on %s", (kind) => {
  let api: TestApi;
  let agent: string;
  let c: Record<string, number>;
  const create = async (name: string, k: string, rule?: unknown) => api.gql<{ createSegment: S }>(CREATE, { name, kind: k, rule }, agent);
  const members = async (id: string) =>
    (
      await api.gql<{ Segment: { memberCount: number; members: { totalCount: number; edges: { node: { name: string } }[] } } }>(
        `query($id: ID!) { Segment(id: $id) { memberCount members(first: 10) { totalCount edges { node { name } } } } }`,
        { id },
        agent,
      )
    ).data?.Segment;
  const names = (s: Awaited<ReturnType<typeof members>>) => s?.members.edges.map((e) => e.node.name);
  beforeAll(async () => {
    api = await startTestApi(kind);
    agent = await api.login("AGENT");
    const rows = await seedCustomers(api.db.prisma, [
      { name: "Ayşe", country: "TR", plan: "STARTER", healthScore: 80, mrrMinor: 900, industry: "Retail", satisfaction: "SATISFIED" },
      {
        name: "Mehmet",
        country: "TR",
        plan: "BUSINESS",
        healthScore: 30,
        mrrMinor: 9900,
        industry: "retail",
        signedUpAt: utc("2024-03-01"),
      },
      { name: "Olga", country: "RU", plan: "STARTER", healthScore: 20, mrrMinor: 900, status: "CHURNED", satisfaction: "DISSATISFIED" },
      { name: "Reza", country: "IR", plan: "GROWTH", healthScore: 55, mrrMinor: 4900, status: "CHURNED" },
      { name: "Deleted", country: "TR", plan: "STARTER", healthScore: 10, deletedAt: new Date() },
    ]);
    c = Object.fromEntries(rows.map((r) => [r.name, r.id]));
    const template = await api.db.prisma.exitSurveyTemplate.findFirstOrThrow();
    await api.db.prisma.exitSurveyResponse.createMany({
      data: [
        {
          templateId: template.id,
          customerId: c.Olga,
          token: "t-olga",
          status: "COMPLETED",
          answers: { reason: "PRICE", satisfaction: 2, comeBack: "MAYBE" },
        },
        {
          templateId: template.id,
          customerId: c.Reza,
          token: "t-reza",
          status: "COMPLETED",
          answers: { reason: "POOR_SERVICE", satisfaction: 1, comeBack: "NO" },
        },
        { templateId: template.id, customerId: c.Ayşe, token: "t-ayse", status: "PENDING" },
      ],
    });
  });
  afterAll(() => api.close());

  it("creates a DYNAMIC segment whose members follow its rule (soft-deleted customers excluded)", async () => {
    const res = await create("Risky Turkey", "DYNAMIC", RISKY_TR);
    expect(res.data?.createSegment).toMatchObject({ kind: "DYNAMIC", version: 1, memberCount: 2 });
    const s = await members(res.data!.createSegment.id);
    expect(s?.members.totalCount).toBe(2);
    expect(names(s)?.sort()).toEqual(["Ayşe", "Mehmet"]);
    const stored = await api.db.prisma.segment.findUniqueOrThrow({ where: { id: Number(res.data!.createSegment.id) } });
    expect(stored.rule).toEqual({ and: [{ country: ["TR"] }, { or: [{ plan: ["STARTER"] }, { healthScore: { max: 40 } }] }] });
  });

  it("translates every kind of condition, churn reason from completed exit surveys included", async () => {
    const cases: [unknown, string[]][] = [
      [{ churnReason: ["PRICE", "WRONG_USE_CASE"] }, ["Olga"]],
      [{ status: ["CHURNED"], satisfaction: ["DISSATISFIED"] }, ["Olga"]],
      [{ industry: ["RETAIL"] }, ["Ayşe", "Mehmet"]],
      [{ mrrMinor: { min: 900, max: 4900 } }, ["Ayşe", "Olga", "Reza"]],
      [{ signedUpAt: { from: "2024-01-01T00:00:00Z", to: "2025-01-01T00:00:00Z" } }, ["Mehmet"]],
      [{ or: [{ country: ["IR"] }, { healthScore: { min: 75 } }] }, ["Ayşe", "Reza"]],
    ];
    for (const [i, [rule, expected]] of cases.entries()) {
      const res = await create(`case ${i}`, "DYNAMIC", rule);
      expect(res.errors, JSON.stringify(rule)).toBeUndefined();
      expect(names(await members(res.data!.createSegment.id))?.sort(), JSON.stringify(rule)).toEqual(expected);
    }
  });

  it("rejects bad rules with BAD_USER_INPUT naming the place in the rule", async () => {
    expectError(await create("bad1", "DYNAMIC", { plan: ["GOLD"] }), "BAD_USER_INPUT", "rule.plan.0");
    expectError(await create("bad2", "DYNAMIC", { colour: ["red"] }), "BAD_USER_INPUT", "rule");
    expectError(await create("bad3", "DYNAMIC", { healthScore: { min: 60, max: 40 } }), "BAD_USER_INPUT", "rule.healthScore");
    expectError(await create("bad4", "DYNAMIC", { or: [{ country: ["Turkey"] }] }), "BAD_USER_INPUT", "rule.or.0.country.0");
    expectError(await create("bad5", "DYNAMIC", { churnReason: ["NOT_A_REASON"] }), "BAD_USER_INPUT", "rule.churnReason");
    const deep = [1, 2, 3, 4, 5].reduce<object>((r) => ({ and: [r] }), { plan: ["STARTER"] });
    expectError(await create("bad6", "DYNAMIC", deep), "BAD_USER_INPUT", "rule");
    expectError(await create("bad7", "DYNAMIC"), "BAD_USER_INPUT", "rule");
    expectError(await create("bad8", "STATIC", { plan: ["STARTER"] }), "BAD_USER_INPUT", "rule");
    expectError(await create("Risky Turkey", "STATIC"), "CONFLICT", "name");
  });

  it("keeps a STATIC member list: add (idempotent), remove, and refuse deleted customers or DYNAMIC segments", async () => {
    const id = (await create("VIP", "STATIC")).data!.createSegment.id;
    const ADD = `mutation($s: ID!, $ids: [ID!]!) { addSegmentMembers(segmentId: $s, customerIds: $ids) { memberCount memberships { customer { name } } } }`;
    const REMOVE = `mutation($s: ID!, $ids: [ID!]!) { removeSegmentMembers(segmentId: $s, customerIds: $ids) { memberCount } }`;
    const added = await api.gql<{ addSegmentMembers: { memberCount: number; memberships: unknown[] } }>(
      ADD,
      { s: id, ids: [c.Ayşe, c.Reza, c.Ayşe] },
      agent,
    );
    expect(added.data?.addSegmentMembers.memberCount).toBe(2);
    expect(
      (await api.gql<{ addSegmentMembers: { memberCount: number } }>(ADD, { s: id, ids: [c.Reza, c.Olga] }, agent)).data?.addSegmentMembers
        .memberCount,
    ).toBe(3);
    expectError(await api.gql(ADD, { s: id, ids: [c.Deleted] }, agent), "BAD_USER_INPUT", "customerIds");
    expect(
      (await api.gql<{ removeSegmentMembers: { memberCount: number } }>(REMOVE, { s: id, ids: [c.Olga, c.Mehmet] }, agent)).data
        ?.removeSegmentMembers.memberCount,
    ).toBe(2);
    expect(names(await members(id))).toEqual(["Ayşe", "Reza"]);
    const dynamicId = (
      await api.gql<{ allSegments: { id: string }[] }>(`{ allSegments(filter: { name: "Risky Turkey" }) { id } }`, {}, agent)
    ).data!.allSegments[0].id;
    expectError(await api.gql(ADD, { s: dynamicId, ids: [c.Olga] }, agent), "BAD_USER_INPUT", "segmentId");
    expect(await auditActions(api.db.prisma, "Segment", id)).toEqual(["create", "addMembers", "addMembers", "removeMembers"]);
    // the same translation serves other code (metrics, customer filters)
    expect(await api.db.prisma.customer.count({ where: await customerWhereForSegment(api.db.prisma, Number(id)) })).toBe(2);
  });

  it("counts members with one statement for the page plus one per DYNAMIC segment", async () => {
    const filter = {
      ids: (await api.db.prisma.segment.findMany({ where: { name: { in: ["VIP", "Risky Turkey", "case 0"] } } })).map((s) => String(s.id)),
    };
    api.db.sql.length = 0;
    const res = await api.gql<{ allSegments: { name: string; memberCount: number }[] }>(
      `query($f: SegmentFilter) { allSegments(filter: $f, sortField: "name") { name memberCount } }`,
      { f: filter },
      agent,
    );
    expect(res.data?.allSegments).toEqual([
      { name: "Risky Turkey", memberCount: 2 },
      { name: "VIP", memberCount: 2 },
      { name: "case 0", memberCount: 1 },
    ]);
    const statements = api.db.sql.filter((s) => !/"Session"|"ApiKey"|"User"/.test(s));
    expect(statements.length, statements.join("\n\n")).toBe(3);
  });

  it("filters, sorts and pages segments both ways", async () => {
    const q = `{ allSegments(filter: { kind: STATIC }) { name } dyn: _allSegmentsMeta(filter: { kind: DYNAMIC }) { count }
      segments(first: 2, orderBy: "-name", filter: { q: "case" }) { totalCount edges { node { name } } } }`;
    const res = await api.gql<{
      allSegments: { name: string }[];
      dyn: { count: number };
      segments: { totalCount: number; edges: { node: { name: string } }[] };
    }>(q, {}, agent);
    expect(res.data?.allSegments).toEqual([{ name: "VIP" }]);
    expect(res.data?.dyn.count).toBe(7);
    expect(res.data?.segments.totalCount).toBe(6);
    expect(res.data?.segments.edges.map((e) => e.node.name)).toEqual(["case 5", "case 4"]);
  });

  it("updates the rule with optimistic locking: a stale version is a CONFLICT", async () => {
    const id = (await api.db.prisma.segment.findUniqueOrThrow({ where: { name: "Risky Turkey" } })).id;
    const U = `mutation($id: ID!, $v: Int, $rule: JSON) { updateSegment(id: $id, version: $v, rule: $rule) { version memberCount } }`;
    const ok = await api.gql<{ updateSegment: { version: number; memberCount: number } }>(
      U,
      { id, v: 1, rule: { country: ["TR", "RU"] } },
      agent,
    );
    expect(ok.data?.updateSegment).toEqual({ version: 2, memberCount: 3 });
    expectError(await api.gql(U, { id, v: 1, rule: { country: ["IR"] } }, agent), "CONFLICT");
    expectError(await api.gql(U, { id, rule: null }, agent), "BAD_USER_INPUT", "rule");
  });

  it("refuses an ANALYST write and an AGENT delete; ADMIN deletes with an audit row", async () => {
    expectError(await api.gql(CREATE, { name: "x", kind: "STATIC" }, null), "UNAUTHENTICATED");
    expectError(await api.gql(CREATE, { name: "x", kind: "STATIC" }, await api.login("ANALYST")), "FORBIDDEN");
    const id = (await api.db.prisma.segment.findUniqueOrThrow({ where: { name: "VIP" } })).id;
    const del = `mutation($id: ID!) { deleteSegment(id: $id) { name } }`;
    expectError(await api.gql(del, { id }, agent), "FORBIDDEN");
    expect((await api.gql(del, { id }, await api.login("ADMIN"))).data).toEqual({ deleteSegment: { name: "VIP" } });
    expect(await api.db.prisma.segmentMember.count({ where: { segmentId: id } })).toBe(0);
    expect((await auditActions(api.db.prisma, "Segment", id)).at(-1)).toBe("delete");
  });
});
