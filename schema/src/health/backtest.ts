// Does the score mean something? Score every customer active at `asOf` AS OF that date (the same SQL as the
// stored score, never the stored current score), flag those below the threshold, and compare with who churned
// in the `horizonDays` that followed. One statement; counts come back, ratios are worked out here.
import { Prisma, type PrismaClient } from "@churnstile/prisma";
import { badInput } from "../errors.ts";
import { type MetricFilter, scopeCte } from "../metrics/scope.ts";
import { liveBefore, type Ratio, ratio, ts } from "../metrics/sql.ts";
import { loadScoringModel } from "./model.ts";
import { healthCtes } from "./score-sql.ts";

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
  // Active just before asOf (the metrics' rule), in the filter's scope, never soft-deleted.
  const target = Prisma.sql`WITH ${await scopeCte(prisma, args.filter)}
    SELECT sc.id FROM scope sc WHERE EXISTS (SELECT 1 FROM "Subscription" s WHERE s."customerId" = sc.id AND ${liveBefore("s", at)})`;
  const [row] = await prisma.$queryRaw<Row[]>`${healthCtes(model, args.asOf, target)},
    outcome AS (
      SELECT s.score, s.score < ${threshold}::int AS flagged,
        (EXISTS (SELECT 1 FROM "MrrMovement" m WHERE m."customerId" = s.id AND m.kind = 'CHURN' AND m."occurredAt" >= ${at} AND m."occurredAt" < ${end})
         OR EXISTS (SELECT 1 FROM "ChurnEvent" e WHERE e."customerId" = s.id AND e.type <> 'REVENUE' AND e."effectiveAt" >= ${at} AND e."effectiveAt" < ${end})) AS churned
      FROM scored s)
    SELECT COUNT(*) FILTER (WHERE flagged)::int AS flagged, COUNT(*) FILTER (WHERE NOT flagged)::int AS "notFlagged",
      COUNT(*) FILTER (WHERE flagged AND churned)::int AS "churnedFlagged", COUNT(*) FILTER (WHERE NOT flagged AND churned)::int AS "churnedNotFlagged",
      (AVG(score) FILTER (WHERE churned))::float8 AS "meanChurned", (AVG(score) FILTER (WHERE NOT churned))::float8 AS "meanRetained"
    FROM outcome`;
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
