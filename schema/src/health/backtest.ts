// Does the score mean something? Score every customer active at `asOf` AS OF that date (the same SQL as the
// stored score, never the stored current score), flag those below the threshold, and compare with who churned
// in the `horizonDays` that followed. One statement scores and counts; ratios are worked out here.
// Scoring everyone (hundreds of thousands of customers: a model evaluation) reads each signal table once in customer
// order, a few id ranges at a time in PostgreSQL's parallel workers (range-plan.ts); a filter that leaves few
// customers reads just theirs through the per-customer indexes instead. Both give the same scores (signals.ts).
// At a UTC month start the scores come from a cache of as-of scores instead (asof-cache.ts), its customers changed
// since it was built re-scored one by one: the same result in a fraction of the time.
import { Prisma, type PrismaClient } from "@churnstile/prisma";
import { badInput } from "../errors.ts";
import { type MetricFilter, metricScope } from "../metrics/scope.ts";
import { type Ratio, ratio, ts } from "../metrics/sql.ts";
import { cachedOutcomes, isMonthStart } from "./asof-cache.ts";
import { KEYED_UP_TO, keyedOutcomes, type Outcomes, rangeOutcomes, type Totals, totalsSql } from "./backtest-sql.ts";
import { loadScoringModel } from "./model.ts";
import { customerIdRanges, runRangeQuery } from "./range-plan.ts";

/** Id ranges a backtest of everyone is split into: one per parallel worker plus the leader. */
const BACKTEST_RANGES = 3;

export interface BacktestArgs {
  asOf: Date;
  horizonDays?: number | null;
  /** Flag below this score (default: the model's atRiskBelow). */
  threshold?: number | null;
  /** Score with this version (default: the active model). */
  modelVersion?: number | null;
  filter?: MetricFilter | null;
  /** false: never read (or build) the cache of as-of scores, score everyone (tests compare the two). */
  cache?: boolean;
}

export interface BacktestResult {
  asOf: Date;
  horizonDays: number;
  modelVersion: number;
  threshold: number;
  customers: number;
  flagged: number;
  notFlagged: number;
  churnedFlagged: number;
  churnedNotFlagged: number;
  precision: Ratio;
  recall: Ratio;
  churnRateFlagged: number | null;
  churnRateOthers: number | null;
  lift: number | null;
  meanScoreChurned: number | null;
  meanScoreRetained: number | null;
  /** How the scores were read: a cache of as-of scores (its dirty customers re-scored), id ranges, or customer by customer. */
  via: "cache" | "ranges" | "customers";
}

export async function healthBacktest(prisma: PrismaClient, args: BacktestArgs): Promise<BacktestResult> {
  const horizonDays = args.horizonDays ?? 90;
  if (!Number.isInteger(horizonDays) || horizonDays < 1 || horizonDays > 730)
    throw badInput("horizonDays", "must be a whole number from 1 to 730");
  if (!(args.asOf.getTime() < Date.now())) throw badInput("asOf", "must be in the past");
  if (args.threshold != null && (args.threshold < 0 || args.threshold > 101)) throw badInput("threshold", "must be 0-101");
  const model = await loadScoringModel(prisma, args.modelVersion);
  if (!model) throw badInput("modelVersion", "there is no active health model");
  const threshold = args.threshold ?? model.atRiskBelow;
  const at = ts(args.asOf);
  const end = Prisma.sql`${at} + (${horizonDays}::int * interval '1 day')`;
  const scope = await metricScope(prisma, args.filter);
  // Active just before asOf (the metrics' rule), in the filter's scope, never soft-deleted.
  const o: Outcomes = {
    model,
    asOf: args.asOf,
    threshold,
    inScope: Prisma.sql`c."deletedAt" IS NULL AND ${scope.has("c.id")}`,
    churn: {
      mm: Prisma.sql`m.kind = 'CHURN' AND m."occurredAt" >= ${at} AND m."occurredAt" < ${end}`,
      ce: Prisma.sql`e.type <> 'REVENUE' AND e."effectiveAt" >= ${at} AND e."effectiveAt" < ${end}`,
    },
  };
  let via: BacktestResult["via"] = "cache";
  let row = args.cache === false || !isMonthStart(args.asOf) ? null : await cachedOutcomes(prisma, o, scope, args.filter);
  if (!row) {
    const few =
      args.filter != null &&
      (await prisma.$queryRaw<{ n: number }[]>`WITH ${scope.cte} SELECT count(*)::int AS n FROM scope`)[0].n <= KEYED_UP_TO;
    const ranges = few ? [] : await customerIdRanges(prisma, { count: BACKTEST_RANGES });
    via = ranges.length ? "ranges" : "customers";
    const outcomes = ranges.length
      ? Prisma.join(
          ranges.map((r) => rangeOutcomes(o, r)),
          " UNION ALL ",
        )
      : keyedOutcomes(o);
    const totals = totalsSql([scope.cte], outcomes);
    [row] = ranges.length ? await runRangeQuery<Totals>(prisma, totals, { parallel: true }) : await prisma.$queryRaw<Totals[]>(totals);
  }
  const precision = ratio(row.churnedFlagged, row.flagged);
  const recall = ratio(row.churnedFlagged, row.churnedFlagged + row.churnedNotFlagged);
  const others = ratio(row.churnedNotFlagged, row.notFlagged);
  return {
    asOf: args.asOf,
    horizonDays,
    modelVersion: model.version,
    threshold,
    customers: row.flagged + row.notFlagged,
    flagged: row.flagged,
    notFlagged: row.notFlagged,
    churnedFlagged: row.churnedFlagged,
    churnedNotFlagged: row.churnedNotFlagged,
    precision,
    recall,
    churnRateFlagged: precision.rate,
    churnRateOthers: others.rate,
    lift: precision.rate != null && others.rate ? precision.rate / others.rate : null,
    meanScoreChurned: row.meanChurned,
    meanScoreRetained: row.meanRetained,
    via,
  };
}
