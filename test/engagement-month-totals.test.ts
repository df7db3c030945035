// EngagementMonthTotal, kept by triggers on EngagementSnapshot: after every kind of write (insert, bulk insert, upsert,
// update moving a month, delete, a customer's cascade delete, truncate) it equals the snapshots summed per month, and
// the unfiltered engagementTrends (which reads it) agrees with the filtered one (which sums snapshots) on the same
// customers, soft deletes and restores included.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApi, type TestApi } from "./support/api.ts";
import { dbKinds } from "./support/database.ts";
import { apiKey, at, customer, query } from "./support/metrics.ts";

const TRENDS = `query($f: MetricFilter) { engagementTrends(from: "2025-01-01T00:00:00Z", to: "2025-05-01T00:00:00Z", filter: $f) {
  period { start } customers logins activeDays activeWeeksPerCustomer { numerator denominator }
  emailOpenRate { numerator denominator } offerRedemptionRate { numerator denominator } } }`;

describe.each(dbKinds)("engagement month totals on %s", (kind) => {
  let api: TestApi;
  let key: string;
  const ids: number[] = [];

  const snapshot = (customerId: number, month: string, n: number) => ({
    customerId,
    periodStart: at(month),
    logins: n,
    activeDays: n + 1,
    activeWeeks: n % 5,
    emailsSent: n + 2,
    emailsOpened: n % 3,
    offersSent: 2,
    offersRedeemed: n % 2,
  });

  /** The totals table equals a fresh sum of the snapshots, and both trend paths give the same months. */
  async function expectConsistent() {
    const totals = await api.db.prisma.$queryRaw<unknown[]>`
      SELECT "periodStart", snapshots::int AS n, logins::int, "activeDays"::int, "activeWeeks"::int, "emailsSent"::int,
        "emailsOpened"::int, "offersSent"::int, "offersRedeemed"::int
      FROM "EngagementMonthTotal" WHERE snapshots <> 0 ORDER BY 1`;
    const summed = await api.db.prisma.$queryRaw<unknown[]>`
      SELECT "periodStart", count(*)::int AS n, sum(logins)::int AS logins, sum("activeDays")::int AS "activeDays",
        sum("activeWeeks")::int AS "activeWeeks", sum("emailsSent")::int AS "emailsSent", sum("emailsOpened")::int AS "emailsOpened",
        sum("offersSent")::int AS "offersSent", sum("offersRedeemed")::int AS "offersRedeemed"
      FROM "EngagementSnapshot" GROUP BY 1 ORDER BY 1`;
    expect(totals).toEqual(summed);
    const unfiltered = await query<{ engagementTrends: unknown[] }>(api, key, TRENDS);
    const filtered = await query<{ engagementTrends: unknown[] }>(api, key, TRENDS, { f: { country: "TR" } }); // everyone
    expect(unfiltered.engagementTrends).toEqual(filtered.engagementTrends);
    return unfiltered.engagementTrends as { customers: number; logins: number }[];
  }

  beforeAll(async () => {
    api = await startTestApi(kind);
    key = await apiKey(api, ["metrics"]);
    for (let i = 0; i < 4; i++) ids.push(await customer(api));
  });
  afterAll(() => api.close());

  it("follows inserts, bulk inserts and upserts", async () => {
    await api.db.prisma.engagementSnapshot.create({ data: snapshot(ids[0], "2025-01-01", 10) });
    await api.db.prisma.engagementSnapshot.createMany({
      data: [snapshot(ids[1], "2025-01-01", 7), snapshot(ids[1], "2025-02-01", 4), snapshot(ids[2], "2025-03-01", 9)],
    });
    const key0 = { customerId_periodStart: { customerId: ids[0], periodStart: at("2025-02-01") } };
    await api.db.prisma.engagementSnapshot.upsert({ where: key0, create: snapshot(ids[0], "2025-02-01", 3), update: {} });
    await api.db.prisma.engagementSnapshot.upsert({ where: key0, create: snapshot(ids[0], "2025-02-01", 3), update: { logins: 30 } });
    const months = await expectConsistent();
    expect(months.map((m) => m.logins)).toEqual([17, 34, 9, 0]);
  });

  it("follows updates that move a snapshot to another month, and deletes", async () => {
    await api.db.prisma.engagementSnapshot.updateMany({
      where: { customerId: ids[2], periodStart: at("2025-03-01") },
      data: { periodStart: at("2025-04-01"), logins: { increment: 1 } },
    });
    await api.db.prisma.engagementSnapshot.deleteMany({ where: { customerId: ids[1], periodStart: at("2025-01-01") } });
    const months = await expectConsistent();
    expect(months.map((m) => m.logins)).toEqual([10, 34, 0, 10]);
  });

  it("leaves out soft-deleted customers, and takes them back on restore", async () => {
    await api.db.prisma.customer.update({ where: { id: ids[0] }, data: { deletedAt: at("2025-06-01") } });
    expect((await expectConsistent()).map((m) => m.customers)).toEqual([0, 1, 0, 1]);
    await api.db.prisma.customer.update({ where: { id: ids[0] }, data: { deletedAt: null } });
    expect((await expectConsistent()).map((m) => m.customers)).toEqual([1, 2, 0, 1]);
  });

  it("follows a customer's delete (cascading to its snapshots) and a truncate", async () => {
    await api.db.prisma.customer.delete({ where: { id: ids[1] } });
    expect((await expectConsistent()).map((m) => m.logins)).toEqual([10, 30, 0, 10]);
    await api.db.prisma.$executeRawUnsafe(`TRUNCATE "EngagementSnapshot"`);
    expect((await expectConsistent()).map((m) => m.logins)).toEqual([0, 0, 0, 0]);
    await api.db.prisma.engagementSnapshot.create({ data: snapshot(ids[3], "2025-04-01", 5) });
    expect((await expectConsistent()).map((m) => m.logins)).toEqual([0, 0, 0, 5]);
  });
});
