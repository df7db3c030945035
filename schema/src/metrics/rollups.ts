// Reading the pre-aggregated revenue facts (migration `mrr_rollups`): database triggers keep, for every calendar
// week, month and quarter, the sums of each customer's contribution to logo churn and revenue churn (MrrRollup), and
// per signup month and month-after-signup the cohort changes (CohortRollup), by plan and country, inside the same
// transaction as the write; SegmentRollup holds the same sums per segment, over its current members (migration
// `segment_rollups`). A request can be answered from them when its periods are whole calendar periods and its
// filter uses only plan, country and a segment, and by owner or industry from the customers' own stored contributions;
// a range cut inside a period is computed from the raw rows, which gives the same answers (test/metrics-rollups.test.ts compares both).
import { Prisma, type PrismaClient } from "@churnstile/prisma";
import { checkedCountry, filterSegment, type MetricFilter, scopeCondition } from "./scope.ts";
import { type Granularity, ts } from "./sql.ts";

const DAY_MS = 86_400_000;

/** Whether instant `d` starts a calendar period of the granularity (UTC; weeks from Monday). */
export function startsPeriod(d: Date, granularity: Granularity): boolean {
  const midnight = d.getTime() % DAY_MS === 0;
  if (granularity === "WEEK") return midnight && d.getUTCDay() === 1;
  return midnight && d.getUTCDate() === 1 && (granularity === "MONTH" || d.getUTCMonth() % 3 === 0);
}

/**
 * The rollup's conditions for the filter (on its `plan` and `country` columns), or null when the filter needs
 * something the rollups are not grouped by.
 */
export function rollupFilter(filter: MetricFilter | null | undefined): Prisma.Sql | null {
  if (filter?.segmentId != null || filter?.ownerId != null || filter?.industry?.trim()) return null;
  const parts = [Prisma.sql`true`];
  if (filter?.plan) parts.push(Prisma.sql`plan = ${filter.plan}::"Plan"`);
  if (filter?.country) parts.push(Prisma.sql`country = ${checkedCountry(filter.country)}::text`);
  return Prisma.join(parts, " AND ");
}

/** Where a series' sums are read: MrrRollup, or a segment's own sums in SegmentRollup, and the rows that match. */
export interface RollupSource {
  table: Prisma.Sql;
  conditions: Prisma.Sql;
}

/**
 * The rollup rows for a series from `from` to `to` when it can be read from them, else null: whole calendar
 * periods, filtered by plan and country and at most one segment (SegmentRollup holds each segment's sums); with an
 * owner or industry, the same rows before summing (the customers' MrrContribution).
 */
export async function seriesRollupSource(
  prisma: Pick<PrismaClient, "segment" | "customer" | "$queryRaw">,
  from: Date,
  to: Date,
  granularity: Granularity,
  filter: MetricFilter | null | undefined,
): Promise<RollupSource | null> {
  if (!startsPeriod(from, granularity) || !startsPeriod(to, granularity)) return null;
  const conditions = rollupFilter(filter ? { ...filter, segmentId: null } : filter);
  if (!conditions) {
    // by owner or industry: the stored contributions of the filter's own customers, which are what the rollups sum
    const table = Prisma.sql`(SELECT mc.* FROM "MrrContribution" mc JOIN "Customer" c ON c.id = mc."customerId"
      WHERE ${await scopeCondition(prisma, filter)})`;
    return { table, conditions: Prisma.sql`true` };
  }
  if (filter?.segmentId == null) return { table: Prisma.raw('"MrrRollup"'), conditions };
  const segment = await filterSegment(prisma, filter.segmentId);
  return { table: Prisma.raw('"SegmentRollup"'), conditions: Prisma.sql`"segmentId" = ${segment.id}::int AND ${conditions}` };
}

/**
 * CTE `rolled(ps, plan, country, "churnType", "reasonId", joined, "left", …)`: the rollup rows of the granularity
 * that start before `to` (earlier ones make up the state at `from`) and match the source's conditions.
 */
export function rolledCte(to: Date, granularity: Granularity, source: RollupSource): Prisma.Sql {
  return Prisma.sql`rolled AS (
    SELECT r."periodStart" AS ps, r.* FROM ${source.table} r
    WHERE r.granularity = ${granularity}::"MetricGranularity" AND r."periodStart" < ${ts(to)} AND ${source.conditions})`;
}
