// revenueChurn: MRR movements per period with gross/net MRR churn, GRR and NRR.
import { canReadMetrics } from "../access.ts";
import { builder } from "../builder.ts";
import { type RevenueChurnRow, revenueChurn } from "../metrics/revenue-churn.ts";
import { checkSeries, type Granularity } from "../metrics/sql.ts";
import { GranularityEnum, MetricPeriod, MetricRatio, type RangeArgs, rangeArgs, TIME_RULES } from "./metrics.common.ts";

const money = (description: string) => ({ description: `${description} (minor units).` });

const RevenueChurnPoint = builder.objectRef<RevenueChurnRow>("RevenueChurnPoint").implement({
  description: "MRR movements of one period: mrrAtEnd = mrrAtStart + new + reactivation + expansion − contraction − churned.",
  fields: (t) => ({
    period: t.field({ type: MetricPeriod, description: "The period [start, end).", resolve: (r) => r.period }),
    mrrAtStart: t.exposeFloat("mrrAtStart", money("MRR just before the period start: the sum of the subscriptions active then")),
    new: t.exposeFloat("new", money("MRR of customers paying for the first time (0 → > 0, no earlier paid subscription)")),
    expansion: t.exposeFloat("expansion", money("Increases of paying customers (upgrades, added subscriptions)")),
    contraction: t.exposeFloat(
      "contraction",
      money("Decreases that leave MRR > 0: downgrades, REVENUE churn, cancelling one of several subscriptions"),
    ),
    churned: t.exposeFloat("churned", money("MRR lost when a customer's MRR reached zero (its last subscription ended)")),
    reactivation: t.exposeFloat(
      "reactivation",
      money("MRR of customers paying again after reaching zero (0 → > 0 with an earlier paid subscription)"),
    ),
    mrrAtEnd: t.exposeFloat("mrrAtEnd", money("MRR just before the period end = the next period's mrrAtStart")),
    grossMrrChurn: t.field({
      type: MetricRatio,
      description: "Gross MRR churn = (churned + contraction MRR) ÷ MRR at period start.",
      resolve: (r) => r.grossMrrChurn,
    }),
    netMrrChurn: t.field({
      type: MetricRatio,
      description: "Net MRR churn = (churned + contraction − expansion − reactivation MRR) ÷ MRR at start (may be negative).",
      resolve: (r) => r.netMrrChurn,
    }),
    grr: t.field({
      type: MetricRatio,
      description: "GRR = 1 − gross MRR churn = (MRR at start − churned − contraction) ÷ MRR at start.",
      resolve: (r) => r.grr,
    }),
    nrr: t.field({
      type: MetricRatio,
      description:
        "NRR = start cohort's MRR at period end ÷ its MRR at start (new excluded): the cohort is the customers with MRR > 0 at the period start; " +
        "their expansion, contraction, churn and any return within the period count, other customers' new and reactivated MRR does not.",
      resolve: (r) => r.nrr,
    }),
  }),
});

builder.queryField("revenueChurn", (t) =>
  t.field({
    type: [RevenueChurnPoint],
    authScopes: canReadMetrics,
    description:
      "MRR movements per period: new, expansion, contraction, churn, reactivation. Cancelling one of several subscriptions is contraction; " +
      "churn only when the last one ends. REVENUE churn events appear here as contraction. Gross MRR churn = (churned + contraction) ÷ MRR " +
      "at period start; GRR = 1 − gross. Net MRR churn = (churned + contraction − expansion − reactivation MRR) ÷ MRR at start (may be negative). " +
      "NRR = start cohort's MRR at period end ÷ its MRR at start (new excluded). Source of truth: subscriptions. Each customer's MRR changes where " +
      "one of its subscriptions starts or ends; changes at the same instant are netted and classified by MRR before → after (0 → > 0: NEW, or " +
      "REACTIVATION after an earlier paid subscription; > 0 → 0: churn; up: expansion; down: contraction). The MrrMovement ledger records the " +
      `same changes; reading subscriptions keeps MRR at start and end consistent with the movements by construction. ${TIME_RULES}`,
    args: {
      ...rangeArgs(t),
      granularity: t.arg({ type: GranularityEnum, required: true, defaultValue: "MONTH", description: "Period length (default MONTH)." }),
    },
    resolve: (_root, args, ctx) => {
      const a = args as RangeArgs & { granularity: Granularity };
      checkSeries(a.from, a.to, a.granularity);
      return revenueChurn(ctx.prisma, a);
    },
  }),
);
