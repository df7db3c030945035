// Win-back rate in one SQL statement. Churned in [from, to) = the customer's MRR fell to 0 at an instant t in the
// range (from subscriptions through MrrStep, as logo churn; REVENUE churn never zeroes MRR). Won back = a paid subscription of the
// customer starts in (t, t + windowDays), t being the customer's first churn in the range. The win-back is
// attributed to the retention action of the first REACTIVATION movement in that window (MrrMovement.
// retentionActionId → RetentionAction.kind), "NONE" when it has none.
import { Prisma, type PrismaClient } from "@churnstile/prisma";
import { type MetricFilter, metricScope } from "./scope.ts";
import { num, type Ratio, ratio, runMetric, ts } from "./sql.ts";

export interface WinBack {
  churned: number;
  wonBack: number;
  rate: Ratio;
  byAction: { actionKind: string; wonBack: number; rate: Ratio; share: Ratio }[];
}

export async function winBack(
  prisma: PrismaClient,
  args: { from: Date; to: Date; windowDays: number; filter?: MetricFilter | null },
): Promise<WinBack> {
  const window = `${args.windowDays} days`;
  const scope = await metricScope(prisma, args.filter);
  const rows = await runMetric<{ action: string | null; churned: number; won: number }>(
    prisma,
    Prisma.sql`
    WITH ${scope.cte},
    -- the customer's first churn in the range: a step of its MRR to 0 (MrrStep, kept from the subscriptions), and the
    -- customer's next step, which after a churn is its next paid start
    churned AS (
      SELECT DISTINCT ON (st."customerId") st."customerId" AS cid, st.at, st."nextAt" AS back_at FROM "MrrStep" st
      WHERE st.kind = 'CHURN' AND st.at >= ${ts(args.from)} AND st.at < ${ts(args.to)} AND ${scope.has('st."customerId"')}
      ORDER BY st."customerId", st.at),
    back AS (SELECT ch.cid, ch.at FROM churned ch WHERE ch.back_at < ch.at + ${window}::interval),
    attributed AS (
      SELECT b.cid, coalesce((
        SELECT ra.kind::text FROM "MrrMovement" mv LEFT JOIN "RetentionAction" ra ON ra.id = mv."retentionActionId"
        WHERE mv."customerId" = b.cid AND mv.kind = 'REACTIVATION' AND mv."occurredAt" > b.at AND mv."occurredAt" < b.at + ${window}::interval
        ORDER BY mv."occurredAt", mv.id LIMIT 1), 'NONE') AS action
      FROM back b)
    SELECT CASE WHEN GROUPING(action) = 0 THEN action END AS action, (SELECT count(*) FROM churned)::int AS churned, count(*)::int AS won
    FROM attributed GROUP BY GROUPING SETS ((action), ()) ORDER BY 3 DESC, 1`,
  );
  const total = rows.find((r) => r.action == null);
  const churned = num(total?.churned);
  const wonBack = num(total?.won);
  return {
    churned,
    wonBack,
    rate: ratio(wonBack, churned),
    byAction: rows
      .filter((r) => r.action != null)
      .map((r) => ({ actionKind: r.action!, wonBack: num(r.won), rate: ratio(num(r.won), churned), share: ratio(num(r.won), wonBack) })),
  };
}
