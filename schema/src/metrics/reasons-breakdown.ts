// Churn events effective in [from, to), counted and their MRR lost summed per primary reason, reason category,
// mitigation-owner team and churn type, in one statement with GROUPING SETS (the empty set is the total).
import { Prisma, type PrismaClient } from "@churnstile/prisma";
import { type MetricFilter, metricScope } from "./scope.ts";
import { num, type Ratio, ratio, runMetric, ts } from "./sql.ts";

export interface BreakdownRow {
  key: string;
  count: number;
  mrrLost: number;
  share: Ratio;
  mrrShare: Ratio;
}
export interface ReasonsBreakdown {
  count: number;
  mrrLost: number;
  byReason: BreakdownRow[];
  byCategory: BreakdownRow[];
  byOwnerTeam: BreakdownRow[];
  byType: BreakdownRow[];
}

type Dim = "REASON" | "CATEGORY" | "OWNER_TEAM" | "TYPE" | "TOTAL";

export async function reasonsBreakdown(
  prisma: PrismaClient,
  args: { from: Date; to: Date; includeRevenue: boolean; filter?: MetricFilter | null },
): Promise<ReasonsBreakdown> {
  const revenue = args.includeRevenue ? Prisma.empty : Prisma.sql`AND e.type <> 'REVENUE'`;
  const scope = await metricScope(prisma, args.filter);
  const rows = await runMetric<{ dim: Dim; key: string | null; count: number; mrr: number }>(
    prisma,
    Prisma.sql`
    WITH ${scope.cte}
    SELECT CASE WHEN GROUPING(r.code) = 0 THEN 'REASON' WHEN GROUPING(r.category) = 0 THEN 'CATEGORY'
                WHEN GROUPING(r."ownerTeam") = 0 THEN 'OWNER_TEAM' WHEN GROUPING(e.type) = 0 THEN 'TYPE' ELSE 'TOTAL' END AS dim,
      coalesce(r.code, r.category::text, r."ownerTeam"::text, e.type::text) AS key,
      count(*)::int AS count, coalesce(sum(e."mrrLostMinor"), 0)::float8 AS mrr
    FROM "ChurnEvent" e JOIN "ChurnReason" r ON r.id = e."primaryReasonId"
    WHERE e."effectiveAt" >= ${ts(args.from)} AND e."effectiveAt" < ${ts(args.to)} ${revenue} AND ${scope.has('e."customerId"')}
    GROUP BY GROUPING SETS ((r.code), (r.category), (r."ownerTeam"), (e.type), ())
    ORDER BY 1, 3 DESC, 2`,
  );
  const total = rows.find((r) => r.dim === "TOTAL");
  const count = num(total?.count);
  const mrrLost = num(total?.mrr);
  const of = (dim: Dim) =>
    rows
      .filter((r) => r.dim === dim)
      .map((r) => ({
        key: r.key ?? "UNKNOWN",
        count: num(r.count),
        mrrLost: num(r.mrr),
        share: ratio(num(r.count), count),
        mrrShare: ratio(num(r.mrr), mrrLost),
      }));
  return { count, mrrLost, byReason: of("REASON"), byCategory: of("CATEGORY"), byOwnerTeam: of("OWNER_TEAM"), byType: of("TYPE") };
}
