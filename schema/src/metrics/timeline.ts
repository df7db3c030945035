// Each customer's MRR timeline inside [from, to), shared by logo churn and revenue churn so both read the same
// facts. Subscriptions are the source of truth: a customer's MRR changes only where one of its paid subscriptions
// starts (+mrr) or ends (−mrr); the changes at one instant are netted (an end and a cheaper restart at the same
// instant are one contraction). Cost grows with the subscriptions live at `from` plus the changes inside the
// range, not with customers × periods. Needs the CTEs `periods` and `scope` before it.
import { Prisma } from "@churnstile/prisma";
import { liveBefore, ts } from "./sql.ts";

/**
 * CTEs
 *   base(cid, mrr)      MRR of each customer just before `from` (customers with MRR > 0 only);
 *   steps(cid, at, idx, delta, before, after, at_start, is_last)
 *                       each net change in the range: the period it falls in, MRR just before and after it,
 *                       the customer's MRR just before that period started, and whether it is the customer's last
 *                       change in the period (its `after` is then the MRR just before the period's end).
 */
export function timelineCtes(from: Date, to: Date): Prisma.Sql {
  const f = ts(from);
  const t = ts(to);
  return Prisma.sql`base AS (
      SELECT s."customerId" AS cid, sum(s."mrrMinor")::bigint AS mrr
      FROM "Subscription" s JOIN scope ON scope.id = s."customerId" WHERE ${liveBefore("s", f)} GROUP BY 1),
    changes AS (
      SELECT x.cid, x.at, sum(x.delta) AS delta FROM (
        SELECT s."customerId" AS cid, s."startedAt" AS at, s."mrrMinor"::bigint AS delta
        FROM "Subscription" s JOIN scope ON scope.id = s."customerId" WHERE s."mrrMinor" > 0 AND s."startedAt" >= ${f} AND s."startedAt" < ${t}
        UNION ALL
        SELECT s."customerId", s."endedAt", -s."mrrMinor"::bigint
        FROM "Subscription" s JOIN scope ON scope.id = s."customerId" WHERE s."mrrMinor" > 0 AND s."endedAt" >= ${f} AND s."endedAt" < ${t}
      ) x GROUP BY x.cid, x.at HAVING sum(x.delta) <> 0),
    running AS (
      SELECT ch.cid, ch.at, ch.delta, p.idx,
        coalesce(b.mrr, 0) + sum(ch.delta) OVER (PARTITION BY ch.cid ORDER BY ch.at) - ch.delta AS before
      FROM changes ch JOIN periods p ON ch.at >= p.ps AND ch.at < p.pe LEFT JOIN base b ON b.cid = ch.cid),
    steps AS (
      SELECT r.cid, r.at, r.idx, r.delta, r.before, r.before + r.delta AS after,
        r.before - (sum(r.delta) OVER (PARTITION BY r.cid, r.idx ORDER BY r.at) - r.delta) AS at_start,
        row_number() OVER (PARTITION BY r.cid, r.idx ORDER BY r.at DESC) = 1 AS is_last
      FROM running r)`;
}
