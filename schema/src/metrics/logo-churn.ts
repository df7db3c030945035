// Logo churn per period, in one SQL statement over the shared MRR timeline (./timeline.ts; subscriptions are the
// source of truth for "MRR > 0", churn events only label a churned customer with its type / reason / owner team).
//   active at a period start = customers with MRR > 0 just before `from`, plus those whose MRR went 0 → > 0,
//     minus those whose MRR went > 0 → 0, before the period (a running count: no customers × periods join);
//   churned in the period = customers whose MRR was > 0 just before its start and is 0 just before its end (only
//     customers with a change in the period can qualify), so churn-and-return inside the period is not churn and
//     join-and-churn inside it is in neither count.
// Whole calendar periods filtered by plan / country (and one segment) at most are read from the same figures
// pre-aggregated per period (./rollups.ts): each customer's contribution to a period is exactly its part of these counts.
import { Prisma, type PrismaClient } from "@churnstile/prisma";
import { type RollupSource, rolledCte, rollupFilter, seriesRollupSource } from "./rollups.ts";
import { type MetricFilter, membershipCte, metricScope } from "./scope.ts";
import { type Granularity, periodsCte, type Ratio, ratio, runMetric, ts } from "./sql.ts";
import { timelineCtes } from "./timeline.ts";

export type LogoChurnGroupBy = "NONE" | "TYPE" | "REASON" | "CATEGORY" | "OWNER_TEAM" | "SEGMENT" | "PLAN" | "COUNTRY";

export interface LogoChurnRow {
  period: { start: Date; end: Date };
  group: string;
  churned: number;
  activeAtStart: number;
  rate: Ratio;
}

/** A customer attribute to split by: its SQL expression and the joins it needs from a customer id column `x.cid`. */
const attribute = (group: string, joins: (cid: string) => string) => ({
  group: Prisma.raw(group),
  joins: (cid: string) => Prisma.raw(joins(cid)),
});
const ALL = attribute("'ALL'", () => "");
const ATTRIBUTES: Partial<Record<LogoChurnGroupBy, typeof ALL>> = {
  PLAN: attribute("cu.plan::text", (cid) => `JOIN "Customer" cu ON cu.id = ${cid}`),
  COUNTRY: attribute("cu.country", (cid) => `JOIN "Customer" cu ON cu.id = ${cid}`),
  SEGMENT: attribute(
    "coalesce(sg.name, 'NONE')",
    (cid) => `LEFT JOIN membership m ON m.cid = ${cid} LEFT JOIN "Segment" sg ON sg.id = m.sid`,
  ),
};
// Churn-event labels: the churned customer's last non-REVENUE churn event `e` effective inside the period, with its
// primary reason `r`.
const EVENT_COLUMNS: Partial<Record<LogoChurnGroupBy, string>> = {
  TYPE: "e.type::text",
  REASON: "r.code",
  CATEGORY: "r.category::text",
  OWNER_TEAM: 'r."ownerTeam"::text',
};
// The same labels in the rollup `rolled` (label columns of a churned customer's contribution) joined to reason `r`.
const ROLLED_COLUMNS: Partial<Record<LogoChurnGroupBy, string>> = { ...EVENT_COLUMNS, TYPE: `nullif(e."churnType", '')` };

type Args = {
  from: Date;
  to: Date;
  granularity: Granularity;
  groupBy: LogoChurnGroupBy;
  filter?: MetricFilter | null;
  /** false: compute from the raw rows even where the rollups could answer (tests compare the two) */
  rollups?: boolean;
};

/**
 * CTEs start0(grp, active), counts(idx, grp, net_active, churned) and, grouped by churn label, labelled(idx, grp,
 * churned), from the raw subscriptions through the shared timeline.
 */
async function fromTimeline(prisma: PrismaClient, args: Args, attr: typeof ALL, eventColumn: string | undefined) {
  const membership = args.groupBy === "SEGMENT" ? Prisma.sql`, ${membershipCte()}` : Prisma.empty;
  const scope = await metricScope(prisma, args.filter);
  const labelled = eventColumn
    ? Prisma.sql`, labelled AS (
        SELECT st.idx, coalesce(ev.label, 'UNKNOWN') AS grp, count(*) AS churned
        FROM steps st JOIN periods p ON p.idx = st.idx
        LEFT JOIN LATERAL (
          SELECT ${Prisma.raw(eventColumn)} AS label FROM "ChurnEvent" e JOIN "ChurnReason" r ON r.id = e."primaryReasonId"
          WHERE e."customerId" = st.cid AND e.type <> 'REVENUE' AND e."effectiveAt" >= p.ps AND e."effectiveAt" < p.pe
          ORDER BY e."effectiveAt" DESC, e.id DESC LIMIT 1) ev ON true
        WHERE st.is_last AND st.at_start > 0 AND st.after = 0 GROUP BY 1, 2)`
    : Prisma.empty;
  return Prisma.sql`${scope.cte} ${membership}, ${timelineCtes(args.from, args.to, args.granularity, scope)},
    start0 AS (SELECT ${attr.group} AS grp, count(*) AS active FROM base b ${attr.joins("b.cid")} WHERE b.mrr > 0 GROUP BY 1),
    counts AS (
      SELECT st.idx, ${attr.group} AS grp,
        count(*) FILTER (WHERE st.before = 0 AND st.after > 0) - count(*) FILTER (WHERE st.before > 0 AND st.after = 0) AS net_active,
        count(*) FILTER (WHERE st.is_last AND st.at_start > 0 AND st.after = 0) AS churned
      FROM steps st ${attr.joins("st.cid")} GROUP BY 1, 2) ${labelled}`;
}

/**
 * The same CTEs from the pre-aggregated MrrRollup or SegmentRollup (./rollups.ts). By segment: each segment's sums,
 * and "NONE" = everyone (MrrRollup) less those in some segment (SegmentRollup's segment 0).
 */
function fromRollup(args: Args, source: RollupSource) {
  const grp = args.groupBy === "PLAN" ? "e.plan::text" : args.groupBy === "COUNTRY" ? "e.country" : "'ALL'";
  const facts =
    args.groupBy === "SEGMENT"
      ? Prisma.sql`facts AS (
          SELECT coalesce(sg.name, 'NONE') AS grp, sr."periodStart" AS ps, sr.joined * x.sign AS joined, sr."left" * x.sign AS "left"
          FROM "SegmentRollup" sr LEFT JOIN "Segment" sg ON sg.id = sr."segmentId"
            CROSS JOIN LATERAL (SELECT CASE WHEN sr."segmentId" = 0 THEN -1 ELSE 1 END AS sign) x
          WHERE (sg.id IS NOT NULL OR sr."segmentId" = 0) AND sr.granularity = ${args.granularity}::"MetricGranularity" AND sr."periodStart" < ${ts(args.to)} AND ${source.conditions}
          UNION ALL SELECT 'NONE', e.ps, e.joined, e."left" FROM rolled e)`
      : Prisma.sql`facts AS (SELECT ${Prisma.raw(grp)} AS grp, e.ps, e.joined, e."left" FROM rolled e)`;
  const label = ROLLED_COLUMNS[args.groupBy];
  const labelled = label
    ? Prisma.sql`, labelled AS (
        SELECT p.idx, coalesce(${Prisma.raw(label)}, 'UNKNOWN') AS grp, sum(e."left") AS churned
        FROM rolled e JOIN periods p ON p.ps = e.ps LEFT JOIN "ChurnReason" r ON r.id = e."reasonId"
        GROUP BY 1, 2 HAVING sum(e."left") > 0)`
    : Prisma.empty;
  return Prisma.sql`${rolledCte(args.to, args.granularity, source)}, ${facts},
    start0 AS (SELECT f.grp, sum(f.joined - f."left") AS active FROM facts f WHERE f.ps < ${ts(args.from)} GROUP BY 1),
    counts AS (
      SELECT p.idx, f.grp, sum(f.joined - f."left") AS net_active, sum(f."left") AS churned
      FROM facts f JOIN periods p ON p.ps = f.ps GROUP BY 1, 2) ${labelled}`;
}

export async function logoChurn(prisma: PrismaClient, args: Args): Promise<LogoChurnRow[]> {
  const attr = ATTRIBUTES[args.groupBy] ?? ALL;
  const eventColumn = EVENT_COLUMNS[args.groupBy];
  // by segment with a segment, owner or industry filter: sums no rollup holds
  const rollup =
    args.rollups === false || (args.groupBy === "SEGMENT" && !rollupFilter(args.filter))
      ? null
      : await seriesRollupSource(prisma, args.from, args.to, args.granularity, args.filter);
  const facts = rollup ? fromRollup(args, rollup) : await fromTimeline(prisma, args, attr, eventColumn);
  // Grouped by customer attribute: both counts per group. Grouped by churn event: churned per label, active = all.
  const result = eventColumn
    ? Prisma.sql`SELECT s.ps AS start, s.pe AS "end", l.grp, l.churned::int AS churned, s.active::int AS active
        FROM series s JOIN labelled l ON l.idx = s.idx ORDER BY s.ps, l.grp`
    : Prisma.sql`SELECT s.ps AS start, s.pe AS "end", s.grp, s.churned::int AS churned, s.active::int AS active FROM series s
        WHERE s.active > 0 OR s.churned > 0 OR ${args.groupBy === "NONE"}::boolean ORDER BY s.ps, s.grp`;
  const rows = await runMetric<{ start: Date; end: Date; grp: string; churned: number; active: number }>(
    prisma,
    Prisma.sql`
    WITH ${periodsCte(args.from, args.to, args.granularity)}, ${facts},
    groups AS (SELECT grp FROM start0 UNION SELECT grp FROM counts UNION SELECT 'ALL' WHERE ${attr === ALL}::boolean),
    series AS (
      SELECT p.idx, p.ps, p.pe, g.grp, coalesce(c.churned, 0) AS churned,
        coalesce(s0.active, 0) + coalesce(sum(c.net_active) OVER (PARTITION BY g.grp ORDER BY p.idx ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS active
      FROM periods p CROSS JOIN groups g LEFT JOIN start0 s0 ON s0.grp = g.grp LEFT JOIN counts c ON c.idx = p.idx AND c.grp = g.grp)
    ${result}`,
  );
  return rows.map((r) => ({
    period: { start: r.start, end: r.end },
    group: r.grp,
    churned: r.churned,
    activeAtStart: r.active,
    rate: ratio(r.churned, r.active),
  }));
}
