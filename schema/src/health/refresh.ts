// Keeping stored health scores current: set-based UPDATEs of score-sql.ts, by batches of customer ids.
// - refreshHealthForCustomers(tx, ids): for the write paths, inside their transaction (a few ids, no lock).
// - refreshHealthScores(db, { asOf?, customerIds? }): the given ids (batches of ids, each customer's rows read through
//   the per-customer indexes), or everyone (ranges of ids, each table read once in customer order: signals.ts).
// - startHealthRefresh(prisma, intervalMs): the scheduled full refresh, safe on several API instances: each run
//   takes a PostgreSQL advisory lock (pg_try_advisory_xact_lock, held by a transaction that lives as long as
//   the run, so a crashed instance releases it) and an instance that does not get it skips its turn. Each run also
//   rebuilds the backtest's caches of as-of scores for the last 12 month starts that changed (asof-cache.ts).
import { Prisma, type PrismaClient } from "@churnstile/prisma";
import { ts } from "../metrics/sql.ts";
import { refreshHealthAsOfSnapshots } from "./asof-cache.ts";
import { loadScoringModel, type ScoringModel } from "./model.ts";
import { customerIdRanges, type IdRange, runRangeQuery, splitIdRange } from "./range-plan.ts";
import { scoredSql } from "./score-sql.ts";
import type { Population } from "./signals.ts";

export type HealthDb = PrismaClient | Prisma.TransactionClient;

/** Customers per UPDATE statement, when given their ids. */
export const HEALTH_BATCH = 2000;
/** Customer ids per UPDATE statement of a full refresh (a range: ~20k row locks held for about a second). */
export const HEALTH_RANGE = 20_000;
/** The advisory-lock key of the scheduled refresh (any fixed bigint; "health" in ASCII). */
export const HEALTH_REFRESH_LOCK = 0x6865616c7468n;

export interface RefreshOptions {
  /** The instant the scores describe (default now); stored as healthUpdatedAt. */
  asOf?: Date;
  /** Only these customers (soft-deleted ones are skipped); default everyone not soft-deleted. */
  customerIds?: readonly number[];
  /** Only the customers with first ≤ id ≤ last (not soft-deleted), read range by range as for everyone. */
  idRange?: IdRange;
  /** Score with this model instead of the active one. */
  model?: ScoringModel;
}

const update = (model: ScoringModel, asOf: Date, who: Population) => Prisma.sql`
    UPDATE "Customer" c SET "healthScore" = s.score, "healthModelVersion" = ${model.version}::int,
      "healthFactors" = s.factors, "healthUpdatedAt" = ${ts(asOf)}
    FROM (${scoredSql(model, asOf, who)}) s
    WHERE c.id = s.id ${"ids" in who ? Prisma.empty : Prisma.sql`AND c.id BETWEEN ${who.first}::int AND ${who.last}::int`}`;

/** Scores customers with the active model (or `options.model`); returns how many were scored (0 without a model). */
export async function refreshHealthScores(db: HealthDb, options: RefreshOptions = {}): Promise<number> {
  const model = options.model ?? (await loadScoringModel(db));
  if (!model) return 0;
  const asOf = options.asOf ?? new Date();
  let scored = 0;
  if (options.customerIds) {
    const ids = [...new Set(options.customerIds)];
    for (let i = 0; i < ids.length; i += HEALTH_BATCH) {
      const chunk = ids.slice(i, i + HEALTH_BATCH);
      const target = Prisma.sql`SELECT id FROM "Customer" WHERE id = ANY(${chunk}::int[]) AND "deletedAt" IS NULL`;
      scored += await db.$executeRaw(update(model, asOf, { ids: target }));
    }
    return scored;
  }
  const ranges = options.idRange ? splitIdRange(options.idRange, HEALTH_RANGE) : await customerIdRanges(db, { size: HEALTH_RANGE });
  for (const { first, last } of ranges) {
    const who = { first, last, where: Prisma.sql`c."deletedAt" IS NULL`, live: false };
    const [row] = await runRangeQuery<{ n: number }>(
      db,
      Prisma.sql`WITH scored AS (${update(model, asOf, who)} RETURNING 1) SELECT count(*)::int AS n FROM scored`,
    );
    scored += row.n;
  }
  return scored;
}

/** For the write paths: rescore these customers now, inside the caller's transaction. */
export function refreshHealthForCustomers(tx: HealthDb, ids: readonly number[]): Promise<number> {
  return ids.length ? refreshHealthScores(tx, { customerIds: ids }) : Promise.resolve(0);
}

const running = new WeakSet<object>(); // runs of this process, per client: a slow run never overlaps the next tick
const embedded = new WeakMap<object, boolean>();

/** PGlite is one in-process session: work must go through the lock's transaction (it would wait for it otherwise). */
async function isEmbedded(prisma: PrismaClient): Promise<boolean> {
  let known = embedded.get(prisma);
  if (known === undefined) {
    const [row] = await prisma.$queryRaw<{ pglite: boolean }[]>`SELECT version() LIKE '%PGlite%' AS pglite`;
    known = row?.pglite === true;
    embedded.set(prisma, known);
  }
  return known;
}

export type Locked<T> = { ran: true; result: T } | { ran: false };

/** Runs `fn` only if no other run (this process or another instance) holds the refresh lock; otherwise skips. */
export async function withHealthRefreshLock<T>(prisma: PrismaClient, fn: (db: HealthDb) => Promise<T>): Promise<Locked<T>> {
  if (running.has(prisma)) return { ran: false };
  running.add(prisma);
  try {
    const inside = await isEmbedded(prisma);
    return await prisma.$transaction(
      async (tx): Promise<Locked<T>> => {
        const [row] = await tx.$queryRaw<{ locked: boolean }[]>`SELECT pg_try_advisory_xact_lock(${HEALTH_REFRESH_LOCK}::bigint) AS locked`;
        if (!row?.locked) return { ran: false };
        return { ran: true, result: await fn(inside ? tx : prisma) };
      },
      { timeout: 6 * 3600_000, maxWait: 30_000 },
    );
  } finally {
    running.delete(prisma);
  }
}

export interface HealthRefreshHandle {
  /** Runs one refresh now (skipped, returning null, when another run holds the lock). */
  runNow: () => Promise<number | null>;
  /** Stops the schedule and waits for a run in progress. */
  stop: () => Promise<void>;
}

/**
 * Refreshes every score every `intervalMs` (first run right away), on as many instances as you like: each tick
 * runs only where the advisory lock is free. Errors go to `onError` (default console.error) and the schedule goes on.
 */
export function startHealthRefresh(
  prisma: PrismaClient,
  intervalMs: number,
  options: {
    onError?: (e: unknown) => void;
    onRun?: (scored: number, ms: number) => void;
    /** After the as-of score caches were brought up to date: how many were rebuilt, in how long. */
    onSnapshots?: (built: number, ms: number) => void;
    runAtStart?: boolean;
  } = {},
): HealthRefreshHandle {
  if (!(intervalMs >= 1000)) throw new Error("startHealthRefresh: intervalMs must be at least 1000");
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let current: Promise<unknown> = Promise.resolve();
  const runNow = async () => {
    const started = Date.now();
    const out = await withHealthRefreshLock(prisma, async (db) => {
      const scored = await refreshHealthScores(db);
      const building = Date.now();
      return { scored, built: await refreshHealthAsOfSnapshots(db), buildMs: Date.now() - building };
    });
    if (!out.ran) return null;
    options.onRun?.(out.result.scored, Date.now() - started);
    options.onSnapshots?.(out.result.built, out.result.buildMs);
    return out.result.scored;
  };
  const tick = () => {
    current = runNow()
      .catch((e) => (options.onError ?? console.error)(e))
      .finally(() => {
        if (!stopped) timer = setTimeout(tick, intervalMs).unref();
      });
  };
  timer = setTimeout(tick, options.runAtStart === false ? intervalMs : 0).unref();
  return {
    runNow,
    stop: async () => {
      stopped = true;
      clearTimeout(timer);
      await current;
    },
  };
}
