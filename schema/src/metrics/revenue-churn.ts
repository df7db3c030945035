// MRR movements per period, derived in SQL from subscriptions (the source of truth for MRR; the MrrMovement
// ledger that commands write is a record of the same changes) through the shared timeline (./timeline.ts).
// Each net change of a customer's MRR is classified by the MRR before and after it:
//   0 → >0 : NEW (no earlier paid subscription) or REACTIVATION;  >0 → 0 : CHURN;
//   up : EXPANSION;  down (still > 0) : CONTRACTION.
// MRR at a period's start is the MRR just before it, so end = start + new + reactivation + expansion − contraction −
// churn holds by construction and one period's end is the next one's start. Whole calendar periods filtered by plan /
// country (and one segment) at most are read from the same sums pre-aggregated per period (./rollups.ts).
import { Prisma, type PrismaClient } from "@churnstile/prisma";
import { type RollupSource, rolledCte, seriesRollupSource } from "./rollups.ts";
import { type MetricFilter, metricScope } from "./scope.ts";
import { type Granularity, num, periodsCte, type Ratio, ratio, runMetric, ts } from "./sql.ts";
import { timelineCtes } from "./timeline.ts";

export interface RevenueChurnRow {
  period: { start: Date; end: Date };
  mrrAtStart: number;
  new: number;
  expansion: number;
  contraction: number;
  churned: number;
  reactivation: number;
  mrrAtEnd: number;
  grossMrrChurn: Ratio;
  netMrrChurn: Ratio;
  grr: Ratio;
  nrr: Ratio;
}

type Raw = {
  start: Date;
  end: Date;
  mrr_start: number;
  new: number;
  expansion: number;
  contraction: number;
  churned: number;
  reactivation: number;
  net: number;
  cohort_delta: number;
};

type Args = {
  from: Date;
  to: Date;
  granularity: Granularity;
  filter?: MetricFilter | null;
  /** false: compute from the raw rows even where the rollups could answer (tests compare the two) */
  rollups?: boolean;
};

/** CTEs base(mrr) (MRR just before `from`, per customer) and moves(idx, new, …, net), from the raw subscriptions. */
async function fromTimeline(prisma: PrismaClient, args: Args) {
  const scope = await metricScope(prisma, args.filter);
  return Prisma.sql`${scope.cte}, ${timelineCtes(args.from, args.to, args.granularity, scope)},
    classified AS MATERIALIZED (
      SELECT st.idx, st.delta, st.at_start,
        CASE WHEN st.before = 0 THEN
               CASE WHEN EXISTS (SELECT 1 FROM "Subscription" s WHERE s."customerId" = st.cid AND s."mrrMinor" > 0 AND s."startedAt" < st.at)
                    THEN 'REACTIVATION' ELSE 'NEW' END
             WHEN st.after = 0 THEN 'CHURN'
             WHEN st.delta > 0 THEN 'EXPANSION' ELSE 'CONTRACTION' END AS kind
      FROM steps st),
    moves AS (
      SELECT idx,
        sum(delta) FILTER (WHERE kind = 'NEW') AS new,
        sum(delta) FILTER (WHERE kind = 'EXPANSION') AS expansion,
        sum(-delta) FILTER (WHERE kind = 'CONTRACTION') AS contraction,
        sum(-delta) FILTER (WHERE kind = 'CHURN') AS churned,
        sum(delta) FILTER (WHERE kind = 'REACTIVATION') AS reactivation,
        -- at_start > 0: the customer belongs to the period's start cohort (NRR)
        sum(delta) FILTER (WHERE at_start > 0) AS cohort_delta,
        sum(delta) AS net
      FROM classified GROUP BY idx)`;
}

/** The same CTEs from the pre-aggregated MrrRollup or SegmentRollup (./rollups.ts); `base` is then one row, the total. */
function fromRollup(args: Args, source: RollupSource) {
  return Prisma.sql`${rolledCte(args.to, args.granularity, source)},
    base AS (SELECT sum(e."netMinor") AS mrr FROM rolled e WHERE e.ps < ${ts(args.from)}),
    moves AS (
      SELECT p.idx, sum(e."newMinor") AS new, sum(e."expansionMinor") AS expansion, sum(e."contractionMinor") AS contraction,
        sum(e."churnedMinor") AS churned, sum(e."reactivationMinor") AS reactivation, sum(e."cohortDeltaMinor") AS cohort_delta,
        sum(e."netMinor") AS net
      FROM rolled e JOIN periods p ON p.ps = e.ps GROUP BY 1)`;
}

export async function revenueChurn(prisma: PrismaClient, args: Args): Promise<RevenueChurnRow[]> {
  const rollup = args.rollups === false ? null : await seriesRollupSource(prisma, args.from, args.to, args.granularity, args.filter);
  const rows = await runMetric<Raw>(
    prisma,
    Prisma.sql`
    WITH ${periodsCte(args.from, args.to, args.granularity)}, ${rollup ? fromRollup(args, rollup) : await fromTimeline(prisma, args)}
    SELECT p.ps AS start, p.pe AS "end",
      ((SELECT coalesce(sum(mrr), 0) FROM base) + coalesce(sum(m.net) OVER (ORDER BY p.idx ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0))::float8 AS mrr_start,
      coalesce(m.new, 0)::float8 AS new, coalesce(m.expansion, 0)::float8 AS expansion, coalesce(m.contraction, 0)::float8 AS contraction,
      coalesce(m.churned, 0)::float8 AS churned, coalesce(m.reactivation, 0)::float8 AS reactivation,
      coalesce(m.net, 0)::float8 AS net, coalesce(m.cohort_delta, 0)::float8 AS cohort_delta
    FROM periods p LEFT JOIN moves m ON m.idx = p.idx ORDER BY p.idx`,
  );
  return rows.map((r) => {
    const start = num(r.mrr_start);
    const [churned, contraction, expansion, reactivation] = [num(r.churned), num(r.contraction), num(r.expansion), num(r.reactivation)];
    return {
      period: { start: r.start, end: r.end },
      mrrAtStart: start,
      new: num(r.new),
      expansion,
      contraction,
      churned,
      reactivation,
      mrrAtEnd: start + num(r.net),
      grossMrrChurn: ratio(churned + contraction, start),
      netMrrChurn: ratio(churned + contraction - expansion - reactivation, start),
      grr: ratio(start - churned - contraction, start),
      nrr: ratio(start + num(r.cohort_delta), start),
    };
  });
}
