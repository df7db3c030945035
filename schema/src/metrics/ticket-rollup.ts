// ticketStats from the pre-aggregated ticket facts (migrations `ticket_rollup`, `ticket_rollup_by_plan_country`), for
// whole-month ranges without a filter or filtered by plan and/or country only. Database triggers keep them in step with "Ticket", "Subscription" and "Customer" inside the writing statement:
//   TicketRollupRate   a 2-D difference table: active customers by tickets in [m1, m2) = sum over fromMonth <= m1,
//                      toMonth <= m2, so one small scan answers the distribution and band for any whole-month range;
//   TicketRollupMonth  per month, tickets per bucket of a measure: opened, CSAT score, and response / resolution time
//                      in buckets ordered like the durations (a percentile's bucket comes from counts; only that
//                      bucket's tickets are then read, through an index on the bucket, and sorted);
//   TicketRollupTopic  per month, COMPLAINT tickets per topic.
// Every row is keyed by the customer's current plan and country (a change moves the customer's contribution to its
// new key), so a filter is a WHERE on them and no filter sums all keys. They leave soft-deleted customers out (a soft
// delete or restore takes a customer out or puts it back), as every metric does. The answers equal the raw path's (test/metrics-ticket-rollup.test.ts compares both).
import { Prisma, type PrismaClient } from "@churnstile/prisma";
import { checkedCountry, type MetricFilter } from "./scope.ts";
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

/** The rollup key a filter selects: plan and/or country, each absent for all; null when it narrows by anything else. */
export interface RollupKey {
  plan?: MetricFilter["plan"];
  country?: string;
}
export function rollupKey(filter: MetricFilter | null | undefined): RollupKey | null {
  if (filter?.industry?.trim() || filter?.ownerId != null || filter?.segmentId != null) return null;
  // checked and upper-cased as the raw path's scope does, so both give the same answer or the same error
  return { plan: filter?.plan || undefined, country: filter?.country ? checkedCountry(filter.country) : undefined };
}

/** The rollup rows (alias r) under the key. A country alone lists every plan, so the plan-led index still serves it. */
function keyCondition({ plan, country }: RollupKey): Prisma.Sql {
  const planCondition = plan
    ? Prisma.sql`r.plan = ${plan}::"Plan"`
    : country
      ? Prisma.sql`r.plan = ANY(enum_range(NULL::"Plan"))`
      : Prisma.sql`TRUE`;
  return country ? Prisma.sql`${planCondition} AND r.country = ${country}::text` : planCondition;
}

/**
 * Ticket t counts under the key: the bucket index holds soft-deleted customers' and other keys' tickets too. A scalar
 * subquery, so each of the bucket's few tickets looks its customer up (as a semi-join it read every customer of the plan).
 */
function ticketCounts({ plan, country }: RollupKey): Prisma.Sql {
  if (!plan && !country) {
    return Prisma.sql`NOT EXISTS (SELECT 1 FROM "Customer" gone WHERE gone.id = t."customerId" AND gone."deletedAt" IS NOT NULL)`;
  }
  const p = plan ? Prisma.sql`c.plan = ${plan}::"Plan"` : Prisma.sql`TRUE`;
  const k = country ? Prisma.sql`c.country = ${country}::text` : Prisma.sql`TRUE`;
  return Prisma.sql`(SELECT ${p} AND ${k} FROM "Customer" c WHERE c.id = t."customerId" AND c."deletedAt" IS NULL)`;
}

/** The three statements' rows; `rateSummary` turns CTE per(n, customers) into buckets and band (ticket-stats.ts). */
export async function rolledTicketRows(
  prisma: PrismaClient,
  args: TicketStatsArgs,
  { m1, m2 }: MonthRange,
  key: RollupKey,
  rateSummary: Prisma.Sql,
): Promise<TicketRows> {
  const keyed = keyCondition(key);
  const from = ts(args.from);
  const to = ts(args.to);
  const inRange = Prisma.sql`t."openedAt" >= ${from} AND t."openedAt" < ${to}`;

  const perCustomer = await runMetric<TicketRows["perCustomer"][number]>(
    prisma,
    Prisma.sql`
    WITH per AS (
      SELECT r.tickets AS n, sum(r.customers) AS customers FROM "TicketRollupRate" r
      WHERE r."fromMonth" <= ${m1}::int AND r."toMonth" <= ${m2}::int AND ${keyed} GROUP BY 1 HAVING sum(r.customers) <> 0)
    ${rateSummary}`,
  );

  const topics = await runMetric<TicketRows["topics"][number]>(
    prisma,
    Prisma.sql`
    WITH counted AS (
      SELECT r.topic, sum(r.complaints) AS n FROM "TicketRollupTopic" r WHERE r.month >= ${m1}::int AND r.month < ${m2}::int AND ${keyed}
      GROUP BY 1 HAVING sum(r.complaints) > 0)
    SELECT topic, n::int AS n, (sum(n) OVER ())::int AS total FROM counted ORDER BY n DESC, topic LIMIT ${args.topTopics}::int`,
  );

  // percentile_cont(p) over n values is row floor(p(n-1)) + (p(n-1) - floor) × (row ceil(p(n-1)) - row floor), 0-based
  const bucketValues = (end: string) => {
    const duration = Prisma.raw(`t."${end}" - t."openedAt"`);
    return Prisma.sql`(SELECT array_agg(v ORDER BY v) FROM (SELECT (extract(epoch FROM ${duration}) / 3600)::float8 AS v FROM "Ticket" t
      WHERE ticket_rollup_bucket(${duration}) = k.bucket AND ${inRange} AND ${ticketCounts(key)}) b)`;
  };
  const [times] = await runMetric<Record<string, number | null>>(
    prisma,
    Prisma.sql`
    WITH counts AS (  -- each measure's buckets over the range
      SELECT r.measure, r.bucket, sum(r.tickets)::bigint AS tickets FROM "TicketRollupMonth" r
      WHERE r.month >= ${m1}::int AND r.month < ${m2}::int AND ${keyed} GROUP BY 1, 2 HAVING sum(r.tickets) <> 0),
    ranked AS (  -- each duration bucket with the tickets in the buckets below it
      SELECT measure, bucket, tickets, (sum(tickets) OVER (PARTITION BY measure ORDER BY bucket))::bigint - tickets AS before,
        (sum(tickets) OVER (PARTITION BY measure))::bigint AS total
      FROM counts WHERE measure IN ('response', 'resolution')),
    wanted AS (
      SELECT DISTINCT r.measure, r.total, p, floor(p * (r.total - 1)::float8)::bigint AS lo, ceil(p * (r.total - 1)::float8)::bigint AS hi
      FROM ranked r CROSS JOIN unnest(ARRAY[0.5, 0.9]::float8[]) AS p),
    rows AS (SELECT measure, lo AS row FROM wanted UNION SELECT measure, hi FROM wanted),
    buckets AS MATERIALIZED (  -- the buckets holding a wanted row, each one's tickets read and sorted once
      SELECT k.measure, k.before, k.tickets,
        CASE k.measure WHEN 'response' THEN ${bucketValues("firstResponseAt")} ELSE ${bucketValues("resolvedAt")} END AS vs
      FROM ranked k WHERE EXISTS (SELECT 1 FROM rows w WHERE w.measure = k.measure AND w.row >= k.before AND w.row < k.before + k.tickets)),
    picked AS (  -- the value at each wanted row: its offset in its bucket's sorted values
      SELECT w.measure, w.row, b.vs[(w.row - b.before + 1)::int] AS v
      FROM rows w JOIN buckets b ON b.measure = w.measure AND w.row >= b.before AND w.row < b.before + b.tickets),
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
