// The customer list's console filters: satisfaction, owner, health band (score range) and segment membership
// (a DYNAMIC segment's rule now, or a STATIC segment's member rows), combined with the others.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApi, type TestApi } from "./support/api.ts";
import { dbKinds } from "./support/database.ts";
import { expectError, seedCustomers } from "./support/fixtures.ts";

const LIST = `query($filter: CustomerFilter) { allCustomers(filter: $filter, sortField: "name") { name } _allCustomersMeta(filter: $filter) { count } }`;

describe.each(dbKinds)("customer filters on %s", (kind) => {
  let api: TestApi;
  let analyst: string;
  let ownerId: number;
  const names = async (filter: Record<string, unknown>) => {
    const res = await api.gql<{ allCustomers: { name: string }[]; _allCustomersMeta: { count: number } }>(LIST, { filter }, analyst);
    expect(res.errors).toBeUndefined();
    expect(res.data?._allCustomersMeta.count).toBe(res.data?.allCustomers.length);
    return res.data?.allCustomers.map((c) => c.name);
  };
  beforeAll(async () => {
    api = await startTestApi(kind);
    analyst = await api.login("ANALYST");
    ownerId = (await api.db.prisma.user.findFirstOrThrow({ where: { role: "AGENT" } })).id;
    const rows = await seedCustomers(api.db.prisma, [
      { name: "Ada", healthScore: 20, satisfaction: "DISSATISFIED", ownerId, plan: "STARTER" },
      { name: "Bo", healthScore: 39, satisfaction: "INDIFFERENT", plan: "STARTER" },
      { name: "Cy", healthScore: 40, satisfaction: "SATISFIED", ownerId },
      { name: "Di", healthScore: null },
      { name: "Gone", healthScore: 10, ownerId, deletedAt: new Date() },
    ]);
    const id = Object.fromEntries(rows.map((r) => [r.name, r.id]));
    await api.db.prisma.segment.create({ data: { name: "starters", kind: "DYNAMIC", rule: { plan: ["STARTER"] } } });
    await api.db.prisma.segment.create({
      data: {
        name: "hand-picked",
        kind: "STATIC",
        members: { create: [{ customerId: id.Cy }, { customerId: id.Di }, { customerId: id.Gone }] },
      },
    });
  });
  afterAll(() => api.close());

  it("filters by satisfaction and owner", async () => {
    expect(await names({ satisfaction: "DISSATISFIED" })).toEqual(["Ada"]);
    expect(await names({ ownerId: String(ownerId) })).toEqual(["Ada", "Cy"]);
  });

  it("filters by health band as an inclusive score range, leaving unscored customers out", async () => {
    expect(await names({ healthScoreMax: 39 })).toEqual(["Ada", "Bo"]);
    expect(await names({ healthScoreMin: 40 })).toEqual(["Cy"]);
    expectError(
      await api.gql(LIST, { filter: { healthScoreMin: 50, healthScoreMax: 10 } }, analyst),
      "BAD_USER_INPUT",
      "filter.healthScoreMin",
    );
  });

  it("filters by segment, dynamic or static, with the other filters", async () => {
    const segments = await api.db.prisma.segment.findMany({ orderBy: { id: "asc" } });
    const [dynamic, fixed] = segments.map((s) => String(s.id));
    expect(await names({ segmentId: dynamic })).toEqual(["Ada", "Bo"]);
    expect(await names({ segmentId: dynamic, satisfaction: "INDIFFERENT" })).toEqual(["Bo"]);
    expect(await names({ segmentId: fixed })).toEqual(["Cy", "Di"]);
    expectError(await api.gql(LIST, { filter: { segmentId: "999999" } }, analyst), "NOT_FOUND");
  });
});
