// healthBacktest: would the at-risk flag have picked the customers who then churned? Scores are recomputed as of
// the given date with the same SQL as the stored scores (../health/score-sql.ts), never read from today's scores.
import { canReadMetrics } from "../access.ts";
import { builder } from "../builder.ts";
import { type BacktestResult, healthBacktest } from "../health/backtest.ts";
import type { MetricFilter } from "../metrics/scope.ts";
import { HEALTH_SCORE_RULES } from "./health.ts";
import { MetricFilterInput, MetricRatio } from "./metrics.common.ts";

const HealthBacktest = builder.objectRef<BacktestResult>("HealthBacktest").implement({
  description:
    "The at-risk flag against what happened: customers active just before asOf, scored as of asOf, flagged when score < threshold; " +
    "churned = a CHURN MRR movement or a non-REVENUE churn event effective in [asOf, asOf + horizonDays).",
  fields: (t) => ({
    asOf: t.field({ type: "DateTime", description: "The instant the scores describe.", resolve: (r) => r.asOf }),
    horizonDays: t.exposeInt("horizonDays", { description: "Days after asOf in which a churn counts." }),
    modelVersion: t.exposeInt("modelVersion", { description: "The HealthModel version that scored." }),
    threshold: t.exposeInt("threshold", { description: "Flagged = score < threshold." }),
    customers: t.exposeInt("customers", { description: "Customers active just before asOf (not soft-deleted, in the filter)." }),
    flagged: t.exposeInt("flagged", { description: "Of them, flagged at risk." }),
    notFlagged: t.exposeInt("notFlagged", { description: "Of them, not flagged." }),
    churnedFlagged: t.exposeInt("churnedFlagged", { description: "Flagged customers who churned within the horizon (true positives)." }),
    churnedNotFlagged: t.exposeInt("churnedNotFlagged", { description: "Not-flagged customers who churned within the horizon (missed)." }),
    precision: t.field({
      type: MetricRatio,
      description: "churnedFlagged ÷ flagged: how often a flag was right.",
      resolve: (r) => r.precision,
    }),
    recall: t.field({
      type: MetricRatio,
      description: "churnedFlagged ÷ (churnedFlagged + churnedNotFlagged): the share of churners flagged beforehand.",
      resolve: (r) => r.recall,
    }),
    churnRateFlagged: t.float({
      nullable: true,
      description: "churnedFlagged ÷ flagged (= precision.rate).",
      resolve: (r) => r.churnRateFlagged,
    }),
    churnRateOthers: t.float({ nullable: true, description: "churnedNotFlagged ÷ notFlagged.", resolve: (r) => r.churnRateOthers }),
    lift: t.float({
      nullable: true,
      description: "churnRateFlagged ÷ churnRateOthers: how many times more often flagged customers churned (null when undefined).",
      resolve: (r) => r.lift,
    }),
    meanScoreChurned: t.float({
      nullable: true,
      description: "Average score (as of asOf) of those who churned.",
      resolve: (r) => r.meanScoreChurned,
    }),
    meanScoreRetained: t.float({
      nullable: true,
      description: "Average score (as of asOf) of those who did not.",
      resolve: (r) => r.meanScoreRetained,
    }),
  }),
});

builder.queryField("healthBacktest", (t) =>
  t.field({
    type: HealthBacktest,
    authScopes: canReadMetrics,
    description:
      "Precision and recall of the at-risk flag against churn within the horizon, so weights and thresholds can be judged. For every customer " +
      "active just before asOf (a subscription with MRR > 0 live then; soft-deleted customers left out) the health score is computed AS OF asOf " +
      "(same SQL as the stored score, from events before asOf only; stated satisfaction only if recorded before asOf), flagged when below the " +
      `threshold, and compared with churn in [asOf, asOf + horizonDays). ${HEALTH_SCORE_RULES}`,
    args: {
      asOf: t.arg({ type: "DateTime", required: true, description: "The instant to score as of (in the past)." }),
      horizonDays: t.arg.int({ defaultValue: 90, description: "Days after asOf in which a churn counts (1-730, default 90)." }),
      threshold: t.arg.int({ description: "Flag below this score (default: the model's atRiskBelow)." }),
      modelVersion: t.arg.int({ description: "Score with this HealthModel version (default: the active one), to compare versions." }),
      filter: t.arg({ type: MetricFilterInput, description: "Which customers; all when omitted." }),
    },
    resolve: (_root, args, ctx) =>
      healthBacktest(ctx.prisma, {
        asOf: args.asOf,
        horizonDays: args.horizonDays,
        threshold: args.threshold,
        modelVersion: args.modelVersion,
        filter: args.filter as MetricFilter | null,
      }),
  }),
);
