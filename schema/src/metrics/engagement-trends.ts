// Engagement per month from the monthly EngagementSnapshot rows (one per customer and month), summed in SQL. A
// month is included when its first day falls in [from, to); months without snapshots are returned with zeros.
import { Prisma, type PrismaClient } from "@churnstile/prisma";
import { type MetricFilter, metricScope } from "./scope.ts";
import { num, type Ratio, ratio, runMetric, ts } from "./sql.ts";

export interface EngagementMonth {
  period: { start: Date; end: Date };
  customers: number;
  logins: number;
  loginsPerCustomer: Ratio;
  activeDays: number;
  activeDaysPerCustomer: Ratio;
  activeWeeksPerCustomer: Ratio;
  emailOpenRate: Ratio;
  offerRedemptionRate: Ratio;
}

type Raw = {
  start: Date;
  end: Date;
  customers: number;
  logins: number;
  days: number;
  weeks: number;
  sent: number;
  opened: number;
  offers: number;
  redeemed: number;
};

export async function engagementTrends(
  prisma: PrismaClient,
  args: { from: Date; to: Date; filter?: MetricFilter | null },
): Promise<EngagementMonth[]> {
  const scope = await metricScope(prisma, args.filter);
  const rows = await runMetric<Raw>(
    prisma,
    Prisma.sql`
    WITH ${scope.cte},
    months AS (
      SELECT m FROM generate_series(date_trunc('month', ${ts(args.from)}), ${ts(args.to)}, interval '1 month') AS m
      WHERE m >= ${ts(args.from)} AND m < ${ts(args.to)}),
    -- aggregated per month first (one pass, parallel when large), then laid over the months of the range
    per_month AS (
      SELECT e."periodStart" AS m, count(*) AS customers, sum(e.logins) AS logins, sum(e."activeDays") AS days, sum(e."activeWeeks") AS weeks,
        sum(e."emailsSent") AS sent, sum(e."emailsOpened") AS opened, sum(e."offersSent") AS offers, sum(e."offersRedeemed") AS redeemed
      FROM "EngagementSnapshot" e
      WHERE e."periodStart" >= ${ts(args.from)}::date AND e."periodStart" < ${ts(args.to)}::date AND ${scope.has('e."customerId"')}
      GROUP BY 1)
    SELECT mo.m AS start, mo.m + interval '1 month' AS "end", coalesce(e.customers, 0)::int AS customers,
      coalesce(e.logins, 0)::float8 AS logins, coalesce(e.days, 0)::float8 AS days, coalesce(e.weeks, 0)::float8 AS weeks,
      coalesce(e.sent, 0)::float8 AS sent, coalesce(e.opened, 0)::float8 AS opened,
      coalesce(e.offers, 0)::float8 AS offers, coalesce(e.redeemed, 0)::float8 AS redeemed
    FROM months mo LEFT JOIN per_month e ON e.m = mo.m::date
    ORDER BY mo.m`,
  );
  return rows.map((r) => {
    const customers = num(r.customers);
    return {
      period: { start: r.start, end: r.end },
      customers,
      logins: num(r.logins),
      loginsPerCustomer: ratio(num(r.logins), customers),
      activeDays: num(r.days),
      activeDaysPerCustomer: ratio(num(r.days), customers),
      activeWeeksPerCustomer: ratio(num(r.weeks), customers),
      emailOpenRate: ratio(num(r.opened), num(r.sent)),
      offerRedemptionRate: ratio(num(r.redeemed), num(r.offers)),
    };
  });
}
