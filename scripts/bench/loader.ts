// Loads the benchmark data set inside PostgreSQL: set-based INSERT … SELECT over generate_series, chunked so a
// progress bar can move and two connections keep both cores busy. During the load, secondary indexes are dropped
// (rebuilt once at the end, far faster than row-by-row maintenance) and foreign-key triggers are off
// (session_replication_role = replica; the generator derives every reference from the same story). Then ANALYZE,
// every customer's health score as of the anchor, so atRiskCustomers has something to read, and the cache of as-of
// scores the backtest reads.
import type { Database } from "@churnstile/prisma";
import { seedReferenceData } from "@churnstile/prisma/reference-data";
import { buildHealthAsOfSnapshot } from "@churnstile/schema/health/asof-cache";
import { loadScoringModel } from "@churnstile/schema/health/model";
import { HEALTH_RANGE, refreshHealthScores } from "@churnstile/schema/health/refresh";
import pg from "pg";
import { PRODUCTS } from "./catalogue.ts";
import { churnEventsSql, retentionActionsSql, segmentsSql, snapshotsSql, ticketsSql } from "./load-activity.ts";
import { customersSql, movementsSql, STORY_TABLE, storySql, subscriptionsSql } from "./load-customers.ts";
import { backtestAsOf } from "./operations.ts";
import { chunks, type Progress, progress, runQueue } from "./progress.ts";

const WORKERS = 2;
const TABLES = [
  "Customer",
  "Subscription",
  "MrrMovement",
  "ChurnEvent",
  "RetentionAction",
  "Ticket",
  "EngagementSnapshot",
  "SegmentMember",
];

export interface LoadResult {
  rows: Record<string, number>;
  seconds: number;
}

// Session settings of the loading connections: no FK triggers while loading, no wait for WAL flushes, room to sort.
const SESSION = "-c session_replication_role=replica -c synchronous_commit=off -c work_mem=256MB -c maintenance_work_mem=1GB -c jit=off";
/** Every step's parameters, typed once (a step that does not read one of them still gets it). */
const PARAMS = "WITH bench_params AS (SELECT $1::int AS lo, $2::int AS hi, $3::timestamp AS anchor, $4::int AS n)";

export async function loadBenchData(db: Database, customers: number, anchor: Date): Promise<LoadResult> {
  const started = performance.now();
  const pool = new pg.Pool({ ...db.pgConfig, max: WORKERS, options: SESSION });
  try {
    await seedReferenceData(db.prisma);
    await db.prisma.product.createMany({ data: PRODUCTS.map((p, i) => ({ id: i + 1, ...p })) });
    await db.prisma.user.createMany({
      // owners and assignees; "!" is no argon2 hash, so nobody can log in as them
      data: Array.from({ length: 12 }, (_, i) => ({
        email: `owner${i + 1}@bench.example`,
        name: `Owner ${i + 1}`,
        role: "AGENT" as const,
        passwordHash: "!",
      })),
    });
    const owners = (await db.prisma.user.findMany({ select: { id: true }, orderBy: { id: "asc" } })).map((u) => u.id);

    await pool.query(`CREATE SCHEMA IF NOT EXISTS bench; DROP TABLE IF EXISTS bench.story;
      CREATE OR REPLACE FUNCTION bench.rnd(i bigint, salt bigint) RETURNS float8 LANGUAGE sql IMMUTABLE PARALLEL SAFE
        AS 'SELECT (hashint8extended(i, salt) & 9007199254740991)::float8 / 9007199254740992.0';
      ${STORY_TABLE}`);
    const indexes = await dropSecondaryIndexes(pool);

    const params = (lo: number, hi: number) => [lo, hi, anchor.toISOString(), customers];
    const step = async (label: string, sql: string, total: number, size: number, extra: unknown[] = []) => {
      const bar = progress(label, total);
      await runQueue(
        chunks(total, size).map(([lo, hi]) => async () => {
          await pool.query(`${PARAMS} ${sql}`, [...params(lo, hi), ...extra]);
          bar.tick(hi - lo + 1);
        }),
        WORKERS,
      );
      bar.done();
    };
    const perChunk = Math.max(1000, Math.ceil(customers / 20));
    await step("customer stories", storySql, customers, perChunk, [owners]);
    await step("customers", customersSql, customers, perChunk);
    await step("subscriptions", subscriptionsSql, customers, perChunk);
    await step("churn events", churnEventsSql, customers, perChunk);
    await step("retention actions", retentionActionsSql, customers, perChunk);
    await step("MRR movements", movementsSql, customers, perChunk);
    await step("tickets", ticketsSql, 3 * customers, perChunk * 2);
    await pool.query("SELECT ticket_rollup_rebuild()"); // its triggers were off (replica role) while loading
    await step("engagement", snapshotsSql, customers, perChunk);
    await pool.query("SELECT engagement_month_total_rebuild()"); // its triggers were off (replica role) while loading
    for (const sql of segmentsSql) await pool.query(sql, sql.includes("$") ? params(1, customers) : []);
    for (const table of ["Customer", "Subscription", "ChurnEvent", "RetentionAction", "Ticket", "Product", "Segment"]) {
      await pool.query(
        `SELECT setval(pg_get_serial_sequence('"${table}"', 'id'), (SELECT coalesce(max(id), 0) + 1 FROM "${table}"), false)`,
      );
    }

    const bar = progress("indexes", indexes.length);
    await runQueue(
      indexes.map((ddl) => async () => {
        await pool.query(ddl);
        bar.tick(1);
      }),
      WORKERS,
    );
    bar.done();
    const analyze = progress("analyze", 1);
    await pool.query("DROP TABLE bench.story");
    await pool.query("VACUUM ANALYZE"); // also sets the visibility map, so index-only scans skip the heap
    analyze.tick(1);
    analyze.done();

    await rebuildMrrRollups(pool, customers);
    await refreshHealth(db, customers, anchor);
    await rebuildSegmentRollups(pool);
    await pool.query(`VACUUM ANALYZE "Customer"`); // the score UPDATE rewrote every customer row
    await buildBacktestCache(db, pool, anchor);
    const rows: Record<string, number> = {};
    for (const table of TABLES) rows[table] = Number((await pool.query(`SELECT count(*) AS n FROM "${table}"`)).rows[0].n);
    return { rows, seconds: (performance.now() - started) / 1000 };
  } finally {
    await pool.end();
  }
}

/** Drops the indexes of the loaded tables that back no constraint; returns the DDL that rebuilds them. */
async function dropSecondaryIndexes(pool: pg.Pool): Promise<string[]> {
  const { rows } = await pool.query<{ name: string; ddl: string }>(
    `SELECT i.indexrelid::regclass::text AS name, pg_get_indexdef(i.indexrelid) AS ddl FROM pg_index i
     WHERE i.indrelid = ANY($1::regclass[]) AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)`,
    [TABLES.map((t) => `"${t}"`)],
  );
  for (const r of rows) await pool.query(`DROP INDEX ${r.name}`);
  // biggest tables first, so the two workers finish together
  return rows.map((r) => r.ddl).sort((a, b) => Number(b.includes('"Ticket"')) - Number(a.includes('"Ticket"')));
}

/**
 * The MRR and cohort rollups (migration mrr_rollups), whose triggers were off while loading (replica role): every
 * customer re-contributed, in id chunks on one connection (the chunks would only queue for the same rollup rows).
 */
async function rebuildMrrRollups(pool: pg.Pool, customers: number) {
  const bar = progress("MRR rollups", customers);
  for (const [lo, hi] of chunks(customers, 50_000)) {
    await pool.query(`SELECT mrr_recontribute(ARRAY(SELECT id FROM "Customer" WHERE id BETWEEN $1 AND $2))`, [lo, hi]);
    bar.tick(hi - lo + 1);
  }
  bar.done();
  await pool.query(`VACUUM ANALYZE "MrrStep", "MrrContribution", "MrrRollup", "CohortContribution", "CohortRollup"`);
}

/** Health scores of every customer as of the anchor, in id ranges (each read in one pass per table) on two connections. */
async function refreshHealth(db: Database, customers: number, anchor: Date) {
  const bar = progress("health scores", customers);
  await runQueue(
    chunks(customers, HEALTH_RANGE).map(([first, last]) => async () => {
      await refreshHealthScores(db.prisma, { asOf: anchor, idRange: { first, last } });
      bar.tick(last - first + 1);
    }),
    WORKERS,
  );
  bar.done();
}

/**
 * The backtest's cache of as-of scores for the month the benchmark asks about. Its triggers were off while loading
 * (replica role), so no change is marked in HealthDirty that the cache would not see: it starts empty.
 */
async function buildBacktestCache(db: Database, pool: pg.Pool, anchor: Date) {
  const model = await loadScoringModel(db.prisma);
  if (!model) return;
  await pool.query(`TRUNCATE "HealthDirty"`);
  let bar: Progress | undefined;
  await buildHealthAsOfSnapshot(db.prisma, backtestAsOf(anchor), model, {
    onProgress: (done, total) => {
      bar ??= progress("backtest cache", total);
      if (done) bar.tick(1);
    },
  });
  bar?.done();
  await pool.query(`VACUUM ANALYZE "HealthAsOfSnapshot", "HealthAsOfScore"`);
}

/** Segment membership and its sums (migration segment_rollups): its triggers were off while loading (replica role). */
async function rebuildSegmentRollups(pool: pg.Pool) {
  const bar = progress("segment rollups", 1);
  await pool.query("SET session_replication_role = origin; SELECT segment_membership_rebuild(); SET session_replication_role = replica");
  await pool.query(`VACUUM ANALYZE "SegmentMembership", "SegmentRollup"`);
  bar.tick(1);
  bar.done();
}
