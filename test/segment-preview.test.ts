// segmentRuleMemberCount: a draft rule's live member count for the console's rule editor, validated like createSegment.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApi, type TestApi } from "./support/api.ts";
import { dbKinds } from "./support/database.ts";
import { expectError, seedCustomers } from "./support/fixtures.ts";

const COUNT = "query($rule: JSON!) { segmentRuleMemberCount(rule: $rule) }";

describe.each(dbKinds)("segment rule preview on %s", (kind) => {
  let api: TestApi;
  let analyst: string;
  const count = async (rule: unknown) => api.gql<{ segmentRuleMemberCount: number }>(COUNT, { rule }, analyst);
  beforeAll(async () => {
    api = await startTestApi(kind);
    analyst = await api.login("ANALYST");
    await seedCustomers(api.db.prisma, [
      { name: "A", country: "TR", plan: "STARTER", healthScore: 30 },
      { name: "B", country: "TR", plan: "BUSINESS", healthScore: 80 },
      { name: "C", country: "RU", plan: "STARTER", healthScore: 35 },
      { name: "Gone", country: "TR", plan: "STARTER", deletedAt: new Date() },
    ]);
  });
  afterAll(() => api.close());

  it("counts the customers a draft rule matches, as memberCount would once saved", async () => {
    const rule = { and: [{ country: ["tr"] }, { or: [{ plan: ["STARTER"] }, { healthScore: { max: 40 } }] }] };
    expect((await count(rule)).data?.segmentRuleMemberCount).toBe(1);
    expect((await count({ healthScore: { max: 40 } })).data?.segmentRuleMemberCount).toBe(2);
    const saved = await api.db.prisma.segment.create({ data: { name: "s", kind: "DYNAMIC", rule } });
    const res = await api.gql<{ Segment: { memberCount: number } }>(`{ Segment(id: "${saved.id}") { memberCount } }`, {}, analyst);
    expect(res.data?.Segment.memberCount).toBe(1);
  });

  it("refuses what createSegment refuses, naming the place in the rule", async () => {
    expectError(await count({ plan: ["GOLD"] }), "BAD_USER_INPUT");
    expectError(await count({}), "BAD_USER_INPUT");
    expectError(await count({ churnReason: ["NO_SUCH_REASON"] }), "BAD_USER_INPUT", "rule.churnReason");
  });
});
