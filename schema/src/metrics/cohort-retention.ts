// Cohort retention in one SQL statement: cohorts are the signup months (Customer.signedUpAt) of customers who
// signed up in [from, to); cell k is observed just before the start of month (signup month + k + 1), i.e. at the
// close of the k-th month after signup (k = 0: the close of the signup month). Cells not yet observable are left out.
import { Prisma, type PrismaClient } from "@churnstile/prisma";
import { rollupFilter, startsPeriod } from "./rollups.ts";
import { type MetricFilter, metricScope } from "./scope.ts";
import { num, type Ratio, ratio, runMetric, ts } from "./sql.ts";

export type CohortMeasure = "CUSTOMERS" | "MRR";

export interface CohortCell {
  k: number;
  observedAt: Date;
  value: number;
  share: Ratio;
}
export interface CohortRow {
  cohort: { start: Date; end: Date };
  customers: number;
  cells: CohortCell[];
}

// CTE moves(m, k, mrr, active) computed from the cohort's subscriptions.
const MOVES_FROM_SUBSCRIPTIONS = Prisma.raw(`
    -- the cohort's MRR changes (paid subscriptions starting and ending), netted per customer and instant
    changes AS (
      SELECT x.cid, x.at, sum(x.delta) AS delta FROM (
        SELECT s."customerId" AS cid, s."startedAt" AS at, s."mrrMinor"::bigint AS delta FROM "Subscription" s JOIN cohort co ON co.id = s."customerId" WHERE s."mrrMinor" > 0
        UNION ALL
        SELECT s."customerId", s."endedAt", -s."mrrMinor"::bigint FROM "Subscription" s JOIN cohort co ON co.id = s."customerId" WHERE s."mrrMinor" > 0 AND s."endedAt" IS NOT NULL
      ) x GROUP BY x.cid, x.at HAVING sum(x.delta) <> 0),
    -- each change counts from the first cell observed after it: cell k covers month (signup month + k); earlier → k = 0
    moves AS (
      SELECT co.m, GREATEST(0, ((extract(year FROM st.at) - extract(year FROM co.m)) * 12 + extract(month FROM st.at) - extract(month FROM co.m))::int) AS k,
        sum(st.delta) AS mrr,
        count(*) FILTER (WHERE st.after = st.delta AND st.after > 0) - count(*) FILTER (WHERE st.after = 0) AS active
      FROM (SELECT ch.*, sum(ch.delta) OVER (PARTITION BY ch.cid ORDER BY ch.at) AS after FROM changes ch) st JOIN cohort co ON co.id = st.cid
      GROUP BY 1, 2)`);

type Raw = { m: Date; size: number; k: number | null; t: Date | null; active: number; mrr: number; mrr0: number };

type Args = { measure: CohortMeasure; from: Date; to: Date; months: number; filter?: MetricFilter | null; now?: Date; rollups?: boolean };

/** CTEs sizes(m, size) and moves(m, k, mrr, active) from the customers and their subscriptions. */
async function fromRawRows(prisma: PrismaClient, args: Args) {
  const scope = await metricScope(prisma, args.filter);
  return Prisma.sql`${scope.cte},
    cohort AS (
      SELECT c.id, date_trunc('month', c."signedUpAt") AS m
      FROM "Customer" c WHERE c."signedUpAt" >= ${ts(args.from)} AND c."signedUpAt" < ${ts(args.to)} AND ${scope.has("c.id")}),
    sizes AS (SELECT m, count(*)::int AS size FROM cohort GROUP BY m),
    ${MOVES_FROM_SUBSCRIPTIONS}`;
}

/**
 * The same CTEs from the pre-aggregated CohortRollup (./rollups.ts), whose k = -1 rows count the customers; with a
 * filter the rollup is not grouped by (segment, industry, owner), from the scope's own CohortContribution rows.
 */
async function fromRollup(prisma: PrismaClient, args: Args, conditions: Prisma.Sql | null) {
  const range = Prisma.sql`r."signupMonth" >= ${ts(args.from)} AND r."signupMonth" < ${ts(args.to)}`;
  const scope = conditions ? null : await metricScope(prisma, args.filter);
  const rows = scope
    ? Prisma.sql`${scope.cte}, rolled AS (
      SELECT r."signupMonth" AS m, r.k, sum(r."mrrDeltaMinor") AS mrr, sum(r."activeDelta") AS active FROM "CohortContribution" r
      WHERE ${range} AND ${scope.has('r."customerId"')} GROUP BY 1, 2)`
    : Prisma.sql`rolled AS (
      SELECT r."signupMonth" AS m, r.k, sum(r."mrrDeltaMinor") AS mrr, sum(r."activeDelta") AS active FROM "CohortRollup" r
      WHERE ${range} AND ${conditions} GROUP BY 1, 2)`;
  return Prisma.sql`${rows},
    sizes AS (SELECT m, active::int AS size FROM rolled WHERE k = -1 AND active > 0),
    moves AS (SELECT * FROM rolled WHERE k >= 0)`;
}

export async function cohortRetention(prisma: PrismaClient, args: Args): Promise<CohortRow[]> {
  const now = ts(args.now ?? new Date());
  const whole = args.rollups !== false && startsPeriod(args.from, "MONTH") && startsPeriod(args.to, "MONTH");
  const facts = whole ? await fromRollup(prisma, args, rollupFilter(args.filter)) : await fromRawRows(prisma, args);
  const rows = await runMetric<Raw>(
    prisma,
    Prisma.sql`
    WITH ${facts},
    cells AS (
      SELECT sz.m, k, sz.m + (k + 1) * interval '1 month' AS t
      FROM sizes sz CROSS JOIN generate_series(0, ${args.months}::int) AS k
      WHERE sz.m + (k + 1) * interval '1 month' <= ${now}),
    series AS (
      SELECT cl.m, cl.k, cl.t, sum(coalesce(mv.active, 0)) OVER w AS active, sum(coalesce(mv.mrr, 0)) OVER w AS mrr
      FROM cells cl LEFT JOIN moves mv ON mv.m = cl.m AND mv.k = cl.k
      WINDOW w AS (PARTITION BY cl.m ORDER BY cl.k))
    SELECT sz.m, sz.size, se.k, se.t, coalesce(se.active, 0)::int AS active, coalesce(se.mrr, 0)::float8 AS mrr,
      -- the cohort's MRR at k = 0, the MRR measure's denominator
      first_value(coalesce(se.mrr, 0)) OVER (PARTITION BY sz.m ORDER BY se.k)::float8 AS mrr0
    FROM sizes sz LEFT JOIN series se ON se.m = sz.m
    ORDER BY sz.m, se.k`,
  );
  const cohorts = new Map<number, CohortRow>();
  for (const r of rows) {
    const key = r.m.getTime();
    let cohort = cohorts.get(key);
    if (!cohort) {
      const end = new Date(r.m);
      end.setUTCMonth(end.getUTCMonth() + 1);
      cohort = { cohort: { start: r.m, end }, customers: num(r.size), cells: [] };
      cohorts.set(key, cohort);
    }
    if (r.k == null || r.t == null) continue;
    const share = args.measure === "CUSTOMERS" ? ratio(num(r.active), num(r.size)) : ratio(num(r.mrr), num(r.mrr0));
    cohort.cells.push({ k: r.k, observedAt: r.t, value: share.numerator, share });
  }
  return [...cohorts.values()];
}
