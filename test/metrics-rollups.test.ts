// The pre-aggregated revenue facts (MrrRollup, CohortRollup) kept by database triggers must give exactly what the
// raw rows give: on the demo book, for every granularity, grouping and rollup-able filter, and again after writes
// of every kind that can move them (subscriptions inserted, changed and deleted; churn events relabelled; customers
// created, re-planned, moved, re-dated, soft-deleted, restored and hard-deleted; segment members and rules changed;
// a truncate), all through real SQL. Segment filters and logo churn by segment read SegmentRollup.
import { seedDemo } from "@churnstile/prisma/demo";
import { cohortRetention } from "@churnstile/schema/metrics/cohort-retention";
import { type LogoChurnGroupBy, logoChurn } from "@churnstile/schema/metrics/logo-churn";
import { revenueChurn } from "@churnstile/schema/metrics/revenue-churn";
import type { MetricFilter } from "@churnstile/schema/metrics/scope";
import type { Granularity } from "@churnstile/schema/metrics/sql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, dbKinds, type TestDatabase } from "./support/database.ts";

const ANCHOR = new Date("2026-11-01T00:00:00Z");
const FROM = new Date("2025-07-01T00:00:00Z");
const GRANULARITIES: Granularity[] = ["WEEK", "MONTH", "QUARTER"];
const GROUPS: LogoChurnGroupBy[] = ["NONE", "TYPE", "REASON", "CATEGORY", "OWNER_TEAM", "PLAN", "COUNTRY", "SEGMENT"];
const FILTERS: (MetricFilter | null)[] = [null, { plan: "GROWTH" }, { country: "tr" }, { plan: "BUSINESS", country: "IR" }];
const SEGMENTS = ["Gulf key accounts", "Iran and Turkey small business"];

describe.each(dbKinds)("metric rollups on %s", (kind) => {
  let db: TestDatabase;
  const sql = (text: string) => db.prisma.$executeRawUnsafe(text);

  /** Every rollup-able request, answered from the rollups and from the raw rows: equal, and not all empty. */
  async function expectRollupsMatchRawRows(someChurn = true) {
    const { prisma } = db;
    let churned = 0;
    // a static and a dynamic segment (their sums are in SegmentRollup), alone and with a plan
    const segments = await prisma.segment.findMany({ where: { name: { in: SEGMENTS } }, orderBy: { name: "asc" } });
    expect(segments.map((s) => s.kind).sort()).toEqual(["DYNAMIC", "STATIC"]);
    const owner = (await prisma.customer.findFirstOrThrow({ where: { ownerId: { not: null } }, orderBy: { id: "asc" } })).ownerId;
    const filters: (MetricFilter | null)[] = [
      ...FILTERS,
      ...segments.map((s) => ({ segmentId: s.id })),
      { segmentId: segments[0].id, plan: "GROWTH" },
      // owner and industry: the customers' own stored contributions
      { ownerId: owner },
      { industry: "RETAIL", plan: "GROWTH" },
    ];
    for (const granularity of GRANULARITIES) {
      const range = { from: FROM, to: ANCHOR, granularity };
      for (const filter of filters) {
        const raw = await revenueChurn(prisma, { ...range, filter, rollups: false });
        expect(await revenueChurn(prisma, { ...range, filter })).toEqual(raw);
        for (const groupBy of GROUPS) {
          if (filter && !["NONE", "REASON", "SEGMENT"].includes(groupBy)) continue; // filters × groups: three suffice
          const rows = await logoChurn(prisma, { ...range, groupBy, filter, rollups: false });
          expect(await logoChurn(prisma, { ...range, groupBy, filter }), `${granularity} ${groupBy} ${JSON.stringify(filter)}`).toEqual(
            rows,
          );
          churned += rows.reduce((n, r) => n + r.churned, 0);
        }
      }
    }
    for (const measure of ["CUSTOMERS", "MRR"] as const) {
      // with a segment or an industry: the scope's own stored cohort contributions
      for (const filter of [...FILTERS.slice(0, 3), ...filters.slice(FILTERS.length), { industry: "healthcare" }]) {
        const args = { measure, from: new Date("2024-01-01T00:00:00Z"), to: ANCHOR, months: 12, filter, now: ANCHOR };
        expect(await cohortRetention(prisma, args)).toEqual(await cohortRetention(prisma, { ...args, rollups: false }));
      }
    }
    expect(churned > 0).toBe(someChurn);
  }

  beforeAll(async () => {
    db = await createTestDatabase(kind);
    await seedDemo(db, { customers: 120, seed: 11, anchor: ANCHOR });
  }, 240_000);
  afterAll(() => db?.drop());

  it("match the raw rows on the demo book", () => expectRollupsMatchRawRows(), 120_000);

  it("follow writes to subscriptions, churn events and customers", async () => {
    const ids = (await db.prisma.customer.findMany({ orderBy: { id: "asc" }, select: { id: true } })).map((c) => c.id);
    const product = (await db.prisma.product.findFirstOrThrow()).id;
    const [a, b, c, d, e, f] = ids;
    // subscriptions: a bulk insert (one statement, several customers), a repricing, an end, a deletion
    await sql(`INSERT INTO "Subscription" ("customerId", "productId", "mrrMinor", "startedAt", "endedAt") VALUES
      (${a}, ${product}, 4200, '2026-02-10', NULL), (${b}, ${product}, 900, '2025-09-03', '2026-03-04'), (${b}, ${product}, 1300, '2026-03-04', NULL)`);
    await sql(`UPDATE "Subscription" SET "mrrMinor" = "mrrMinor" + 250 WHERE "customerId" = ${c}`);
    await sql(`UPDATE "Subscription" SET "endedAt" = '2026-05-20' WHERE "customerId" = ${d} AND "endedAt" IS NULL`);
    await sql(`DELETE FROM "Subscription" WHERE id = (SELECT min(id) FROM "Subscription" WHERE "customerId" = ${e})`);
    // churn events: relabel one, delete one, add one
    await sql(`UPDATE "ChurnEvent" SET type = 'COMPETITIVE' WHERE id = (SELECT min(id) FROM "ChurnEvent" WHERE type <> 'REVENUE')`);
    await sql(`DELETE FROM "ChurnEvent" WHERE id = (SELECT max(id) FROM "ChurnEvent")`);
    await sql(`INSERT INTO "ChurnEvent" ("customerId", type, "primaryReasonId", "requestedAt", "effectiveAt", "mrrLostMinor")
      SELECT ${d}, 'VOLUNTARY', (SELECT min(id) FROM "ChurnReason"), '2026-05-20', '2026-05-20', 1000`);
    // customers: re-planned, moved, re-dated, soft-deleted and restored, hard-deleted
    await sql(`UPDATE "Customer" SET plan = 'ENTERPRISE' WHERE id IN (${ids.slice(10, 30).join(",")})`);
    await sql(`UPDATE "Customer" SET country = 'IR', "signedUpAt" = '2025-08-15' WHERE id IN (${ids.slice(30, 40).join(",")})`);
    await sql(`UPDATE "Customer" SET "deletedAt" = now() WHERE id IN (${ids.slice(40, 55).join(",")})`);
    await sql(`UPDATE "Customer" SET "deletedAt" = NULL WHERE id IN (${ids.slice(40, 45).join(",")})`);
    await sql(`DELETE FROM "Customer" WHERE id = ${f}`);
    await sql(`INSERT INTO "Customer" ("externalId", name, country, plan, "signedUpAt", "updatedAt")
      VALUES ('rollup-new-1', 'New', 'TR', 'GROWTH', '2025-10-09', now()), ('rollup-new-2', 'New', 'IR', 'BUSINESS', '2024-03-01', now())`);
    // segments: members added and removed, a rule changed, a segment created and one deleted
    await sql(`INSERT INTO "SegmentMember" ("segmentId", "customerId") SELECT sg.id, cu.id FROM "Segment" sg, "Customer" cu
      WHERE sg.name = 'Gulf key accounts' AND cu.id IN (${ids.slice(60, 70).join(",")}) ON CONFLICT DO NOTHING`);
    await sql(`DELETE FROM "SegmentMember" WHERE "customerId" IN (SELECT "customerId" FROM "SegmentMember" ORDER BY 1 LIMIT 3)`);
    await sql(`UPDATE "Segment" SET rule = '{"and": [{"country": ["IR", "TR"]}, {"plan": ["STARTER", "GROWTH", "BUSINESS"]}]}'
      WHERE name = 'Iran and Turkey small business'`);
    await sql(
      `INSERT INTO "Segment" (name, kind, rule, "updatedAt") VALUES ('Unhealthy', 'DYNAMIC', '{"healthScore": {"max": 50}}', now())`,
    );
    await sql(`DELETE FROM "Segment" WHERE name = 'Loyalty programme members'`);
    await expectRollupsMatchRawRows();
    // a churn event update in a transaction that fails leaves the rollups as they were
    const rollups = async () => [
      await db.prisma.$queryRawUnsafe(`SELECT * FROM "MrrRollup" ORDER BY 1, 2, 3, 4, 5, 6`),
      await db.prisma.$queryRawUnsafe(`SELECT * FROM "SegmentRollup" ORDER BY 1, 2, 3, 4, 5, 6, 7`),
    ];
    const before = await rollups();
    await expect(
      db.prisma.$transaction(async (tx) => {
        await tx.$executeRawUnsafe(`UPDATE "ChurnEvent" SET type = 'PASSIVE'`);
        throw new Error("rolled back");
      }),
    ).rejects.toThrow("rolled back");
    expect(await rollups()).toEqual(before);
  }, 180_000);

  it("are emptied with the subscriptions they come from, keeping the cohort sizes", async () => {
    await sql(`TRUNCATE "Subscription" CASCADE`);
    const count = async (table: string, where = "true") =>
      (await db.prisma.$queryRawUnsafe<{ n: number }[]>(`SELECT count(*)::int AS n FROM "${table}" WHERE ${where}`))[0].n;
    for (const table of ["MrrStep", "MrrContribution", "MrrRollup", "SegmentRollup"]) expect(await count(table)).toBe(0);
    expect(await count("CohortContribution", "k >= 0")).toBe(0);
    expect(await count("CohortContribution")).toBe(await count("Customer", `"deletedAt" IS NULL`));
    await expectRollupsMatchRawRows(false);
  }, 120_000);
});
