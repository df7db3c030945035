// Support-ticket statistics over tickets opened in [from, to): the per-customer ticket rate of the customers active
// in the range (a paid subscription overlapping it) with its distribution and the two-sided band (too few =
// disengaged, too many = the product is hard), top complaint topics, response and resolution times
// (percentile_cont) and CSAT. Three aggregate statements; no ticket row leaves the database. A whole-month range
// without a filter or filtered by plan and/or country reads the pre-aggregated facts (ticket-rollup.ts); anything
// else reads the raw rows.
import { Prisma, type PrismaClient } from "@churnstile/prisma";
import { type MetricFilter, metricScope } from "./scope.ts";
import { num, type Ratio, ratio, runMetric, ts } from "./sql.ts";
import { rolledTicketRows, rollupKey, wholeMonths } from "./ticket-rollup.ts";

/** Lower edges (tickets per customer per month) of the distribution buckets after "no tickets". */
export const TICKET_RATE_EDGES = [0, 1, 2, 4, 8, 16];
const MONTH_DAYS = 30.4375;

export interface TicketStatsArgs {
  from: Date;
  to: Date;
  tooFewBelow: number;
  tooManyAbove: number;
  topTopics: number;
  filter?: MetricFilter | null;
  /** false: always read the raw rows (tests compare both ways). */
  rollups?: boolean;
}
export interface Bucket {
  fromPerMonth: number;
  toPerMonth: number | null;
  customers: number;
  share: Ratio;
}
export interface Duration {
  count: number;
  medianHours: number | null;
  p90Hours: number | null;
}

/** What the three statements return, whichever way they read. */
export interface TicketRows {
  perCustomer: { bucket: number | null; customers: number; tickets: number; too_few: number; too_many: number }[];
  topics: { topic: string; n: number; total: number }[];
  times: Record<string, number | null> | undefined;
}

/**
 * SQL after CTE `per(n, customers)` (how many active customers had n tickets in the range): customers and their
 * tickets per distribution bucket, and in total with the two band sides (grouping set ()), the total row last.
 */
function rateSummary(args: TicketStatsArgs, months: number): Prisma.Sql {
  return Prisma.sql`, rated AS (
      SELECT n, customers, n / ${months}::float8 AS rate,
        CASE WHEN n = 0 THEN 0 ELSE width_bucket(n / ${months}::float8, ${TICKET_RATE_EDGES}::float8[]) END AS bucket FROM per)
    SELECT CASE WHEN GROUPING(bucket) = 0 THEN bucket END AS bucket, coalesce(sum(customers), 0)::int AS customers,
      coalesce(sum(n * customers), 0)::int AS tickets,
      coalesce(sum(customers) FILTER (WHERE rate < ${args.tooFewBelow}::float8), 0)::int AS too_few,
      coalesce(sum(customers) FILTER (WHERE rate > ${args.tooManyAbove}::float8), 0)::int AS too_many
    FROM rated GROUP BY GROUPING SETS ((bucket), ()) ORDER BY bucket NULLS LAST`;
}

async function rawTicketRows(prisma: PrismaClient, args: TicketStatsArgs, months: number): Promise<TicketRows> {
  const from = ts(args.from);
  const to = ts(args.to);
  const scope = await metricScope(prisma, args.filter);

  const perCustomer = await runMetric<TicketRows["perCustomer"][number]>(
    prisma,
    Prisma.sql`
    WITH ${scope.cte},
    active AS (
      SELECT DISTINCT s."customerId" AS cid FROM "Subscription" s
      WHERE s."mrrMinor" > 0 AND s."startedAt" < ${to} AND (s."endedAt" IS NULL OR s."endedAt" > ${from}) AND ${scope.has('s."customerId"')}),
    -- tickets counted per customer first (one pass over the range, from the covering index), then given to the active
    counted AS (SELECT t."customerId" AS cid, count(*) AS n FROM "Ticket" t WHERE t."openedAt" >= ${from} AND t."openedAt" < ${to} GROUP BY 1),
    per AS (SELECT coalesce(c.n, 0) AS n, 1 AS customers FROM active a LEFT JOIN counted c ON c.cid = a.cid)
    ${rateSummary(args, months)}`,
  );

  const topics = await runMetric<TicketRows["topics"][number]>(
    prisma,
    Prisma.sql`
    WITH ${scope.cte}
    SELECT t.topic, count(*)::int AS n, (sum(count(*)) OVER ())::int AS total
    FROM "Ticket" t
    WHERE t.kind = 'COMPLAINT' AND t."openedAt" >= ${from} AND t."openedAt" < ${to} AND ${scope.has('t."customerId"')}
    GROUP BY t.topic ORDER BY n DESC, t.topic LIMIT ${args.topTopics}::int`,
  );

  const [times] = await runMetric<Record<string, number | null>>(
    prisma,
    Prisma.sql`
    WITH ${scope.cte},
    tk AS (
      SELECT extract(epoch FROM t."firstResponseAt" - t."openedAt") / 3600 AS response, extract(epoch FROM t."resolvedAt" - t."openedAt") / 3600 AS resolution, t.csat
      FROM "Ticket" t WHERE t."openedAt" >= ${from} AND t."openedAt" < ${to} AND ${scope.has('t."customerId"')})
    SELECT tickets, responded, rp[1] AS response_p50, rp[2] AS response_p90, resolved, sp[1] AS resolution_p50, sp[2] AS resolution_p90,
      rated, csat_sum, csat1, csat2, csat3, csat4, csat5
    FROM (SELECT count(*)::int AS tickets,
      -- both percentiles from one sort per column (the array form of percentile_cont)
      count(response)::int AS responded, percentile_cont(ARRAY[0.5, 0.9]::float8[]) WITHIN GROUP (ORDER BY response)::float8[] AS rp,
      count(resolution)::int AS resolved, percentile_cont(ARRAY[0.5, 0.9]::float8[]) WITHIN GROUP (ORDER BY resolution)::float8[] AS sp,
      count(csat)::int AS rated, coalesce(sum(csat), 0)::int AS csat_sum,
      count(*) FILTER (WHERE csat = 1)::int AS csat1, count(*) FILTER (WHERE csat = 2)::int AS csat2, count(*) FILTER (WHERE csat = 3)::int AS csat3,
      count(*) FILTER (WHERE csat = 4)::int AS csat4, count(*) FILTER (WHERE csat = 5)::int AS csat5
    FROM tk) x`,
  );
  return { perCustomer, topics, times };
}

export async function ticketStats(prisma: PrismaClient, args: TicketStatsArgs) {
  const months = (args.to.getTime() - args.from.getTime()) / 86_400_000 / MONTH_DAYS;
  const key = args.rollups === false ? null : rollupKey(args.filter);
  const whole = key ? wholeMonths(args.from, args.to) : null;
  const { perCustomer, topics, times } =
    key && whole ? await rolledTicketRows(prisma, args, whole, key, rateSummary(args, months)) : await rawTicketRows(prisma, args, months);

  const total = perCustomer.find((r) => r.bucket == null);
  const activeCustomers = num(total?.customers);
  const distribution: Bucket[] = [{ fromPerMonth: 0, toPerMonth: 0, customers: 0, share: ratio(0, activeCustomers) }];
  for (const [i, edge] of TICKET_RATE_EDGES.entries()) {
    distribution.push({ fromPerMonth: edge, toPerMonth: TICKET_RATE_EDGES[i + 1] ?? null, customers: 0, share: ratio(0, activeCustomers) });
  }
  for (const r of perCustomer) {
    if (r.bucket == null) continue;
    distribution[r.bucket] = { ...distribution[r.bucket], customers: num(r.customers), share: ratio(num(r.customers), activeCustomers) };
  }
  const t = times ?? {};
  const complaints = num(topics[0]?.total);
  const rated = num(t.rated);
  return {
    months,
    tickets: num(t.tickets),
    activeCustomers,
    ticketsPerActiveCustomerPerMonth: ratio(num(total?.tickets), activeCustomers * months),
    distribution,
    tooFew: { threshold: args.tooFewBelow, customers: num(total?.too_few), share: ratio(num(total?.too_few), activeCustomers) },
    tooMany: { threshold: args.tooManyAbove, customers: num(total?.too_many), share: ratio(num(total?.too_many), activeCustomers) },
    complaints,
    topComplaintTopics: topics.map((r) => ({ topic: r.topic, count: num(r.n), share: ratio(num(r.n), complaints) })),
    firstResponse: { count: num(t.responded), medianHours: t.response_p50 ?? null, p90Hours: t.response_p90 ?? null } as Duration,
    resolution: { count: num(t.resolved), medianHours: t.resolution_p50 ?? null, p90Hours: t.resolution_p90 ?? null } as Duration,
    csatAverage: ratio(num(t.csat_sum), rated),
    csatDistribution: [1, 2, 3, 4, 5].map((score) => ({
      score,
      count: num(t[`csat${score}`]),
      share: ratio(num(t[`csat${score}`]), rated),
    })),
  };
}

export type TicketStats = Awaited<ReturnType<typeof ticketStats>>;
