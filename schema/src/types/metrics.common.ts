// What every metric shares: the filter, the granularity, ratios with their parts, periods, and the time rules of
// DESIGN.md ("Metric definitions") worded once so each field's description repeats them exactly.
// The SQL lives in ../metrics/; these files are the GraphQL surface (ANALYST and above, or an API key with `metrics`).
import { builder } from "../builder.ts";
import { PlanEnum } from "../enums.ts";
import type { MetricFilter } from "../metrics/scope.ts";
import type { Ratio } from "../metrics/sql.ts";
import { MAX_PERIODS, MAX_RANGE_YEARS } from "../metrics/sql.ts";

export const TIME_RULES =
  "Time boundaries: periods are half-open [start, end) in UTC; a subscription is active on days start ≤ d < end; " +
  '"at period start" means the state at the close of the day before the period\'s first day (just before `start`), so one ' +
  "period's end is exactly the next one's start and movements chain (end MRR = start + new + reactivation + expansion − " +
  "contraction − churn). Soft-deleted customers are left out of every metric, for every period. Every ratio returns its " +
  "numerator and denominator (rate is null when the denominator is 0). Money is in integer minor units (cents).";

export const SOURCE_OF_TRUTH =
  "Churn lives in subscriptions, its why in churn events: MRR and whether a customer is active come from subscriptions " +
  "(a customer is active when the subscriptions active then add up to MRR > 0); churn events supply type, reason and owner team.";

export const GranularityEnum = builder.enumType("MetricGranularity", {
  description: `How a metric's range is cut into periods: calendar periods overlapping [from, to), the first and last clipped to it (at most ${MAX_PERIODS} periods).`,
  values: {
    WEEK: { description: "ISO weeks, Monday 00:00 UTC to the next Monday." },
    MONTH: { description: "Calendar months (UTC)." },
    QUARTER: { description: "Calendar quarters (UTC): January, April, July, October." },
  },
});

export const MetricFilterInput = builder.inputType("MetricFilter", {
  description:
    "Narrows any metric to some customers (their current attributes); all given conditions must hold. Soft-deleted customers are always left out.",
  fields: (t) => ({
    segmentId: t.id({
      description: "Only members of this segment (a static segment's members, or the customers a dynamic segment's rule matches now).",
    }),
    plan: t.field({ type: PlanEnum, description: "Only customers on this plan." }),
    country: t.string({ description: "Only customers in this country (ISO 3166-1 alpha-2, any letter case)." }),
    industry: t.string({ description: "Only customers in this industry (any letter case)." }),
    ownerId: t.id({ description: "Only customers this staff user owns." }),
  }),
});

export const MetricRatio = builder.objectRef<Ratio>("MetricRatio").implement({
  description: "A ratio with its parts, so a BI tool can re-add across periods or groups: rate = numerator ÷ denominator.",
  fields: (t) => ({
    rate: t.float({ nullable: true, description: "numerator ÷ denominator; null when the denominator is 0.", resolve: (r) => r.rate }),
    numerator: t.exposeFloat("numerator", { description: "What is counted (or summed)." }),
    denominator: t.exposeFloat("denominator", { description: "What it is divided by." }),
  }),
});

export const MetricPeriod = builder.objectRef<{ start: Date; end: Date }>("MetricPeriod").implement({
  description: "A half-open UTC period [start, end).",
  fields: (t) => ({
    start: t.field({ type: "DateTime", description: "First instant inside the period.", resolve: (p) => p.start }),
    end: t.field({ type: "DateTime", description: "First instant after the period (the next period's start).", resolve: (p) => p.end }),
  }),
});

type QueryFieldBuilder = Parameters<Parameters<typeof builder.queryField>[1]>[0];

/** from, to and filter: the arguments every metric takes. */
export const rangeArgs = (t: QueryFieldBuilder) => ({
  from: t.arg({ type: "DateTime", required: true, description: "Start of the range (inclusive), UTC." }),
  to: t.arg({
    type: "DateTime",
    required: true,
    description: `End of the range (exclusive), UTC; after from and at most ${MAX_RANGE_YEARS} years later.`,
  }),
  filter: t.arg({ type: MetricFilterInput, description: "Which customers; all when omitted." }),
});

export type RangeArgs = { from: Date; to: Date; filter?: MetricFilter | null };
