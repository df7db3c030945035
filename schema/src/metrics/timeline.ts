// Each customer's MRR timeline inside [from, to), shared by logo churn and revenue churn so both read the same
// facts. Subscriptions are the source of truth: a customer's MRR changes only where one of its paid subscriptions
// starts (+mrr) or ends (−mrr); the changes at one instant are netted (an end and a cheaper restart at the same
// instant are one contraction). Cost grows with the subscriptions live at `from` plus the changes inside the
// range, not with customers × periods. Needs the CTE `scope.cte` before it.
import { Prisma } from "@churnstile/prisma";
import type { MetricScope } from "./scope.ts";
import { type Granularity, liveBefore, periodIndex, ts } from "./sql.ts";

/**
 * CTEs
 *   base(cid, mrr)      MRR of each customer just before `from` (customers with MRR > 0 only);
 *   steps(cid, at, idx, delta, before, after, at_start, is_last)
 *                       each net change in the range: the period it falls in, MRR just before and after it,
 *                       the customer's MRR just before that period started, and whether it is the customer's last
 *                       change in the period (its `after` is then the MRR just before the period's end).
 */
export function timelineCtes(from: Date, to: Date, granularity: Granularity, scope: MetricScope): Prisma.Sql {
  const f = ts(from);
  const t = ts(to);
  return Prisma.sql`base AS (
      SELECT s."customerId" AS cid, sum(s."mrrMinor")::bigint AS mrr
      FROM "Subscription" s WHERE ${liveBefore("s", f)} AND ${scope.has('s."customerId"')} GROUP BY 1),
    raw AS (
      SELECT x.cid, x.at, x.delta, ${periodIndex(from, granularity, Prisma.sql`x.at`)} AS idx FROM (
        SELECT s."customerId" AS cid, s."startedAt" AS at, s."mrrMinor"::bigint AS delta
        FROM "Subscription" s WHERE s."mrrMinor" > 0 AND s."startedAt" >= ${f} AND s."startedAt" < ${t} AND ${scope.has('s."customerId"')}
        UNION ALL
        SELECT s."customerId", s."endedAt", -s."mrrMinor"::bigint
        FROM "Subscription" s WHERE s."mrrMinor" > 0 AND s."endedAt" >= ${f} AND s."endedAt" < ${t} AND ${scope.has('s."customerId"')}
      ) x),
    -- one sort by (customer, period, instant) serves every window: the net change at each instant, the MRR after it
    -- (the running sum's default RANGE frame takes in every change at the same instant), one row per instant
    netted AS (
      SELECT r.cid, r.at, r.idx, sum(r.delta) OVER (PARTITION BY r.cid, r.idx, r.at) AS delta,
        coalesce(b.mrr, 0) + sum(r.delta) OVER (PARTITION BY r.cid ORDER BY r.idx, r.at) AS after,
        row_number() OVER (PARTITION BY r.cid, r.idx, r.at) AS nth
      FROM raw r LEFT JOIN base b ON b.cid = r.cid),
    steps AS (
      SELECT n.cid, n.at, n.idx, n.delta, n.after - n.delta AS before, n.after,
        first_value(n.after - n.delta) OVER w AS at_start, lead(n.at) OVER w IS NULL AS is_last
      FROM netted n WHERE n.nth = 1 AND n.delta <> 0
      WINDOW w AS (PARTITION BY n.cid, n.idx ORDER BY n.at))`;
}
