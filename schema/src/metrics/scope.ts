// The customers a metric looks at: never soft-deleted ones, narrowed by the shared MetricFilter (segment, plan,
// country, industry, owner: the customer's current attributes). A segment's members are read from
// SegmentMembership, which triggers keep current (migration segment_rollups: a dynamic rule re-evaluated in SQL for
// the customers a write changes; test/segment-membership holds it equal to segment-rule.ts's Prisma translation,
// which the member lists use).
import { type Plan, Prisma, type PrismaClient } from "@churnstile/prisma";
import { parseId } from "../crud.ts";
import { badInput } from "../errors.ts";

export interface MetricFilter {
  segmentId?: string | number | null;
  plan?: Plan | null;
  country?: string | null;
  industry?: string | null;
  ownerId?: string | number | null;
}

type Db = Pick<PrismaClient, "segment" | "customer" | "$queryRaw">;

/** The filter's segment; an error names the filter field when the id is malformed or the segment does not exist. */
export async function filterSegment(prisma: Pick<PrismaClient, "segment">, raw: string | number) {
  const id = parseId(raw, "filter.segmentId");
  const segment = await prisma.segment.findUnique({ where: { id }, select: { id: true, kind: true, rule: true } });
  if (!segment) throw badInput("filter.segmentId", `segment ${raw} does not exist`);
  return segment;
}

async function segmentCondition(prisma: Db, raw: string | number): Promise<Prisma.Sql> {
  const segment = await filterSegment(prisma, raw);
  return Prisma.sql`c.id IN (SELECT sm."customerId" FROM "SegmentMembership" sm WHERE sm."segmentId" = ${segment.id}::int)`;
}

/** The filter's country, upper-cased; an error names the filter field when it is not a two-letter code. */
export function checkedCountry(country: string): string {
  if (!/^[A-Za-z]{2}$/.test(country.trim())) throw badInput("filter.country", "must be a two-letter ISO 3166-1 country code, e.g. TR");
  return country.trim().toUpperCase();
}

/**
 * The stored spellings of an industry, matched case-insensitively: the distinct values are read by skipping through
 * the industry index (one probe per distinct value), so the filter itself is an equality the index answers instead of
 * lower() over every customer.
 */
async function industrySpellings(prisma: Db, industry: string): Promise<string[]> {
  const rows = await prisma.$queryRaw<{ v: string }[]>`WITH RECURSIVE d AS (
      SELECT min(industry) AS v FROM "Customer"
      UNION ALL SELECT (SELECT min(c.industry) FROM "Customer" c WHERE c.industry > d.v) FROM d WHERE d.v IS NOT NULL)
    SELECT v FROM d WHERE lower(v) = lower(${industry}::text)`;
  return rows.map((r) => r.v);
}

/** The filter's conditions on customer `c` (empty without a filter), checked; errors name the filter field. */
async function filterConditions(prisma: Db, filter: MetricFilter | null | undefined): Promise<Prisma.Sql[]> {
  const parts: Prisma.Sql[] = [];
  if (filter?.plan) parts.push(Prisma.sql`c.plan = ${filter.plan}::"Plan"`);
  if (filter?.country) parts.push(Prisma.sql`c.country = ${checkedCountry(filter.country)}::text`);
  if (filter?.industry?.trim())
    parts.push(Prisma.sql`c.industry = ANY(${await industrySpellings(prisma, filter.industry.trim())}::text[])`);
  if (filter?.ownerId != null) parts.push(Prisma.sql`c."ownerId" = ${parseId(filter.ownerId, "filter.ownerId")}::int`);
  if (filter?.segmentId != null) parts.push(await segmentCondition(prisma, filter.segmentId));
  return parts;
}

const inScope = (conditions: Prisma.Sql[]) => Prisma.join([Prisma.sql`c."deletedAt" IS NULL`, ...conditions], " AND ");
const scopeOf = (conditions: Prisma.Sql[]) => Prisma.sql`scope AS (SELECT c.id FROM "Customer" c WHERE ${inScope(conditions)})`;

/** The filter as one condition on customer `c`, soft-deleted customers left out (what `scope` selects). */
export async function scopeCondition(prisma: Db, filter: MetricFilter | null | undefined): Promise<Prisma.Sql> {
  return inScope(await filterConditions(prisma, filter));
}

/** CTE `scope(id)`: the customers the filter selects, soft-deleted ones left out. */
export async function scopeCte(prisma: Db, filter: MetricFilter | null | undefined): Promise<Prisma.Sql> {
  return scopeOf(await filterConditions(prisma, filter));
}

/**
 * CTE `membership(sid, cid)`: every segment's members (for groupBy SEGMENT); a customer in several segments
 * appears once per segment.
 */
export function membershipCte(): Prisma.Sql {
  return Prisma.sql`membership AS (SELECT m."segmentId" AS sid, m."customerId" AS cid FROM "SegmentMembership" m WHERE m."segmentId" <> 0)`;
}

export interface MetricScope {
  /** The `scope(id)` CTE (see scopeCte). */
  cte: Prisma.Sql;
  /** A predicate: the customer id in column `col` (e.g. `s."customerId"`) is in scope. */
  has: (col: string) => Prisma.Sql;
}

/**
 * The scope as a CTE plus a membership predicate. Without a filter the predicate is an anti-join with the few
 * soft-deleted customers rather than a join with all the others (at a million customers that join costs more than
 * the metric itself); with a filter it is a semi-join with `scope`.
 */
export async function metricScope(prisma: Db, filter: MetricFilter | null | undefined): Promise<MetricScope> {
  const conditions = await filterConditions(prisma, filter);
  return {
    cte: scopeOf(conditions),
    has: (col) =>
      conditions.length > 0
        ? Prisma.sql`EXISTS (SELECT 1 FROM scope WHERE scope.id = ${Prisma.raw(col)})`
        : Prisma.sql`NOT EXISTS (SELECT 1 FROM "Customer" gone WHERE gone.id = ${Prisma.raw(col)} AND gone."deletedAt" IS NOT NULL)`,
  };
}
