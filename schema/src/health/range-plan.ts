// How statements over ranges of customer ids (signals.ts) are planned and run. Each signal table is read in customer
// order from an index that starts with the customer id, grouped as it streams, and merge-joined on the customer id:
// no sort, no hash table of a million customers. The planner misjudges joins of grouped subqueries (it expects a few
// dozen customers where there are 250 000) and would pick nested loops and hash tables instead, so they are turned
// off for these statements only.
// A backtest splits the customers into a few id ranges joined by UNION ALL: with the parallel costs at zero (only a
// partial aggregate per range crosses between processes) and no parallel scans inside a range, PostgreSQL runs the
// ranges side by side in its parallel workers (Parallel Append), and aggregates them as one statement.
import type { Prisma, PrismaClient } from "@churnstile/prisma";
import type { HealthDb } from "./refresh.ts";

const PLAN = [
  "SET LOCAL jit = off", // compiling these expressions costs more than it saves
  "SET LOCAL work_mem = '64MB'",
  "SET LOCAL enable_hashjoin = off",
  "SET LOCAL enable_hashagg = off",
  "SET LOCAL enable_nestloop = off",
];
const PARALLEL_RANGES = [
  "SET LOCAL parallel_setup_cost = 0",
  "SET LOCAL parallel_tuple_cost = 0",
  "SET LOCAL min_parallel_table_scan_size = '1TB'",
  "SET LOCAL min_parallel_index_scan_size = '1TB'",
];

/** Longest such a statement may run. */
const TIMEOUT_MS = 600_000;

/**
 * Runs `query` with the range plan settings, which last only for it (its own transaction); given a transaction client
 * (the embedded database's refresh runs in its lock's transaction), until that transaction ends.
 */
export async function runRangeQuery<T>(db: HealthDb, query: Prisma.Sql, options: { parallel?: boolean } = {}): Promise<T[]> {
  const settings = options.parallel ? [...PLAN, ...PARALLEL_RANGES] : PLAN;
  if (typeof (db as Partial<PrismaClient>).$connect !== "function") {
    // a transaction client (it has no $connect): already in a transaction, which the settings then last for
    for (const s of settings) await db.$executeRawUnsafe(s);
    return db.$queryRaw<T[]>(query);
  }
  const prisma = db as PrismaClient;
  const results = await prisma.$transaction([...settings.map((s) => prisma.$executeRawUnsafe(s)), prisma.$queryRaw<T[]>(query)], {
    timeout: TIMEOUT_MS,
  });
  return results.at(-1) as T[];
}

export interface IdRange {
  first: number;
  last: number;
}

/** [first, last] cut into consecutive ranges of at most `size` ids. */
export function splitIdRange({ first, last }: IdRange, size: number): IdRange[] {
  const ranges = [];
  for (let lo = first; lo <= last; lo += size) ranges.push({ first: lo, last: Math.min(last, lo + size - 1) });
  return ranges;
}

/**
 * Ranges covering every customer id (none without customers): `count` of them, or of `size` ids each, between the
 * lowest and highest ids there are, the first and last left open so a customer added meanwhile is not missed.
 */
export async function customerIdRanges(db: HealthDb, split: { count: number } | { size: number }): Promise<IdRange[]> {
  const [bounds] = await db.$queryRaw<{ lo: number | null; hi: number | null }[]>`SELECT min(id) AS lo, max(id) AS hi FROM "Customer"`;
  if (bounds?.lo == null || bounds.hi == null) return [];
  const size = "size" in split ? split.size : Math.ceil((bounds.hi - bounds.lo + 1) / split.count);
  const ranges = splitIdRange({ first: bounds.lo, last: bounds.hi }, size);
  ranges[0].first = -2147483648;
  ranges[ranges.length - 1].last = 2147483647;
  return ranges;
}
