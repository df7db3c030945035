// SQL building blocks every metric shares, so the time rules of DESIGN.md are written once:
// periods are half-open [start, end) in UTC, and "at instant t" means the state just before t (the close
// of the day before a period's first day): a subscription counts at t when startedAt < t <= endedAt.
// Timestamps are passed as ISO strings cast to `timestamp` (the columns' type), so the session time zone
// never shifts a boundary; every parameter is a bind parameter of a tagged template.
import { Prisma, type PrismaClient } from "@churnstile/prisma";
import { badInput } from "../errors.ts";

export type Granularity = "WEEK" | "MONTH" | "QUARTER";

/** Longest range a metric accepts, and most periods a series may have. */
export const MAX_RANGE_YEARS = 5;
export const MAX_PERIODS = 160;
const DAY_MS = 86_400_000;

/** A bind parameter typed as the columns are (timestamp without time zone, UTC by convention). */
export const ts = (d: Date) => Prisma.sql`${d.toISOString()}::timestamp(3)`;

/** Subscriptions of `alias` that contribute MRR just before instant `t` (an SQL expression). */
export const liveBefore = (alias: string, t: Prisma.Sql) => {
  const a = Prisma.raw(`"${alias}"`);
  return Prisma.sql`${a}."mrrMinor" > 0 AND ${a}."startedAt" < ${t} AND (${a}."endedAt" IS NULL OR ${a}."endedAt" >= ${t})`;
};

const UNIT: Record<Granularity, { trunc: string; step: string }> = {
  WEEK: { trunc: "week", step: "1 week" },
  MONTH: { trunc: "month", step: "1 month" },
  QUARTER: { trunc: "quarter", step: "3 months" },
};

/** from < to and at most MAX_RANGE_YEARS apart; errors name the argument. */
export function checkRange(from: Date, to: Date) {
  if (!(from.getTime() < to.getTime())) throw badInput("to", "must be after from");
  const limit = new Date(from);
  limit.setUTCFullYear(limit.getUTCFullYear() + MAX_RANGE_YEARS);
  if (to > limit) throw badInput("to", `must be at most ${MAX_RANGE_YEARS} years after from`);
}

/** How many calendar periods of the granularity overlap [from, to) (UTC, weeks from Monday). */
export function periodCount(from: Date, to: Date, granularity: Granularity): number {
  const y = from.getUTCFullYear();
  const m = from.getUTCMonth();
  let start =
    granularity === "WEEK"
      ? Date.UTC(y, m, from.getUTCDate()) - ((from.getUTCDay() + 6) % 7) * DAY_MS
      : Date.UTC(y, granularity === "QUARTER" ? m - (m % 3) : m, 1);
  let n = 0;
  while (start < to.getTime()) {
    n += 1;
    const d = new Date(start);
    start =
      granularity === "WEEK" ? start + 7 * DAY_MS : Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + (granularity === "QUARTER" ? 3 : 1), 1);
  }
  return n;
}

/** checkRange, plus a bound on the number of periods the granularity cuts the range into. */
export function checkSeries(from: Date, to: Date, granularity: Granularity) {
  checkRange(from, to);
  const periods = periodCount(from, to, granularity);
  if (periods > MAX_PERIODS) {
    throw badInput(
      "granularity",
      `${granularity} cuts this range into ${periods} periods; at most ${MAX_PERIODS}: use a coarser granularity or a shorter range`,
    );
  }
}

/**
 * CTE `periods(idx, ps, pe)`: the calendar weeks (ISO, from Monday) / months / quarters overlapping [from, to),
 * clipped to it, so the first starts at `from`, the last ends at `to` and each end is the next one's start.
 */
export function periodsCte(from: Date, to: Date, granularity: Granularity) {
  const { trunc, step } = UNIT[granularity];
  // an integer series of known length (computed above), so the planner knows how many periods there are
  return Prisma.sql`periods AS (
    SELECT i + 1 AS idx, GREATEST(x.b, ${ts(from)}) AS ps, LEAST(x.b + ${step}::interval, ${ts(to)}) AS pe
    FROM generate_series(0, ${periodCount(from, to, granularity) - 1}::int) AS i,
      LATERAL (SELECT date_trunc(${trunc}::text, ${ts(from)}) + i * ${step}::interval AS b) AS x
    WHERE x.b < ${ts(to)})`;
}

/**
 * SQL: the `periods` idx of instant `at` (an SQL expression), for `from` ≤ at < `to`: the same period the range join
 * `at >= ps AND at < pe` finds, computed by calendar arithmetic so large row sets need no join with `periods`.
 */
export function periodIndex(from: Date, granularity: Granularity, at: Prisma.Sql): Prisma.Sql {
  if (granularity === "WEEK") {
    const monday = Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), from.getUTCDate()) - ((from.getUTCDay() + 6) % 7) * DAY_MS;
    return Prisma.sql`(floor(extract(epoch FROM ${at} - ${ts(new Date(monday))}) / 604800)::int + 1)`;
  }
  const first = from.getUTCFullYear() * 12 + from.getUTCMonth(); // months since year 0 of the first period's month
  const months = Prisma.sql`((extract(year FROM ${at})::int * 12 + extract(month FROM ${at})::int - 1) - ${first - (granularity === "QUARTER" ? first % 3 : 0)}::int)`;
  return granularity === "QUARTER" ? Prisma.sql`(${months} / 3 + 1)` : Prisma.sql`(${months} + 1)`;
}

/** A ratio with its parts; rate is null when the denominator is 0 (nothing to divide by, e.g. an empty period). */
export interface Ratio {
  numerator: number;
  denominator: number;
  rate: number | null;
}
export const ratio = (numerator: number, denominator: number): Ratio => ({
  numerator,
  denominator,
  rate: denominator === 0 ? null : numerator / denominator,
});

/** A number from a raw row (counts may come back as bigint, missing aggregates as null). */
export const num = (v: unknown): number => Number(v ?? 0);

/** Longest a metric statement may run (Prisma's default transaction timeout of 5 s is too short for large data). */
export const METRIC_TIMEOUT_MS = 120_000;

/**
 * Runs one metric statement in its own transaction, with settings that last only for it: JIT off (these plans are
 * costed high enough to trigger JIT on PostgreSQL, whose compilation then takes longer than the query itself) and
 * work_mem raised so the timeline's sorts and hashes stay in memory instead of spilling to disk.
 */
export async function runMetric<T>(prisma: PrismaClient, query: Prisma.Sql): Promise<T[]> {
  const [, , rows] = await prisma.$transaction(
    [prisma.$executeRaw`SET LOCAL jit = off`, prisma.$executeRaw`SET LOCAL work_mem = '64MB'`, prisma.$queryRaw<T[]>(query)],
    { timeout: METRIC_TIMEOUT_MS },
  );
  return rows;
}
