// Does the score mean something? Score every customer active at `asOf` AS OF that date (the same SQL as the
// stored score, never the stored current score), flag those below the threshold, and compare with who churned
// in the `horizonDays` that followed. One statement scores and counts; ratios are worked out here.
// Scoring everyone (hundreds of thousands of customers: a model evaluation) reads each signal table once in customer
// order, a few id ranges at a time in PostgreSQL's parallel workers (range-plan.ts); a filter that leaves few
// customers reads just theirs through the per-customer indexes instead. Both give the same scores (signals.ts).
import { Prisma, type PrismaClient } from "@churnstile/prisma";
import { badInput } from "../errors.ts";
import { type MetricFilter, metricScope } from "../metrics/scope.ts";
import { liveBefore, type Ratio, ratio, ts } from "../metrics/sql.ts";
import { loadScoringModel, type ScoringModel } from "./model.ts";
import { customerIdRanges, type IdRange, runRangeQuery } from "./range-plan.ts";
import { scoredSql } from "./score-sql.ts";

/** Id ranges a backtest of everyone is split into: one per parallel worker plus the leader. */
const BACKTEST_RANGES = 3;
/** Up to this many customers in a filter's scope, their rows are read customer by customer. */
const KEYED_UP_TO = 60_000;

export interface BacktestArgs {
  asOf: Date;
  horizonDays?: number | null;
  /** Flag below this score (default: the model's atRiskBelow). */
  threshold?: number | null;
  /** Score with this version (default: the active model). */
  modelVersion?: number | null;
  filter?: MetricFilter | null;
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
}

type Row = {
  flagged: number;
  notFlagged: number;
  churnedFlagged: number;
  churnedNotFlagged: number;
  meanChurned: number | null;
  meanRetained: number | null;
};

/** What one customer's outcome needs: who to score, as of when, below which score it is flagged, and the horizon. */
interface Outcomes {
  model: ScoringModel;
  asOf: Date;
  threshold: number;
  inScope: Prisma.Sql;
  /** Churned in the horizon: its MRR reached zero (MrrMovement `m`), or a non-REVENUE churn took effect (ChurnEvent `e`). */
  churn: { mm: Prisma.Sql; ce: Prisma.Sql };
}

/** (score, flagged, churned) per customer in scope active at asOf, read customer by customer (few customers). */
function keyedOutcomes(o: Outcomes): Prisma.Sql {
  const at = ts(o.asOf);
  const ids = Prisma.sql`SELECT c.id FROM "Customer" c WHERE ${o.inScope}
    AND EXISTS (SELECT 1 FROM "Subscription" s WHERE s."customerId" = c.id AND ${liveBefore("s", at)})`;
  return Prisma.sql`SELECT s.score, s.score < ${o.threshold}::int AS flagged,
      (EXISTS (SELECT 1 FROM "MrrMovement" m WHERE m."customerId" = s.id AND ${o.churn.mm})
       OR EXISTS (SELECT 1 FROM "ChurnEvent" e WHERE e."customerId" = s.id AND ${o.churn.ce})) AS churned
    FROM (${scoredSql(o.model, o.asOf, { ids })}) s`;
}

/** The same for the customers with ids in [first, last], one grouped pass per table (everyone, a range at a time). */
function rangeOutcomes(o: Outcomes, { first, last }: IdRange): Prisma.Sql {
  const ids = (col: string) => Prisma.sql`${Prisma.raw(col)} BETWEEN ${first}::int AND ${last}::int`;
  return Prisma.sql`SELECT s.score, s.score < ${o.threshold}::int AS flagged, (mm.id IS NOT NULL OR ce.id IS NOT NULL) AS churned
    FROM (${scoredSql(o.model, o.asOf, { first, last, where: o.inScope, live: true })}) s
    LEFT JOIN (SELECT m."customerId" AS id FROM "MrrMovement" m WHERE ${ids('m."customerId"')} AND ${o.churn.mm} GROUP BY 1) mm
      ON mm.id = s.id
    LEFT JOIN (SELECT e."customerId" AS id FROM "ChurnEvent" e WHERE ${ids('e."customerId"')} AND ${o.churn.ce} GROUP BY 1) ce
      ON ce.id = s.id`;
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
  const few =
    args.filter != null &&
    (await prisma.$queryRaw<{ n: number }[]>`WITH ${scope.cte} SELECT count(*)::int AS n FROM scope`)[0].n <= KEYED_UP_TO;
  const ranges = few ? [] : await customerIdRanges(prisma, { count: BACKTEST_RANGES });
  const totals = Prisma.sql`WITH ${scope.cte}
    SELECT COUNT(*) FILTER (WHERE flagged)::int AS flagged, COUNT(*) FILTER (WHERE NOT flagged)::int AS "notFlagged",
      COUNT(*) FILTER (WHERE flagged AND churned)::int AS "churnedFlagged",
      COUNT(*) FILTER (WHERE NOT flagged AND churned)::int AS "churnedNotFlagged",
      (AVG(score) FILTER (WHERE churned))::float8 AS "meanChurned", (AVG(score) FILTER (WHERE NOT churned))::float8 AS "meanRetained"
    FROM (${
      ranges.length
        ? Prisma.join(
            ranges.map((r) => rangeOutcomes(o, r)),
            " UNION ALL ",
          )
        : keyedOutcomes(o)
    }) o`;
  const [row] = ranges.length ? await runRangeQuery<Row>(prisma, totals, { parallel: true }) : await prisma.$queryRaw<Row[]>(totals);
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
  };
}
