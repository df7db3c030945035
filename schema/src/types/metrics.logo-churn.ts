// logoChurn: how many of the customers at a period's start had left by its end, by period and optional group.
import { canReadMetrics } from "../access.ts";
import { builder } from "../builder.ts";
import { type LogoChurnGroupBy, type LogoChurnRow, logoChurn } from "../metrics/logo-churn.ts";
import { checkSeries, type Granularity } from "../metrics/sql.ts";
import { GranularityEnum, MetricPeriod, MetricRatio, type RangeArgs, rangeArgs, SOURCE_OF_TRUTH, TIME_RULES } from "./metrics.common.ts";

const EVENT_GROUP = "each churned customer is attributed to its last non-REVENUE churn event effective in the period (UNKNOWN if none)";

export const LogoChurnGroupByEnum = builder.enumType("LogoChurnGroupBy", {
  description: "How logo churn is split within each period.",
  values: {
    NONE: { description: "One row per period, group ALL." },
    TYPE: {
      description: `By churn type: ${EVENT_GROUP}; activeAtStart stays the whole period's count, so the groups' rates add up to the period's rate.`,
    },
    REASON: { description: `By primary churn-reason code: ${EVENT_GROUP}; activeAtStart is the whole period's count.` },
    CATEGORY: { description: `By reason category: ${EVENT_GROUP}; activeAtStart is the whole period's count.` },
    OWNER_TEAM: { description: `By the reason's mitigation-owner team: ${EVENT_GROUP}; activeAtStart is the whole period's count.` },
    SEGMENT: {
      description:
        "By segment (name; NONE for customers in no segment): both counts per segment; a customer in several segments counts in each.",
    },
    PLAN: { description: "By the customer's current plan: both counts per plan." },
    COUNTRY: { description: "By the customer's country: both counts per country." },
  },
});

const LogoChurnPoint = builder.objectRef<LogoChurnRow>("LogoChurnPoint").implement({
  description: "Logo churn of one period (and group).",
  fields: (t) => ({
    period: t.field({ type: MetricPeriod, description: "The period [start, end).", resolve: (r) => r.period }),
    group: t.exposeString("group", {
      description: "The group's key (ALL when groupBy is NONE). Grouped series list only groups with rows in the period.",
    }),
    churned: t.exposeInt("churned", { description: "Customers active at the period start whose MRR is zero at its end (in this group)." }),
    activeAtStart: t.exposeInt("activeAtStart", { description: "Customers active at the period start (MRR > 0 just before start)." }),
    rate: t.field({ type: MetricRatio, description: "Logo churn rate = churned ÷ activeAtStart.", resolve: (r) => r.rate }),
  }),
});

builder.queryField("logoChurn", (t) =>
  t.field({
    type: [LogoChurnPoint],
    authScopes: canReadMetrics,
    description:
      "Logo churn per period. Logo churn rate for a period = customers active at the period start whose MRR is zero at its end ÷ " +
      "customers active at the period start (so a customer who churned and came back within the period is not counted, and one " +
      `who joined and churned within it is in neither count). REVENUE events never count here. ${SOURCE_OF_TRUTH} ${TIME_RULES}`,
    args: {
      ...rangeArgs(t),
      granularity: t.arg({ type: GranularityEnum, required: true, defaultValue: "MONTH", description: "Period length (default MONTH)." }),
      groupBy: t.arg({
        type: LogoChurnGroupByEnum,
        required: true,
        defaultValue: "NONE",
        description: "How to split each period (default NONE).",
      }),
    },
    resolve: (_root, args, ctx) => {
      const a = args as RangeArgs & { granularity: Granularity; groupBy: LogoChurnGroupBy };
      checkSeries(a.from, a.to, a.granularity);
      return logoChurn(ctx.prisma, a);
    },
  }),
);
