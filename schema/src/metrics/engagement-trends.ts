// Engagement per month from the monthly EngagementSnapshot rows (one per customer and month), summed in SQL. A
// month is included when its first day falls in [from, to); months without snapshots are returned with zeros.
// Unfiltered, the sums come from EngagementMonthTotal (every snapshot, summed per month by triggers) less the few
// soft-deleted customers' snapshots; a filter sums the snapshots of the customers in scope. Both give the same numbers.
import { Prisma, type PrismaClient } from "@churnstile/prisma";
import { type MetricFilter, type MetricScope, metricScope } from "./scope.ts";
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

/** The per-month sums of snapshots `e` (the columns of `per_month`). */
const SUMS = Prisma.sql`count(*) AS customers, sum(e.logins) AS logins, sum(e."activeDays") AS days, sum(e."activeWeeks") AS weeks,
  sum(e."emailsSent") AS sent, sum(e."emailsOpened") AS opened, sum(e."offersSent") AS offers, sum(e."offersRedeemed") AS redeemed`;

/** Does the filter name anything? (Only picks the faster source: both give the same answer.) */
const narrows = (filter?: MetricFilter | null) => Object.values(filter ?? {}).some((v) => v != null && v !== "");

/** CTE `per_month`: the snapshots of the months in [from, to) summed per month, for the customers in scope. */
function perMonthCte(scope: MetricScope, from: Prisma.Sql, to: Prisma.Sql, filtered: boolean): Prisma.Sql {
  const inRange = Prisma.sql`e."periodStart" >= ${from}::date AND e."periodStart" < ${to}::date`;
  if (filtered) {
    // aggregated per month first (one pass, parallel when large), then laid over the months of the range
    return Prisma.sql`per_month AS (
      SELECT e."periodStart" AS m, ${SUMS} FROM "EngagementSnapshot" e WHERE ${inRange} AND ${scope.has('e."customerId"')} GROUP BY 1)`;
  }
  // the totals count every snapshot: take away those of the (few) soft-deleted customers, each read through its
  // index (a LATERAL aggregate per customer, which the planner cannot turn into a scan of every snapshot)
  return Prisma.sql`gone AS (
      SELECT g.m, sum(g.customers) AS customers, sum(g.logins) AS logins, sum(g.days) AS days, sum(g.weeks) AS weeks,
        sum(g.sent) AS sent, sum(g.opened) AS opened, sum(g.offers) AS offers, sum(g.redeemed) AS redeemed
      FROM "Customer" c CROSS JOIN LATERAL (
        SELECT e."periodStart" AS m, ${SUMS} FROM "EngagementSnapshot" e WHERE e."customerId" = c.id AND ${inRange} GROUP BY 1) g
      WHERE c."deletedAt" IS NOT NULL GROUP BY 1),
    per_month AS (
      SELECT t."periodStart" AS m, t.snapshots - coalesce(g.customers, 0) AS customers, t.logins - coalesce(g.logins, 0) AS logins,
        t."activeDays" - coalesce(g.days, 0) AS days, t."activeWeeks" - coalesce(g.weeks, 0) AS weeks,
        t."emailsSent" - coalesce(g.sent, 0) AS sent, t."emailsOpened" - coalesce(g.opened, 0) AS opened,
        t."offersSent" - coalesce(g.offers, 0) AS offers, t."offersRedeemed" - coalesce(g.redeemed, 0) AS redeemed
      FROM "EngagementMonthTotal" t LEFT JOIN gone g ON g.m = t."periodStart"
      WHERE t."periodStart" >= ${from}::date AND t."periodStart" < ${to}::date)`;
}

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
    ${perMonthCte(scope, ts(args.from), ts(args.to), narrows(args.filter))}
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
