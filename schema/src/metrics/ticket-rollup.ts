// ticketStats from the pre-aggregated ticket facts (migration `ticket_rollup`), for whole-month ranges without a
// filter. Database triggers keep them in step with "Ticket", "Subscription" and "Customer" inside the writing statement:
//   TicketRollupRate   a 2-D difference table: active customers by tickets in [m1, m2) = sum over fromMonth <= m1,
//                      toMonth <= m2, so one small scan answers the distribution and band for any whole-month range;
//   TicketRollupMonth  per month, tickets per bucket of a measure: opened, CSAT score, and response / resolution time
//                      in buckets ordered like the durations (a percentile's bucket comes from counts; only that
//                      bucket's tickets are then read, through an index on the bucket, and sorted);
//   TicketRollupTopic  per month, COMPLAINT tickets per topic.
// They leave soft-deleted customers out (a soft delete or restore takes a customer out or puts it back), as every
// metric does. The answers equal the raw path's (test/metrics-ticket-rollup.test.ts compares both).
import { Prisma, type PrismaClient } from "@churnstile/prisma";
import type { MetricFilter } from "./scope.ts";
import { runMetric, ts } from "./sql.ts";
import type { TicketRows, TicketStatsArgs } from "./ticket-stats.ts";

export interface MonthRange {
  m1: number;
  m2: number;
}

const monthNumber = (d: Date) => d.getUTCFullYear() * 12 + d.getUTCMonth();
const startsMonth = (d: Date) => d.getTime() === Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);

/** Months [m1, m2) (numbered year × 12 + month − 1, as the rollups are) when [from, to) is made of whole months. */
export function wholeMonths(from: Date, to: Date): MonthRange | null {
  return startsMonth(from) && startsMonth(to) ? { m1: monthNumber(from), m2: monthNumber(to) } : null;
}

/** Whether the filter leaves every customer in (the rollups are not grouped by any customer attribute). */
export function selectsEveryone(filter: MetricFilter | null | undefined): boolean {
  return !filter?.plan && !filter?.country && !filter?.industry?.trim() && filter?.ownerId == null && filter?.segmentId == null;
}

// A ticket of a soft-deleted customer: the bucket index holds it, the metric leaves it out.
const GONE = Prisma.sql`EXISTS (SELECT 1 FROM "Customer" gone WHERE gone.id = t."customerId" AND gone."deletedAt" IS NOT NULL)`;

/** The three statements' rows; `rateSummary` turns CTE per(n, customers) into buckets and band (ticket-stats.ts). */
export async function rolledTicketRows(
  prisma: PrismaClient,
  args: TicketStatsArgs,
  { m1, m2 }: MonthRange,
  rateSummary: Prisma.Sql,
): Promise<TicketRows> {
  const from = ts(args.from);
  const to = ts(args.to);
  const inRange = Prisma.sql`t."openedAt" >= ${from} AND t."openedAt" < ${to}`;

  const perCustomer = await runMetric<TicketRows["perCustomer"][number]>(
    prisma,
    Prisma.sql`
    WITH per AS (
      SELECT r.tickets AS n, sum(r.customers) AS customers FROM "TicketRollupRate" r
      WHERE r."fromMonth" <= ${m1}::int AND r."toMonth" <= ${m2}::int GROUP BY 1 HAVING sum(r.customers) <> 0)
    ${rateSummary}`,
  );

  const topics = await runMetric<TicketRows["topics"][number]>(
    prisma,
    Prisma.sql`
    WITH counted AS (
      SELECT r.topic, sum(r.complaints) AS n FROM "TicketRollupTopic" r WHERE r.month >= ${m1}::int AND r.month < ${m2}::int
      GROUP BY 1 HAVING sum(r.complaints) > 0)
    SELECT topic, n::int AS n, (sum(n) OVER ())::int AS total FROM counted ORDER BY n DESC, topic LIMIT ${args.topTopics}::int`,
  );

  // percentile_cont(p) over n values is row floor(p(n-1)) + (p(n-1) - floor) × (row ceil(p(n-1)) - row floor), 0-based
  const valueInBucket = (end: string) => {
    const duration = Prisma.raw(`t."${end}" - t."openedAt"`);
    return Prisma.sql`(SELECT (extract(epoch FROM ${duration}) / 3600)::float8 AS v FROM "Ticket" t
      WHERE ticket_rollup_bucket(${duration}) = k.bucket AND ${inRange} AND NOT ${GONE} ORDER BY 1 OFFSET w.row - k.before LIMIT 1)`;
  };
  const [times] = await runMetric<Record<string, number | null>>(
    prisma,
    Prisma.sql`
    WITH counts AS (  -- each measure's buckets over the range
      SELECT r.measure, r.bucket, sum(r.tickets)::bigint AS tickets FROM "TicketRollupMonth" r
      WHERE r.month >= ${m1}::int AND r.month < ${m2}::int GROUP BY 1, 2 HAVING sum(r.tickets) <> 0),
    ranked AS (  -- each duration bucket with the tickets in the buckets below it
      SELECT measure, bucket, tickets, (sum(tickets) OVER (PARTITION BY measure ORDER BY bucket))::bigint - tickets AS before,
        (sum(tickets) OVER (PARTITION BY measure))::bigint AS total
      FROM counts WHERE measure IN ('response', 'resolution')),
    wanted AS (
      SELECT DISTINCT r.measure, r.total, p, floor(p * (r.total - 1)::float8)::bigint AS lo, ceil(p * (r.total - 1)::float8)::bigint AS hi
      FROM ranked r CROSS JOIN unnest(ARRAY[0.5, 0.9]::float8[]) AS p),
    picked AS (  -- the value at each wanted row: the row's bucket, sorted, at the row's offset in it
      SELECT w.measure, w.row, CASE w.measure WHEN 'response' THEN ${valueInBucket("firstResponseAt")} ELSE ${valueInBucket("resolvedAt")} END AS v
      FROM (SELECT measure, lo AS row FROM wanted UNION SELECT measure, hi FROM wanted) w
      JOIN ranked k ON k.measure = w.measure AND w.row >= k.before AND w.row < k.before + k.tickets),
    percentiles AS (  -- interpolated exactly as percentile_cont does (float8_lerp)
      SELECT w.measure, w.p, CASE WHEN w.hi > w.lo
        THEN lo.v + (w.p * (w.total - 1)::float8 - floor(w.p * (w.total - 1)::float8)) * (hi.v - lo.v) ELSE lo.v END AS v
      FROM wanted w JOIN picked lo ON lo.measure = w.measure AND lo.row = w.lo JOIN picked hi ON hi.measure = w.measure AND hi.row = w.hi)
    SELECT
      (SELECT coalesce(sum(tickets), 0) FROM counts WHERE measure = 'opened')::int AS tickets,
      (SELECT coalesce(sum(tickets), 0) FROM counts WHERE measure = 'response')::int AS responded,
      (SELECT v FROM percentiles WHERE measure = 'response' AND p = 0.5) AS response_p50,
      (SELECT v FROM percentiles WHERE measure = 'response' AND p = 0.9) AS response_p90,
      (SELECT coalesce(sum(tickets), 0) FROM counts WHERE measure = 'resolution')::int AS resolved,
      (SELECT v FROM percentiles WHERE measure = 'resolution' AND p = 0.5) AS resolution_p50,
      (SELECT v FROM percentiles WHERE measure = 'resolution' AND p = 0.9) AS resolution_p90,
      (SELECT coalesce(sum(tickets), 0) FROM counts WHERE measure = 'csat')::int AS rated,
      (SELECT coalesce(sum(bucket * tickets), 0) FROM counts WHERE measure = 'csat')::int AS csat_sum,
      ${Prisma.join(
        [1, 2, 3, 4, 5].map(
          (s) =>
            Prisma.sql`(SELECT coalesce(sum(tickets), 0) FROM counts WHERE measure = 'csat' AND bucket = ${s}::int)::int AS ${Prisma.raw(`csat${s}`)}`,
        ),
      )}`,
  );
  return { perCustomer, topics, times };
}
