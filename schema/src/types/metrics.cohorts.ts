// cohortRetention: the signup-month cohort matrix, by customers or by MRR.
import { canReadMetrics } from "../access.ts";
import { builder } from "../builder.ts";
import { badInput } from "../errors.ts";
import { type CohortCell, type CohortMeasure, type CohortRow, cohortRetention } from "../metrics/cohort-retention.ts";
import { checkRange } from "../metrics/sql.ts";
import { MetricPeriod, MetricRatio, type RangeArgs, rangeArgs, SOURCE_OF_TRUTH, TIME_RULES } from "./metrics.common.ts";

const MAX_MONTHS = 60;

const CohortMeasureEnum = builder.enumType("CohortMeasure", {
  description: "What a cohort cell measures.",
  values: {
    CUSTOMERS: { description: "Share of the cohort's customers still active: active cohort customers ÷ cohort size." },
    MRR: { description: "The cohort's MRR share: the cohort's MRR at cell k ÷ its MRR at k = 0 (may exceed 1 with expansion)." },
  },
});

const CohortRetentionCell = builder.objectRef<CohortCell>("CohortRetentionCell").implement({
  description: "One cell of a cohort row: the cohort k months after its signup month.",
  fields: (t) => ({
    k: t.exposeInt("k", { description: "Months after the signup month (0 = the signup month itself)." }),
    observedAt: t.field({
      type: "DateTime",
      description: "The instant the cell is observed at: the state just before it, i.e. the close of the k-th month after signup.",
      resolve: (c) => c.observedAt,
    }),
    value: t.exposeFloat("value", {
      description: "CUSTOMERS: active cohort customers; MRR: the cohort's MRR (minor units). Equals share.numerator.",
    }),
    share: t.field({
      type: MetricRatio,
      description: "CUSTOMERS: value ÷ cohort size; MRR: value ÷ the cohort's MRR at k = 0.",
      resolve: (c) => c.share,
    }),
  }),
});

const CohortRetentionRow = builder.objectRef<CohortRow>("CohortRetentionRow").implement({
  description: "One signup-month cohort and its cells k = 0..months (only cells whose observation instant has passed).",
  fields: (t) => ({
    cohort: t.field({ type: MetricPeriod, description: "The signup month [start, end).", resolve: (r) => r.cohort }),
    customers: t.exposeInt("customers", { description: "Cohort size: customers who signed up in the month (and in [from, to))." }),
    cells: t.field({ type: [CohortRetentionCell], description: "Cells by k, ascending.", resolve: (r) => r.cells }),
  }),
});

builder.queryField("cohortRetention", (t) =>
  t.field({
    type: [CohortRetentionRow],
    authScopes: canReadMetrics,
    description:
      "Cohort retention: cohorts by signup month (Customer.signedUpAt in [from, to)); cell k = share of the cohort still active (or its MRR " +
      "share) k months later, observed at the close of the k-th month after the signup month (just before the start of month signup + k + 1). " +
      `Active = MRR > 0 then. ${SOURCE_OF_TRUTH} ${TIME_RULES}`,
    args: {
      ...rangeArgs(t),
      measure: t.arg({ type: CohortMeasureEnum, required: true, defaultValue: "CUSTOMERS", description: "CUSTOMERS (default) or MRR." }),
      months: t.arg.int({ required: true, defaultValue: 12, description: `Last cell k (0-${MAX_MONTHS}, default 12).` }),
    },
    resolve: (_root, args, ctx) => {
      const a = args as RangeArgs & { measure: CohortMeasure; months: number };
      checkRange(a.from, a.to);
      if (a.months < 0 || a.months > MAX_MONTHS) throw badInput("months", `must be between 0 and ${MAX_MONTHS}`);
      return cohortRetention(ctx.prisma, a);
    },
  }),
);
