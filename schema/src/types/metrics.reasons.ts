// reasonsBreakdown: why customers left (or paid less), per reason, category, owner team and churn type.
import { canReadMetrics } from "../access.ts";
import { builder } from "../builder.ts";
import { type BreakdownRow, type ReasonsBreakdown, reasonsBreakdown } from "../metrics/reasons-breakdown.ts";
import { checkRange } from "../metrics/sql.ts";
import { MetricRatio, type RangeArgs, rangeArgs, TIME_RULES } from "./metrics.common.ts";

const ReasonsBreakdownRow = builder.objectRef<BreakdownRow>("ReasonsBreakdownRow").implement({
  description: "Churn events of one reason, category, owner team or type.",
  fields: (t) => ({
    key: t.exposeString("key", { description: "The reason code, ReasonCategory, OwnerTeam or ChurnType value." }),
    count: t.exposeInt("count", { description: "Churn events." }),
    mrrLost: t.exposeFloat("mrrLost", { description: "Sum of their mrrLostMinor (minor units)." }),
    share: t.field({ type: MetricRatio, description: "count ÷ all churn events in the breakdown.", resolve: (r) => r.share }),
    mrrShare: t.field({ type: MetricRatio, description: "mrrLost ÷ all MRR lost in the breakdown.", resolve: (r) => r.mrrShare }),
  }),
});

const dimension = (key: "byReason" | "byCategory" | "byOwnerTeam" | "byType", what: string) => ({
  type: [ReasonsBreakdownRow] as [typeof ReasonsBreakdownRow],
  description: `${what}, most events first.`,
  resolve: (r: ReasonsBreakdown) => r[key],
});

const ReasonsBreakdownType = builder.objectRef<ReasonsBreakdown>("ReasonsBreakdown").implement({
  description: "Churn events effective in [from, to) split four ways; each split adds up to count and mrrLost.",
  fields: (t) => ({
    count: t.exposeInt("count", { description: "Churn events effective in the range (the shares' denominator)." }),
    mrrLost: t.exposeFloat("mrrLost", { description: "MRR they lost (minor units; the mrrShares' denominator)." }),
    byReason: t.field(dimension("byReason", "Per primary reason (code)")),
    byCategory: t.field(dimension("byCategory", "Per reason category")),
    byOwnerTeam: t.field(dimension("byOwnerTeam", "Per mitigation-owner team (the team that must fix the reason)")),
    byType: t.field(dimension("byType", "Per churn type")),
  }),
});

builder.queryField("reasonsBreakdown", (t) =>
  t.field({
    type: ReasonsBreakdownType,
    authScopes: canReadMetrics,
    description:
      "Reasons breakdown: churn events with effectiveAt in [from, to), by their primary reason, its category, its mitigation-owner team and " +
      "the churn type: count, MRR lost (mrrLostMinor) and share = count ÷ all events (mrrShare = MRR lost ÷ all MRR lost). Events later reversed " +
      `by a win-back still count (the departure and its reason happened). REVENUE events are included unless includeRevenue is false. ${TIME_RULES}`,
    args: {
      ...rangeArgs(t),
      includeRevenue: t.arg.boolean({
        required: true,
        defaultValue: true,
        description: "Count REVENUE churn (downgrades) too (default true).",
      }),
    },
    resolve: (_root, args, ctx) => {
      const a = args as RangeArgs & { includeRevenue: boolean };
      checkRange(a.from, a.to);
      return reasonsBreakdown(ctx.prisma, a);
    },
  }),
);
