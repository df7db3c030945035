// The pre-aggregated ticket facts (TicketRollup*) kept by database triggers must give ticketStats exactly what the
// raw rows give, for whole-month ranges of every length, and stay in step with a full rebuild after writes of every
// kind that can move them: tickets inserted (bulk and one by one), moved in time and between customers, answered,
// resolved, rated, re-topiced and deleted; subscriptions started, ended, repriced to zero and deleted; customers
// soft-deleted, restored and hard-deleted; customers re-planned and moved country (one by one, in bulk, together with
// a soft delete or restore, then soft- or hard-deleted); rolled-back transactions; a truncate. Every comparison is made
// without a filter and filtered by plan, by country and by both (the rollups are keyed by them).
import { seedDemo } from "@churnstile/prisma/demo";
import type { MetricFilter } from "@churnstile/schema/metrics/scope";
import { type TicketStatsArgs, ticketStats } from "@churnstile/schema/metrics/ticket-stats";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, dbKinds, type TestDatabase } from "./support/database.ts";

const ANCHOR = new Date("2026-11-01T00:00:00Z");
const month = (iso: string) => new Date(`${iso}-01T00:00:00Z`);
// whole-month ranges: one month, a quarter, a year, two years, and one running past the data
const RANGES: [string, string][] = [
  ["2026-10", "2026-11"],
  ["2026-04", "2026-07"],
  ["2025-11", "2026-11"],
  ["2024-11", "2026-11"],
  ["2026-06", "2027-02"],
];
const BAND = { tooFewBelow: 0.5, tooManyAbove: 2, topTopics: 3 };
const TABLES: [string, string][] = [
  ["TicketRollupMonth", "tickets"],
  ["TicketRollupTopic", "complaints"],
  ["TicketRollupRate", "customers"],
  ["TicketRollupCustomerMonth", "tickets"],
  ["TicketRollupPaidSpan", "subscriptions"],
];

describe.each(dbKinds)("ticket rollups on %s", (kind) => {
  let db: TestDatabase;
  const sql = (text: string) => db.prisma.$executeRawUnsafe(text);
  const rows = (table: string, count: string) =>
    db.prisma.$queryRawUnsafe<unknown[]>(`SELECT * FROM "${table}" t WHERE "${count}" <> 0 ORDER BY t`);

  // none, the busiest plan, the busiest country (lower-case: read as upper-case) and both (set in beforeAll)
  const filters: (MetricFilter | undefined)[] = [undefined];

  /** Every range and filter answered from the rollups and from the raw rows: equal, and with tickets somewhere. */
  async function expectRollupsMatchRawRows() {
    for (const filter of filters) {
      let tickets = 0;
      for (const [from, to] of RANGES) {
        const args: TicketStatsArgs = { ...BAND, from: month(from), to: month(to), filter };
        const raw = await ticketStats(db.prisma, { ...args, rollups: false });
        expect(await ticketStats(db.prisma, args), `${from} – ${to} ${JSON.stringify(filter)}`).toEqual(raw);
        tickets += raw.tickets;
      }
      expect(tickets, JSON.stringify(filter)).toBeGreaterThan(0);
    }
  }

  /** The rollups as the triggers left them equal the rollups rebuilt from scratch (rows counting zero aside). */
  async function expectInStepWithRebuild() {
    const kept = await Promise.all(TABLES.map(([table, count]) => rows(table, count)));
    await sql("SELECT ticket_rollup_rebuild()");
    const rebuilt = await Promise.all(TABLES.map(([table, count]) => rows(table, count)));
    for (const [i, [table]] of TABLES.entries()) expect(kept[i], table).toEqual(rebuilt[i]);
  }

  beforeAll(async () => {
    db = await createTestDatabase(kind);
    await seedDemo(db, { customers: 120, seed: 11, anchor: ANCHOR });
    const busiest = async (column: string) =>
      (
        await db.prisma.$queryRawUnsafe<{ v: string }[]>(
          `SELECT ${column}::text AS v FROM "Customer" GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1`,
        )
      )[0].v;
    const [plan, country] = [(await busiest("plan")) as MetricFilter["plan"], await busiest("country")];
    filters.push({ plan }, { country: country.toLowerCase() }, { plan, country });
  }, 240_000);
  afterAll(() => db?.drop());

  it("match the raw rows on the demo book, as loaded", async () => {
    await expectRollupsMatchRawRows();
    await expectInStepWithRebuild();
  }, 120_000);

  it("are read only for whole months, without a filter or filtered by plan and country alone", async () => {
    const read = async (args: TicketStatsArgs) => {
      db.sql.length = 0;
      await ticketStats(db.prisma, args);
      return db.sql.some((s) => s.includes('"TicketRollupRate"'));
    };
    const year = { ...BAND, from: month("2025-11"), to: month("2026-11") };
    expect(await read(year)).toBe(true);
    expect(await read({ ...year, filter: { plan: null, country: "" } })).toBe(true); // an empty filter selects everyone
    expect(await read({ ...year, filter: { plan: "GROWTH", country: "tr" } })).toBe(true);
    expect(await read({ ...year, filter: { plan: "GROWTH", industry: "Retail" } })).toBe(false);
    expect(await read({ ...year, filter: { country: "TR", ownerId: 1 } })).toBe(false);
    expect(await read({ ...year, from: new Date("2025-11-15T00:00:00Z") })).toBe(false);
    expect(await read({ ...year, to: new Date("2026-11-01T00:00:01Z") })).toBe(false);
  });

  it("follow writes to tickets, subscriptions and customers", async () => {
    const ids = (await db.prisma.customer.findMany({ where: { deletedAt: null }, orderBy: { id: "asc" }, select: { id: true } })).map(
      (c) => c.id,
    );
    const product = (await db.prisma.product.findFirstOrThrow()).id;
    const [a, b, c, d, e, f, g] = ids;
    const ticket = (customer: number, opened: string, kind = "COMPLAINT", topic = "rollup topic") =>
      `(${customer}, '${kind}', 'EMAIL', '${topic}', 's', '${opened}', '${opened}'::timestamp + interval '95 minutes', NULL, 4)`;
    const columns = `("customerId", kind, channel, topic, subject, "openedAt", "firstResponseAt", "resolvedAt", csat)`;
    // tickets: a bulk insert over several customers and months, then one row as the API writes it
    await sql(`INSERT INTO "Ticket" ${columns} VALUES ${[a, b, c, a].map((id, i) => ticket(id, `2026-0${i + 3}-1${i} 08:00`)).join(", ")}`);
    await sql(`INSERT INTO "Ticket" ${columns} VALUES ${ticket(d, "2026-10-31 23:59:59.999", "QUESTION", "how-to")}`);
    // moved to another month and to another customer; answered, resolved and rated; re-kinded; deleted
    await sql(`UPDATE "Ticket" SET "openedAt" = "openedAt" - interval '45 days' WHERE id % 5 = 0`);
    await sql(`UPDATE "Ticket" SET "customerId" = ${e} WHERE id % 7 = 0`);
    await sql(`UPDATE "Ticket" SET "firstResponseAt" = "openedAt" + interval '3 hours', "resolvedAt" = "openedAt" + interval '2 days',
      csat = 5, status = 'RESOLVED' WHERE id % 6 = 0`);
    await sql(`UPDATE "Ticket" SET kind = 'COMPLAINT', topic = 'moved topic' WHERE id % 11 = 0`);
    await sql(`DELETE FROM "Ticket" WHERE id % 13 = 0`);
    // subscriptions: one started, one ended, one repriced to zero (no longer paid), one deleted
    await sql(`INSERT INTO "Subscription" ("customerId", "productId", "mrrMinor", "startedAt", "endedAt") VALUES
      (${f}, ${product}, 4200, '2026-02-10', NULL), (${g}, ${product}, 900, '2025-09-03', '2026-03-01')`);
    await sql(`UPDATE "Subscription" SET "endedAt" = '2026-05-20' WHERE "customerId" = ${b} AND "endedAt" IS NULL`);
    await sql(`UPDATE "Subscription" SET "mrrMinor" = 0 WHERE "customerId" = ${c}`);
    await sql(`DELETE FROM "Subscription" WHERE id = (SELECT min(id) FROM "Subscription" WHERE "customerId" = ${d})`);
    await expectRollupsMatchRawRows();
    await expectInStepWithRebuild();

    // customers: soft-deleted (a ticket written meanwhile stays out), some restored (it comes back in), one hard-deleted
    await sql(`UPDATE "Customer" SET "deletedAt" = now() WHERE id IN (${ids.slice(10, 30).join(",")})`);
    await sql(`INSERT INTO "Ticket" ${columns} VALUES ${ticket(ids[12], "2026-09-09")}, ${ticket(ids[25], "2026-09-10")}`);
    await expectRollupsMatchRawRows();
    await sql(`UPDATE "Customer" SET "deletedAt" = NULL WHERE id IN (${ids.slice(10, 15).join(",")})`);
    await sql(`DELETE FROM "Customer" WHERE id IN (${a}, ${ids[20]})`); // one counted, one soft-deleted
    await expectRollupsMatchRawRows();
    await expectInStepWithRebuild();
  }, 180_000);

  it("follow customers' plan and country changes", async () => {
    const ids = (await db.prisma.customer.findMany({ where: { deletedAt: null }, orderBy: { id: "asc" }, select: { id: true } })).map(
      (c) => c.id,
    );
    const [plan, country] = [filters[3]?.plan, filters[3]?.country];
    const other = plan === "STARTER" ? "ENTERPRISE" : "STARTER";
    // one customer re-planned, one moved country, one both; a no-op update; then every third one in bulk, both ways
    await sql(`UPDATE "Customer" SET plan = '${other}' WHERE id = ${ids[40]}`);
    await sql(`UPDATE "Customer" SET country = CASE country WHEN '${country}' THEN 'KZ' ELSE '${country}' END WHERE id = ${ids[41]}`);
    await sql(`UPDATE "Customer" SET plan = '${plan}', country = '${country}' WHERE id = ${ids[42]}`);
    await sql(`UPDATE "Customer" SET plan = plan, country = country, name = name || '.' WHERE id = ${ids[43]}`);
    await sql(`UPDATE "Customer" SET plan = CASE WHEN plan = '${plan}' THEN '${other}' ELSE '${plan}' END::"Plan",
      country = CASE WHEN id % 2 = 0 THEN '${country}' ELSE country END WHERE id % 3 = 0`);
    await expectRollupsMatchRawRows();
    await expectInStepWithRebuild();
    // a re-planned customer's new ticket counts under its new key; re-planned and soft-deleted in one statement, and
    // restored re-planned in one; a re-planned customer soft-deleted, another hard-deleted
    await sql(`UPDATE "Customer" SET plan = '${other}' WHERE id IN (${ids[50]}, ${ids[51]}, ${ids[52]}, ${ids[53]})`);
    await sql(`INSERT INTO "Ticket" ("customerId", kind, channel, topic, subject, "openedAt", "firstResponseAt", csat)
      VALUES (${ids[50]}, 'COMPLAINT', 'EMAIL', 'replanned', 's', '2026-08-08', '2026-08-08 05:00', 2)`);
    await sql(`UPDATE "Customer" SET plan = '${plan}', "deletedAt" = now() WHERE id IN (${ids[60]}, ${ids[61]})`);
    await sql(`UPDATE "Customer" SET country = '${country}', "deletedAt" = NULL WHERE id = ${ids[60]}`);
    await sql(`UPDATE "Customer" SET "deletedAt" = now() WHERE id = ${ids[51]}`);
    await sql(`DELETE FROM "Customer" WHERE id = ${ids[52]}`);
    await expectRollupsMatchRawRows();
    await expectInStepWithRebuild();
  }, 240_000);

  it("are left as they were by a rolled-back transaction", async () => {
    const before = await Promise.all(TABLES.slice(0, 3).map(([table, count]) => rows(table, count)));
    for (const write of [`UPDATE "Customer" SET "deletedAt" = now()`, `UPDATE "Customer" SET plan = 'GROWTH', country = 'ZZ'`]) {
      await expect(
        db.prisma.$transaction(async (tx) => {
          await tx.$executeRawUnsafe(`UPDATE "Ticket" SET "openedAt" = "openedAt" + interval '40 days'`);
          await tx.$executeRawUnsafe(write);
          throw new Error("rolled back");
        }),
      ).rejects.toThrow("rolled back");
    }
    expect(await Promise.all(TABLES.slice(0, 3).map(([table, count]) => rows(table, count)))).toEqual(before);
    await expectRollupsMatchRawRows();
  }, 120_000);

  it("are emptied with the tickets they come from, keeping the paid spans", async () => {
    await sql(`TRUNCATE "Ticket"`);
    for (const table of ["TicketRollupMonth", "TicketRollupTopic", "TicketRollupCustomerMonth"]) {
      expect(await db.prisma.$queryRawUnsafe(`SELECT count(*)::int AS n FROM "${table}"`)).toEqual([{ n: 0 }]);
    }
    const year: TicketStatsArgs = { ...BAND, from: month("2025-11"), to: month("2026-11") };
    const stats = await ticketStats(db.prisma, year);
    expect([stats.tickets, stats.activeCustomers > 0]).toEqual([0, true]); // active customers, none with a ticket
    expect(stats).toEqual(await ticketStats(db.prisma, { ...year, rollups: false }));
  });
});
