// A cache of as-of scores for healthBacktest at UTC month starts (migration health_asof_snapshots): every customer's
// score as of asOf with one model version ("HealthAsOfScore"), built in one REPEATABLE READ transaction whose
// pg_snapshot is stored with it. Triggers mark a customer in "HealthDirty" with the id of every transaction that
// changes what its score reads; a cached score holds iff that transaction is visible to the cache's snapshot. A
// backtest then counts the clean cached rows and re-scores only the dirty customers, customer by customer, with
// the live-subscription check of the keyed path: the same population and scores as scoring everyone.
// Built by the scheduled refresh (the last 12 month starts, active model), lazily by a backtest, and by the bench
// loader; at most MAX_SNAPSHOTS are kept.
import { Prisma, type PrismaClient } from "@churnstile/prisma";
import { parseId } from "../crud.ts";
import { rollupFilter } from "../metrics/rollups.ts";
import type { MetricFilter, MetricScope } from "../metrics/scope.ts";
import { ts } from "../metrics/sql.ts";
import { KEYED_UP_TO, keyedOutcomes, type Outcomes, type Totals, totalsSql } from "./backtest-sql.ts";
import { loadScoringModel, type ScoringModel } from "./model.ts";
import { customerIdRanges, runRangeQuery } from "./range-plan.ts";
import type { HealthDb } from "./refresh.ts";
import { scoredSql } from "./score-sql.ts";

/** Caches kept (the least recently built go first): the refresh's 12 months plus one lazily built. */
export const MAX_SNAPSHOTS = 13;
/** Month starts the scheduled refresh keeps cached, this month's included. */
export const RECENT_MONTHS = 12;
/** Customer ids per INSERT of a build (a progress step). */
const BUILD_RANGE = 100_000;
const TIMEOUT_MS = 1_800_000;

export const isMonthStart = (d: Date) => d.getTime() === Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);

/** A client (it can open transactions), as opposed to a transaction client (the embedded refresh's lock transaction). */
const isClient = (db: HealthDb): db is PrismaClient => typeof (db as Partial<PrismaClient>).$connect === "function";

/** Runs `fn` in a transaction of its own (REPEATABLE READ if asked), or in the given one. */
async function inTransaction<T>(db: HealthDb, repeatable: boolean, fn: (tx: Prisma.TransactionClient) => Promise<T>): Promise<T> {
  if (!isClient(db)) return fn(db);
  return db.$transaction(
    async (tx) => {
      if (repeatable) await tx.$executeRawUnsafe("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ");
      return fn(tx);
    },
    { timeout: TIMEOUT_MS, maxWait: 60_000 },
  );
}

/**
 * Builds, prunes of HealthDirty and a TRUNCATE's drop take turns on this lock, taken first: LOCK TABLE takes no
 * snapshot, so a build's snapshot is taken after whatever it waited for, and neither can happen during a build.
 */
const lockSnapshots = (tx: Prisma.TransactionClient) => tx.$executeRawUnsafe(`LOCK TABLE "HealthAsOfSnapshot" IN SHARE ROW EXCLUSIVE MODE`);

const snapshotKey = (asOf: Date, version: number) => Prisma.sql`"asOf" = ${ts(asOf)} AND "modelVersion" = ${version}::int`;

export interface BuildOptions {
  /** Keep a cache that exists by then (a lazy build another one beat) instead of replacing it. */
  ifMissing?: boolean;
  /** Before the first of `total` steps (done 0), and after each. */
  onProgress?: (done: number, total: number) => void;
}

/** Builds (or rebuilds: its rows are replaced) the cache of scores as of `asOf` (a UTC month start) with `model`. */
export async function buildHealthAsOfSnapshot(
  db: HealthDb,
  asOf: Date,
  model: ScoringModel,
  options: BuildOptions = {},
): Promise<{ id: number; customers: number }> {
  if (!isMonthStart(asOf)) throw new Error(`buildHealthAsOfSnapshot: ${asOf.toISOString()} is not a UTC month start`);
  const key = snapshotKey(asOf, model.version);
  return inTransaction(db, true, async (tx) => {
    await lockSnapshots(tx);
    if (options.ifMissing) {
      const [found] = await tx.$queryRaw<{ id: number; customers: number }[]>`SELECT s.id,
        (SELECT count(*)::int FROM "HealthAsOfScore" a WHERE a."snapshotId" = s.id) AS customers FROM "HealthAsOfSnapshot" s WHERE ${key}`;
      if (found) return found;
    }
    await tx.$executeRaw`DELETE FROM "HealthAsOfSnapshot" WHERE ${key}`;
    const [{ id }] = await tx.$queryRaw<{ id: number }[]>`INSERT INTO "HealthAsOfSnapshot" ("asOf", "modelVersion", "builtSnapshot")
      VALUES (${ts(asOf)}, ${model.version}::int, pg_current_snapshot()) RETURNING id`;
    const ranges = await customerIdRanges(tx, { size: BUILD_RANGE });
    let customers = 0;
    options.onProgress?.(0, ranges.length);
    for (const [i, range] of ranges.entries()) {
      // as the backtest without a filter (a soft delete or restore since marks the customer dirty)
      const scored = scoredSql(model, asOf, { ...range, where: Prisma.sql`c."deletedAt" IS NULL`, live: true });
      const [row] = await runRangeQuery<{ n: number }>(
        tx,
        Prisma.sql`WITH ins AS (INSERT INTO "HealthAsOfScore" ("snapshotId", "customerId", "score", plan, country)
          SELECT ${id}::int, s.id, s.score, c.plan, c.country FROM (${scored}) s JOIN "Customer" c ON c.id = s.id RETURNING 1)
          SELECT count(*)::int AS n FROM ins`,
      );
      customers += row.n;
      options.onProgress?.(i + 1, ranges.length);
    }
    await tx.$executeRaw`DELETE FROM "HealthAsOfSnapshot" WHERE id NOT IN
      (SELECT id FROM "HealthAsOfSnapshot" ORDER BY "builtAt" DESC, id DESC LIMIT ${MAX_SNAPSHOTS}::int)`;
    return { id, customers };
  });
}

/** CTEs `snap` (the cache, if it still exists) and `dirty(id)`: customers changed by a transaction it does not see. */
const snapAndDirty = (id: number) => [
  Prisma.sql`snap AS (SELECT "builtSnapshot" AS b FROM "HealthAsOfSnapshot" WHERE id = ${id}::int)`,
  // below the snapshot's xmin every transaction is visible to it: the index on xid skips those marks
  Prisma.sql`dirty AS (SELECT d."customerId" AS id FROM "HealthDirty" d, snap
    WHERE d.xid >= pg_snapshot_xmin(snap.b) AND NOT pg_visible_in_snapshot(d.xid, snap.b))`,
];

/**
 * The backtest totals from the cache for (asOf, model), building it when missing; null when the dirty customers in
 * scope are too many to re-score one by one (or the cache was dropped meanwhile): then everyone is scored.
 */
export async function cachedOutcomes(
  prisma: PrismaClient,
  o: Outcomes,
  scope: MetricScope,
  filter: MetricFilter | null | undefined,
): Promise<Totals | null> {
  let [snap] = await prisma.$queryRaw<{ id: number }[]>`SELECT id FROM "HealthAsOfSnapshot" WHERE ${snapshotKey(o.asOf, o.model.version)}`;
  snap ??= await buildHealthAsOfSnapshot(prisma, o.asOf, o.model, { ifMissing: true });
  const ctes = [scope.cte, ...snapAndDirty(snap.id)];
  const [{ n }] = await prisma.$queryRaw<{ n: number }[]>`WITH ${Prisma.join(ctes, ", ")}
    SELECT count(*)::int AS n FROM dirty JOIN "Customer" c ON c.id = dirty.id WHERE ${o.inScope}`;
  if (n > KEYED_UP_TO) return null;
  // churners in the horizon are few: found once by date, then matched to the cached rows
  const churned = Prisma.sql`churned AS (SELECT m."customerId" AS id FROM "MrrMovement" m WHERE ${o.churn.mm}
    UNION SELECT e."customerId" FROM "ChurnEvent" e WHERE ${o.churn.ce})`;
  // a clean row's customer is not soft-deleted and has the plan and country stored with it, a segment's current
  // members are in SegmentMembership (both index-ordered by customer); owner and industry join the scope
  const stored = rollupFilter(filter ? { ...filter, segmentId: null } : filter);
  const members = Prisma.sql`a."customerId" IN (SELECT m."customerId" FROM "SegmentMembership" m
    WHERE m."segmentId" = ${filter?.segmentId != null ? parseId(filter.segmentId, "filter.segmentId") : 0}::int)`;
  const inScope = !stored ? scope.has('a."customerId"') : filter?.segmentId != null ? Prisma.sql`${stored} AND ${members}` : stored;
  const cached = Prisma.sql`SELECT a.score, a.score < ${o.threshold}::int AS flagged, ch.id IS NOT NULL AS churned
    FROM "HealthAsOfScore" a LEFT JOIN churned ch ON ch.id = a."customerId"
    WHERE a."snapshotId" = ${snap.id}::int AND NOT EXISTS (SELECT 1 FROM dirty WHERE dirty.id = a."customerId") AND ${inScope}`;
  const rescored = keyedOutcomes({ ...o, inScope: Prisma.sql`${o.inScope} AND c.id IN (SELECT id FROM dirty)` });
  const [row] = await prisma.$queryRaw<(Totals & { cached: number })[]>(
    totalsSql([...ctes, churned], Prisma.sql`${cached} UNION ALL ${rescored}`, Prisma.sql`, (SELECT count(*) FROM snap)::int AS cached`),
  );
  return row.cached ? row : null;
}

/** Deletes the marks every cache sees past (after the lock, so no build in progress holds an older snapshot). */
export function pruneHealthDirty(db: HealthDb): Promise<number> {
  return inTransaction(db, false, async (tx) => {
    await lockSnapshots(tx);
    return tx.$executeRaw`DELETE FROM "HealthDirty" d
      WHERE NOT EXISTS (SELECT 1 FROM "HealthAsOfSnapshot" s WHERE NOT pg_visible_in_snapshot(d.xid, s."builtSnapshot"))`;
  });
}

/**
 * The scheduled refresh's part: the caches of the last RECENT_MONTHS UTC month starts with the active model, each
 * rebuilt when missing or when some customer is dirty for it; then the marks all caches see past are pruned.
 * Returns how many were built.
 */
export async function refreshHealthAsOfSnapshots(db: HealthDb, now = new Date()): Promise<number> {
  const model = await loadScoringModel(db);
  if (!model) return 0;
  let built = 0;
  for (let k = 0; k < RECENT_MONTHS; k++) {
    const asOf = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - k, 1));
    if (!(asOf < now)) continue;
    const [state] = await db.$queryRaw<{ id: number; dirty: boolean }[]>`SELECT s.id, EXISTS (SELECT 1 FROM "HealthDirty" d
        WHERE d.xid >= pg_snapshot_xmin(s."builtSnapshot") AND NOT pg_visible_in_snapshot(d.xid, s."builtSnapshot")) AS dirty
      FROM "HealthAsOfSnapshot" s WHERE ${snapshotKey(asOf, model.version)}`;
    if (state && !state.dirty) continue;
    await buildHealthAsOfSnapshot(db, asOf, model);
    built += 1;
  }
  await pruneHealthDirty(db);
  return built;
}
