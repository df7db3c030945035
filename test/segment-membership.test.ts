// SegmentMembership (migration segment_rollups) holds every segment's current members, kept by triggers with a SQL
// translation of the dynamic rules. It must agree with segment-rule.ts, the Prisma translation the member lists use:
// for rules of every kind, for rules the zod schema rejects (no members), and after writes that move customers in
// and out (customer fields, exit surveys, static members, a rule changed, a segment deleted, a truncate).
import { seedDemo } from "@churnstile/prisma/demo";
import { type SegmentRule, SegmentRuleSchema, segmentMembersWhere } from "@churnstile/schema/segment-rule";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, dbKinds, type TestDatabase } from "./support/database.ts";

const ANCHOR = new Date("2026-11-01T00:00:00Z");

// biome-ignore format: a table of rules
const RULES: SegmentRule[] = [
  { country: ["tr", "IR"] },
  { plan: ["STARTER"], status: ["ACTIVE", "PAST_DUE"] },
  { satisfaction: ["DISSATISFIED", "INDIFFERENT"] },
  { industry: [" healthcare ", "E-COMMERCE"] },
  { healthScore: { max: 45 } },
  { healthScore: { min: 40, max: 70 }, mrrMinor: { min: 5000 } },
  { mrrMinor: { max: 0 } },
  { signedUpAt: { from: "2025-03-01T00:00:00Z", to: "2026-01-01T03:30:00+03:30" } },
  { signedUpAt: { to: "2025-06-01T00:00:00Z" } },
  { churnReason: ["PRICE", "MISSING_FEATURES"] },
  { or: [{ and: [{ country: ["SA", "AE"] }, { plan: ["BUSINESS", "ENTERPRISE"] }] }, { healthScore: { max: 30 } }] },
  { and: [{ or: [{ satisfaction: ["DISSATISFIED"] }, { churnReason: ["LOW_USAGE"] }] }, { country: ["TR"] }], plan: ["GROWTH", "STARTER"] },
];
// Rules the API would refuse: they match nobody, in both translations.
// biome-ignore format: a table of rules
const INVALID: unknown[] = [
  {}, { country: ["TUR"] }, { plan: ["GOLD"] }, { healthScore: { min: 50, max: 10 } }, { healthScore: {} }, { mrrMinor: { min: 1.5 } },
  { industry: ["  "] }, { churnReason: ["price"] }, { colour: ["red"] }, { and: [] }, { country: [] }, { signedUpAt: { from: "yesterday" } },
  { and: [{ and: [{ and: [{ and: [{ and: [{ country: ["TR"] }] }] }] }] }] }, { country: "TR" }, [1, 2],
];

describe.each(dbKinds)("segment membership on %s", (kind) => {
  let db: TestDatabase;
  const sql = (text: string) => db.prisma.$executeRawUnsafe(text);

  /** Every segment's stored members equal the Prisma translation's; returns the member count per segment. */
  async function expectMembershipMatchesRules() {
    const sizes: Record<string, number> = {};
    const stored = await db.prisma.$queryRawUnsafe<{ sid: number; cid: number }[]>(
      `SELECT "segmentId" AS sid, "customerId" AS cid FROM "SegmentMembership" ORDER BY 1, 2`,
    );
    const any = new Set<number>();
    const segments = await db.prisma.segment.findMany({ orderBy: { id: "asc" } });
    for (const segment of segments) {
      const members = await db.prisma.customer.findMany({
        where: segmentMembersWhere(segment),
        select: { id: true },
        orderBy: { id: "asc" },
      });
      for (const m of members) any.add(m.id);
      const ids = stored.filter((r) => r.sid === segment.id).map((r) => r.cid);
      expect(ids, `${segment.name}: ${JSON.stringify(segment.rule)}`).toEqual(members.map((m) => m.id));
      sizes[segment.name] = ids.length;
    }
    expect(stored.filter((r) => r.sid === 0).map((r) => r.cid)).toEqual([...any].sort((a, b) => a - b));
    const known = new Set([0, ...segments.map((s) => s.id)]);
    expect(stored.filter((r) => !known.has(r.sid))).toEqual([]); // nothing left of deleted segments
    return sizes;
  }

  const addSegment = (name: string, rule: unknown) =>
    db.prisma
      .$executeRaw`INSERT INTO "Segment" (name, kind, rule, "updatedAt") VALUES (${name}, 'DYNAMIC', ${JSON.stringify(rule)}::jsonb, now())`;

  beforeAll(async () => {
    db = await createTestDatabase(kind);
    await seedDemo(db, { customers: 150, seed: 5, anchor: ANCHOR });
  }, 240_000);
  afterAll(() => db?.drop());

  it("agrees with the Prisma translation for rules of every kind", async () => {
    for (const [i, rule] of RULES.entries()) {
      expect(SegmentRuleSchema.safeParse(rule).success, JSON.stringify(rule)).toBe(true);
      await addSegment(`rule ${i}`, rule);
    }
    const sizes = await expectMembershipMatchesRules();
    // the rules are not vacuous: most select some customers and none selects everyone
    const counts = RULES.map((_, i) => sizes[`rule ${i}`]);
    expect(counts.filter((n) => n > 0).length).toBeGreaterThanOrEqual(RULES.length - 2);
    expect(Math.max(...counts)).toBeLessThan(150);
  }, 120_000);

  it("gives rules the API refuses no members", async () => {
    for (const [i, rule] of INVALID.entries()) {
      expect(SegmentRuleSchema.safeParse(rule).success, JSON.stringify(rule)).toBe(false);
      await addSegment(`invalid ${i}`, rule);
    }
    const sizes = await expectMembershipMatchesRules();
    for (const i of INVALID.keys()) expect(sizes[`invalid ${i}`], JSON.stringify(INVALID[i])).toBe(0);
  }, 120_000);

  it("follows writes that move customers in and out", async () => {
    const ids = (await db.prisma.customer.findMany({ orderBy: { id: "asc" }, select: { id: true } })).map((c) => c.id);
    const list = (from: number, to: number) => ids.slice(from, to).join(",");
    await sql(`UPDATE "Customer" SET country = 'TR', plan = 'GROWTH' WHERE id IN (${list(0, 10)})`);
    await sql(`UPDATE "Customer" SET "healthScore" = 12, satisfaction = 'DISSATISFIED' WHERE id IN (${list(10, 20)})`);
    await sql(`UPDATE "Customer" SET industry = 'HEALTHCARE', "mrrMinor" = 0 WHERE id IN (${list(20, 25)})`);
    await sql(`UPDATE "Customer" SET "deletedAt" = now() WHERE id IN (${list(25, 35)})`);
    await sql(`UPDATE "Customer" SET "deletedAt" = NULL WHERE id IN (${list(25, 30)})`);
    await sql(`DELETE FROM "Customer" WHERE id = ${ids[35]}`);
    await sql(`INSERT INTO "Customer" ("externalId", name, country, plan, "signedUpAt", "healthScore", "updatedAt")
      VALUES ('member-new-1', 'New', 'SA', 'ENTERPRISE', '2025-05-01', 20, now())`);
    // exit surveys: one completed with a reason a rule names, one deleted
    await sql(`UPDATE "ExitSurveyResponse" SET status = 'COMPLETED', answers = '{"reason": "LOW_USAGE"}'
      WHERE id IN (SELECT id FROM "ExitSurveyResponse" WHERE "customerId" IN (SELECT id FROM "Customer" WHERE country = 'TR') ORDER BY id LIMIT 3)`);
    await sql(`DELETE FROM "ExitSurveyResponse" WHERE id = (SELECT min(id) FROM "ExitSurveyResponse" WHERE status = 'COMPLETED')`);
    // static members added and removed; a rule changed; a segment deleted
    const staticId = (await db.prisma.segment.findFirstOrThrow({ where: { kind: "STATIC" }, orderBy: { id: "asc" } })).id;
    await sql(`INSERT INTO "SegmentMember" ("segmentId", "customerId") SELECT ${staticId}, id FROM "Customer" WHERE id IN (${list(40, 50)})
      ON CONFLICT DO NOTHING`);
    await sql(`DELETE FROM "SegmentMember" WHERE "segmentId" = ${staticId} AND "customerId" IN (${list(45, 60)})`);
    await sql(`UPDATE "Segment" SET rule = '{"plan": ["BUSINESS"]}' WHERE name = 'rule 0'`);
    await sql(`DELETE FROM "Segment" WHERE name = 'rule 1'`);
    await expectMembershipMatchesRules();
    // a failed transaction leaves membership as it was
    const before = await db.prisma.$queryRawUnsafe(`SELECT * FROM "SegmentMembership" ORDER BY 1, 2`);
    await expect(
      db.prisma.$transaction(async (tx) => {
        await tx.$executeRawUnsafe(`UPDATE "Customer" SET country = 'IR', "healthScore" = 5`);
        throw new Error("rolled back");
      }),
    ).rejects.toThrow("rolled back");
    expect(await db.prisma.$queryRawUnsafe(`SELECT * FROM "SegmentMembership" ORDER BY 1, 2`)).toEqual(before);
    // a truncate of the static members rebuilds the rest
    await sql(`TRUNCATE "SegmentMember"`);
    const sizes = await expectMembershipMatchesRules();
    expect(sizes["rule 0"]).toBeGreaterThan(0);
  }, 180_000);
});
