// Engagement per month from the monthly EngagementSnapshot rows (one per customer and month), summed in SQL. A
// month is included when its first day falls in [from, to); months without snapshots are returned with zeros.
import { Prisma, type PrismaClient } from "@churnstile/prisma";
import { type MetricFilter, scopeCte } from "./scope.ts";
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
  const rows = await runMetric<Raw>(
    prisma,
    Prisma.sql`
    WITH ${await scopeCte(prisma, args.filter)},
    months AS (
      SELECT m FROM generate_series(date_trunc('month', ${ts(args.from)}), ${ts(args.to)}, interval '1 month') AS m
      WHERE m >= ${ts(args.from)} AND m < ${ts(args.to)}),
    snaps AS (
      SELECT e.* FROM "EngagementSnapshot" e JOIN scope ON scope.id = e."customerId"
      WHERE e."periodStart" >= ${ts(args.from)}::date AND e."periodStart" < ${ts(args.to)}::date)
    SELECT mo.m AS start, mo.m + interval '1 month' AS "end", count(e.id)::int AS customers,
      coalesce(sum(e.logins), 0)::float8 AS logins, coalesce(sum(e."activeDays"), 0)::float8 AS days, coalesce(sum(e."activeWeeks"), 0)::float8 AS weeks,
      coalesce(sum(e."emailsSent"), 0)::float8 AS sent, coalesce(sum(e."emailsOpened"), 0)::float8 AS opened,
      coalesce(sum(e."offersSent"), 0)::float8 AS offers, coalesce(sum(e."offersRedeemed"), 0)::float8 AS redeemed
    FROM months mo LEFT JOIN snaps e ON e."periodStart" = mo.m::date
    GROUP BY mo.m ORDER BY mo.m`,
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
