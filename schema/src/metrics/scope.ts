// The customers a metric looks at: never soft-deleted ones, narrowed by the shared MetricFilter (segment, plan,
// country, industry, owner: the customer's current attributes). A static segment is read from its member rows
// in SQL; a dynamic segment's rule is turned into a Prisma `where` by segment-rule.ts (the one translation of
// rules, so a segment's member list and its metrics agree) and its member ids are passed as one array parameter.
import { type Plan, Prisma, type PrismaClient } from "@churnstile/prisma";
import { parseId } from "../crud.ts";
import { badInput } from "../errors.ts";
import { segmentMembersWhere } from "../segment-rule.ts";

export interface MetricFilter {
  segmentId?: string | number | null;
  plan?: Plan | null;
  country?: string | null;
  industry?: string | null;
  ownerId?: string | number | null;
}

type Db = Pick<PrismaClient, "segment" | "customer">;

async function dynamicMemberIds(prisma: Db, segment: { id: number; kind: "DYNAMIC" | "STATIC"; rule: unknown }) {
  const rows = await prisma.customer.findMany({ where: segmentMembersWhere(segment), select: { id: true } });
  return rows.map((r) => r.id);
}

/** The filter's segment; an error names the filter field when the id is malformed or the segment does not exist. */
export async function filterSegment(prisma: Pick<PrismaClient, "segment">, raw: string | number) {
  const id = parseId(raw, "filter.segmentId");
  const segment = await prisma.segment.findUnique({ where: { id }, select: { id: true, kind: true, rule: true } });
  if (!segment) throw badInput("filter.segmentId", `segment ${raw} does not exist`);
  return segment;
}

async function segmentCondition(prisma: Db, raw: string | number): Promise<Prisma.Sql> {
  const segment = await filterSegment(prisma, raw);
  const id = segment.id;
  if (segment.kind === "STATIC") {
    return Prisma.sql`EXISTS (SELECT 1 FROM "SegmentMember" sm WHERE sm."customerId" = c.id AND sm."segmentId" = ${id}::int)`;
  }
  return Prisma.sql`c.id = ANY(${await dynamicMemberIds(prisma, segment)}::int[])`;
}

/** The filter's country, upper-cased; an error names the filter field when it is not a two-letter code. */
export function checkedCountry(country: string): string {
  if (!/^[A-Za-z]{2}$/.test(country.trim())) throw badInput("filter.country", "must be a two-letter ISO 3166-1 country code, e.g. TR");
  return country.trim().toUpperCase();
}

/** The filter's conditions on customer `c` (empty without a filter), checked; errors name the filter field. */
async function filterConditions(prisma: Db, filter: MetricFilter | null | undefined): Promise<Prisma.Sql[]> {
  const parts: Prisma.Sql[] = [];
  if (filter?.plan) parts.push(Prisma.sql`c.plan = ${filter.plan}::"Plan"`);
  if (filter?.country) parts.push(Prisma.sql`c.country = ${checkedCountry(filter.country)}::text`);
  if (filter?.industry?.trim()) parts.push(Prisma.sql`lower(c.industry) = lower(${filter.industry.trim()}::text)`);
  if (filter?.ownerId != null) parts.push(Prisma.sql`c."ownerId" = ${parseId(filter.ownerId, "filter.ownerId")}::int`);
  if (filter?.segmentId != null) parts.push(await segmentCondition(prisma, filter.segmentId));
  return parts;
}

const scopeOf = (conditions: Prisma.Sql[]) =>
  Prisma.sql`scope AS (SELECT c.id FROM "Customer" c WHERE ${Prisma.join([Prisma.sql`c."deletedAt" IS NULL`, ...conditions], " AND ")})`;

/** CTE `scope(id)`: the customers the filter selects, soft-deleted ones left out. */
export async function scopeCte(prisma: Db, filter: MetricFilter | null | undefined): Promise<Prisma.Sql> {
  return scopeOf(await filterConditions(prisma, filter));
}

/**
 * CTE `membership(sid, cid)`: every segment's members (for groupBy SEGMENT); a customer in several segments
 * appears once per segment.
 */
export async function membershipCte(prisma: Db): Promise<Prisma.Sql> {
  const dynamic = await prisma.segment.findMany({ where: { kind: "DYNAMIC" }, select: { id: true, kind: true, rule: true } });
  const sids: number[] = [];
  const cids: number[] = [];
  for (const segment of dynamic) {
    for (const cid of await dynamicMemberIds(prisma, segment)) {
      sids.push(segment.id);
      cids.push(cid);
    }
  }
  return Prisma.sql`membership AS (
    SELECT sm."segmentId" AS sid, sm."customerId" AS cid FROM "SegmentMember" sm JOIN "Segment" sg ON sg.id = sm."segmentId" WHERE sg.kind = 'STATIC'
    UNION ALL
    SELECT u.sid, u.cid FROM unnest(${sids}::int[], ${cids}::int[]) AS u(sid, cid))`;
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
