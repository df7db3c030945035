// The backtest's cache of as-of scores (schema/src/health/asof-cache.ts): at a month start it must give exactly what
// scoring everyone gives (`cache: false`), after writes that change some customers' signals too (they are marked
// dirty by triggers and re-scored), after a rolled-back write, and (PostgreSQL) after a write committed while the
// cache was being built. A wrong cached score of a clean customer must show, so the cache is really read.
import { DEFAULT_ANCHOR, seedDemo } from "@churnstile/prisma/demo";
import { buildHealthAsOfSnapshot, refreshHealthAsOfSnapshots } from "@churnstile/schema/health/asof-cache";
import { type BacktestArgs, healthBacktest } from "@churnstile/schema/health/backtest";
import { loadScoringModel } from "@churnstile/schema/health/model";
import { refreshHealthScores } from "@churnstile/schema/health/refresh";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, dbKinds, type TestDatabase } from "./support/database.ts";

const asOf = new Date(Date.UTC(2026, 6, 1)); // 1 July 2026, four months before the demo's today
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe.each(dbKinds)("health backtest cache (%s)", (kind) => {
  let db: TestDatabase;
  let active: number[]; // customers in the cache, ascending
  /** Customers dirty for the cache as of `asOf` (the demo load marked everyone before it was built). */
  const dirty = async () =>
    (
      await db.prisma.$queryRaw<{ id: number }[]>`SELECT d."customerId" AS id FROM "HealthDirty" d JOIN "HealthAsOfSnapshot" s
        ON s."asOf" = ${asOf} AND NOT pg_visible_in_snapshot(d.xid, s."builtSnapshot") ORDER BY 1`
    ).map((r) => r.id);
  const cachedScore = (id: number, score: number) =>
    db.prisma.$executeRaw`UPDATE "HealthAsOfScore" SET score = ${score}::int WHERE "customerId" = ${id}::int`;

  /** The cached backtest, checked against scoring everyone; returns it. */
  const same = async (args: Partial<BacktestArgs> = {}) => {
    const raw = await healthBacktest(db.prisma, { asOf, horizonDays: 90, ...args, cache: false });
    const cached = await healthBacktest(db.prisma, { asOf, horizonDays: 90, ...args });
    expect(raw.via).not.toBe("cache");
    expect(cached.via).toBe("cache");
    expect({ ...cached, via: raw.via }).toEqual(raw);
    return cached;
  };

  beforeAll(async () => {
    db = await createTestDatabase(kind);
    await seedDemo(db, { customers: 400, seed: 3 });
  }, 300_000);
  afterAll(() => db.drop());

  it("builds the cache at the first backtest of a month start and gives what scoring everyone gives", async () => {
    expect(await db.prisma.$queryRaw<unknown[]>`SELECT 1 FROM "HealthAsOfSnapshot"`).toEqual([]);
    const first = await same();
    expect(first.customers).toBeGreaterThan(150);
    active = (await db.prisma.$queryRaw<{ id: number }[]>`SELECT "customerId" AS id FROM "HealthAsOfScore" ORDER BY 1`).map((r) => r.id);
    expect(active.length).toBeGreaterThanOrEqual(first.customers);
    await same({ threshold: 70, horizonDays: 30 });
    await same({ filter: { country: "TR" } });
    // not a month start: scored as before, no cache
    expect((await healthBacktest(db.prisma, { asOf: day("2026-07-02"), horizonDays: 90 })).via).toBe("ranges");
  });

  it("reads the cached scores: a wrong one shows, until its customer is marked dirty", async () => {
    const good = await same();
    const [id] = await db.prisma.$queryRaw<{ id: number }[]>`SELECT "customerId" AS id FROM "HealthAsOfScore" WHERE score >= 50 LIMIT 1`;
    await cachedScore(id.id, 0);
    const wrong = await healthBacktest(db.prisma, { asOf, horizonDays: 90 });
    expect(wrong.flagged).toBe(good.flagged + 1);
    await db.prisma.customer.update({ where: { id: id.id }, data: { lastInteractionAt: day("2026-06-20") } });
    expect(await dirty()).toEqual([id.id]);
    await same(); // re-scored: the wrong cached score is no longer read
  });

  it("re-scores customers whose tickets, interactions, subscriptions or satisfaction changed", async () => {
    const before = await same();
    const [a, b, c, d] = active.slice(10, 14);
    await db.prisma.ticket.create({
      data: { customerId: a, kind: "COMPLAINT", channel: "EMAIL", topic: "billing", subject: "Broken", openedAt: day("2026-06-15") },
    });
    await db.prisma.interaction.create({ data: { customerId: b, kind: "CALL", summary: "Check-in", occurredAt: day("2026-06-28") } });
    await db.prisma.subscription.updateMany({ where: { customerId: c }, data: { endedAt: day("2026-05-01") } });
    await db.prisma.customer.update({ where: { id: d }, data: { satisfaction: "DISSATISFIED" } });
    expect(await dirty()).toEqual(expect.arrayContaining([a, b, c, d]));
    for (const id of [a, b, c, d]) await cachedScore(id, 0); // dirty: never read from the cache
    const after = await same();
    expect(after.customers).toBe(before.customers - 1); // c had no live subscription any more at asOf
    await same({ filter: { country: "TR" } });
  });

  it("filters by plan, country and segment as the customers are now: a move marks them dirty", async () => {
    const segments = await db.prisma.segment.findMany({ where: { name: { in: ["Gulf key accounts", "Iran and Turkey small business"] } } });
    expect(segments.length).toBe(2);
    const bySegment = async () => {
      for (const s of segments) {
        const r = await same({ filter: { segmentId: s.id } });
        await same({ filter: { segmentId: s.id, plan: "GROWTH" } });
        expect(r.customers, s.name).toBeGreaterThan(0);
      }
    };
    const tr = await same({ filter: { country: "TR" } });
    await same({ filter: { plan: "GROWTH", country: "TR" } });
    await bySegment();
    const moved = active.slice(30, 36);
    await db.prisma.$executeRawUnsafe(`UPDATE "Customer" SET country = 'TR', plan = 'GROWTH' WHERE id IN (${moved.join(",")})`);
    expect(await dirty()).toEqual(expect.arrayContaining(moved));
    const after = await same({ filter: { country: "TR" } });
    expect(after.customers).toBeGreaterThan(tr.customers);
    await same({ filter: { plan: "GROWTH" } });
    await bySegment(); // the moved customers joined the dynamic segment
  });

  it("leaves out a customer soft-deleted since the cache was built, and counts it again once restored", async () => {
    const before = await same();
    const [id] = active.slice(15);
    await db.prisma.customer.update({ where: { id }, data: { deletedAt: new Date() } });
    expect((await same()).customers).toBe(before.customers - 1);
    await db.prisma.customer.update({ where: { id }, data: { deletedAt: null } });
    expect(await same()).toEqual(before);
  });

  it("leaves no mark for a rolled-back write, and the stored-score refresh marks nobody", async () => {
    const marks = await dirty();
    const [id] = active.slice(20);
    await expect(
      db.prisma.$transaction(async (tx) => {
        await tx.ticket.create({
          data: { customerId: id, kind: "COMPLAINT", channel: "EMAIL", topic: "billing", subject: "x", openedAt: day("2026-06-01") },
        });
        throw new Error("rollback");
      }),
    ).rejects.toThrow("rollback");
    expect(await dirty()).toEqual(marks);
    await refreshHealthScores(db.prisma, { asOf: DEFAULT_ANCHOR });
    expect(await dirty()).toEqual(marks);
    await same();
  });

  it.runIf(kind === "postgres")("marks a write committed while the cache was being built dirty for it", async () => {
    const model = (await loadScoringModel(db.prisma))!;
    const [id] = active.slice(30);
    const writer = new pg.Client(db.pgConfig);
    await writer.connect();
    try {
      await writer.query("BEGIN");
      await writer.query(
        `INSERT INTO "Ticket" ("customerId", kind, channel, topic, subject, "openedAt")
         VALUES ($1, 'COMPLAINT', 'EMAIL', 'billing', 'x', '2026-06-10')`,
        [id],
      );
      await buildHealthAsOfSnapshot(db.prisma, asOf, model); // its snapshot does not see the open transaction
      await writer.query("COMMIT");
    } finally {
      await writer.end();
    }
    expect(await dirty()).toContain(id);
    await cachedScore(id, 0);
    await same();
  });

  it("is rebuilt by the scheduled refresh for the last 12 month starts, and a TRUNCATE drops every cache", async () => {
    const now = new Date(Date.UTC(2026, 10, 15));
    expect(await refreshHealthAsOfSnapshots(db.prisma, now)).toBe(12); // 11 missing, July's dirty
    expect(await db.prisma.$queryRaw<unknown[]>`SELECT 1 FROM "HealthDirty"`).toEqual([]); // every cache sees every mark: pruned
    expect(await refreshHealthAsOfSnapshots(db.prisma, now)).toBe(0);
    const snapshots = await db.prisma.$queryRaw<{ asOf: Date }[]>`SELECT "asOf" FROM "HealthAsOfSnapshot" ORDER BY 1`;
    expect(snapshots.map((s) => s.asOf.toISOString().slice(0, 7))).toEqual([
      ...["2025-12", "2026-01", "2026-02", "2026-03", "2026-04", "2026-05", "2026-06"],
      ...["2026-07", "2026-08", "2026-09", "2026-10", "2026-11"],
    ]);
    await same();
    await db.prisma.interaction.create({ data: { customerId: active[0], kind: "EMAIL", summary: "Hi", occurredAt: day("2026-03-02") } });
    expect(await refreshHealthAsOfSnapshots(db.prisma, now)).toBe(12);
    await same();
    await db.prisma.$executeRaw`TRUNCATE "Interaction"`;
    expect(await db.prisma.$queryRaw<unknown[]>`SELECT 1 FROM "HealthAsOfScore" LIMIT 1`).toEqual([]);
    await same(); // built again
  });
});
