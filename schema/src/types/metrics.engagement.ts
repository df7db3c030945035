// engagementTrends: monthly engagement of the selected customers, from EngagementSnapshot.
import { canReadMetrics } from "../access.ts";
import { builder } from "../builder.ts";
import { type EngagementMonth, engagementTrends } from "../metrics/engagement-trends.ts";
import { checkRange } from "../metrics/sql.ts";
import { MetricPeriod, MetricRatio, type RangeArgs, rangeArgs, TIME_RULES } from "./metrics.common.ts";

const EngagementTrendPoint = builder.objectRef<EngagementMonth>("EngagementTrendPoint").implement({
  description: "Engagement of one month, summed over the customers' snapshots of that month.",
  fields: (t) => ({
    period: t.field({ type: MetricPeriod, description: "The month [start, end).", resolve: (m) => m.period }),
    customers: t.exposeInt("customers", { description: "Customers with a snapshot for the month (the per-customer denominators)." }),
    logins: t.exposeFloat("logins", { description: "Logins in the month." }),
    loginsPerCustomer: t.field({ type: MetricRatio, description: "logins ÷ customers.", resolve: (m) => m.loginsPerCustomer }),
    activeDays: t.exposeFloat("activeDays", { description: "Days with activity, summed over customers." }),
    activeDaysPerCustomer: t.field({ type: MetricRatio, description: "activeDays ÷ customers.", resolve: (m) => m.activeDaysPerCustomer }),
    activeWeeksPerCustomer: t.field({
      type: MetricRatio,
      description: "Weeks with at least one login ÷ customers (weekly engagement).",
      resolve: (m) => m.activeWeeksPerCustomer,
    }),
    emailOpenRate: t.field({
      type: MetricRatio,
      description: "Email open rate = emails opened ÷ emails sent.",
      resolve: (m) => m.emailOpenRate,
    }),
    offerRedemptionRate: t.field({
      type: MetricRatio,
      description: "Offer redemption rate = offers redeemed ÷ offers sent.",
      resolve: (m) => m.offerRedemptionRate,
    }),
  }),
});

builder.queryField("engagementTrends", (t) =>
  t.field({
    type: [EngagementTrendPoint],
    authScopes: canReadMetrics,
    description:
      "Engagement per month from the monthly engagement snapshots: logins, active days, weekly engagement, email open rate (opened ÷ sent) and " +
      "offer redemption rate (redeemed ÷ sent), each ratio with its numerator and denominator. A month is included when its first day falls in " +
      `[from, to); months without snapshots are returned with zeros. ${TIME_RULES}`,
    args: rangeArgs(t),
    resolve: (_root, args, ctx) => {
      const a = args as RangeArgs;
      checkRange(a.from, a.to);
      return engagementTrends(ctx.prisma, a);
    },
  }),
);
