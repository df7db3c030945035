// A dynamic segment's rule: a small filter tree over customer fields, validated with zod and translated to a
// Prisma `where` here (member lists and counts). Its SQL twin, segment_rule_sql in migration segment_rollups, keeps
// SegmentMembership current for the metrics; test/segment-membership holds the two equal, so change them together.
//
//   { "and": [ { "country": ["TR", "IR"] }, { "or": [ { "plan": ["STARTER"] }, { "healthScore": { "max": 40 } } ] } ] }
//
// A node holds one or more conditions, all of which must hold; `and` / `or` nest further nodes (depth <= 5).
import { CustomerStatus, Plan, type Prisma, type PrismaClient, Satisfaction } from "@churnstile/prisma";
import { z } from "zod";
import { notFound } from "./errors.ts";

const MAX_DEPTH = 5;
const list = <T extends z.ZodType>(item: T) =>
  z.array(item).min(1, "must list at least one value").max(100, "must list at most 100 values");
const countryCode = z
  .string()
  .regex(/^[A-Za-z]{2}$/, "must be a two-letter ISO 3166-1 country code")
  .transform((s) => s.toUpperCase());
const minMax = (lo: number, hi: number) =>
  z
    .object({ min: z.number().int().min(lo).max(hi).optional(), max: z.number().int().min(lo).max(hi).optional() })
    .strict()
    .refine((r) => r.min != null || r.max != null, "needs min, max or both")
    .refine((r) => r.min == null || r.max == null || r.min <= r.max, "min must not be more than max");
const instant = z.iso.datetime({ offset: true, message: "must be an ISO 8601 instant, e.g. 2025-01-01T00:00:00Z" });
const period = z
  .object({ from: instant.optional(), to: instant.optional() })
  .strict()
  .refine((r) => r.from != null || r.to != null, "needs from, to or both")
  .refine((r) => r.from == null || r.to == null || new Date(r.from) < new Date(r.to), "from must be before to");

export interface SegmentRule {
  and?: SegmentRule[];
  or?: SegmentRule[];
  country?: string[];
  plan?: Plan[];
  status?: CustomerStatus[];
  satisfaction?: Satisfaction[];
  industry?: string[];
  healthScore?: { min?: number; max?: number };
  mrrMinor?: { min?: number; max?: number };
  signedUpAt?: { from?: string; to?: string };
  churnReason?: string[];
}

const depth = (r: SegmentRule): number => 1 + Math.max(0, ...[...(r.and ?? []), ...(r.or ?? [])].map(depth));

const Node: z.ZodType<SegmentRule> = z.lazy(() =>
  z
    .object({
      and: z.array(Node).min(1, "needs at least one rule").max(20, "at most 20 rules").optional(),
      or: z.array(Node).min(1, "needs at least one rule").max(20, "at most 20 rules").optional(),
      country: list(countryCode).optional(),
      plan: list(z.enum(Plan)).optional(),
      status: list(z.enum(CustomerStatus)).optional(),
      satisfaction: list(z.enum(Satisfaction)).optional(),
      industry: list(z.string().trim().min(1)).optional(),
      healthScore: minMax(0, 100).optional(),
      mrrMinor: minMax(0, 2_000_000_000).optional(),
      signedUpAt: period.optional(),
      churnReason: list(z.string().regex(/^[A-Z][A-Z0-9_]*$/, "must be a churn-reason code, e.g. PRICE")).optional(),
    })
    .strict()
    .refine((n) => Object.keys(n).length > 0, "a rule needs at least one condition"),
);

/** The zod schema of Segment.rule (the API validates createSegment/updateSegment with it). */
export const SegmentRuleSchema = Node.refine((r) => depth(r) <= MAX_DEPTH, `rules nest at most ${MAX_DEPTH} levels deep`);

/** Prisma `where` over Customer for a (validated) rule. Ranges: healthScore and mrrMinor inclusive; signedUpAt [from, to). */
export function segmentRuleToWhere(rule: SegmentRule): Prisma.CustomerWhereInput {
  const parts: Prisma.CustomerWhereInput[] = [];
  if (rule.and) parts.push({ AND: rule.and.map(segmentRuleToWhere) });
  if (rule.or) parts.push({ OR: rule.or.map(segmentRuleToWhere) });
  if (rule.country) parts.push({ country: { in: rule.country.map((c) => c.toUpperCase()) } });
  if (rule.plan) parts.push({ plan: { in: rule.plan } });
  if (rule.status) parts.push({ status: { in: rule.status } });
  if (rule.satisfaction) parts.push({ satisfaction: { in: rule.satisfaction } });
  if (rule.industry) parts.push({ OR: rule.industry.map((i) => ({ industry: { equals: i, mode: "insensitive" as const } })) });
  if (rule.healthScore) parts.push({ healthScore: { gte: rule.healthScore.min, lte: rule.healthScore.max } });
  if (rule.mrrMinor) parts.push({ mrrMinor: { gte: rule.mrrMinor.min, lte: rule.mrrMinor.max } });
  if (rule.signedUpAt) {
    const { from, to } = rule.signedUpAt;
    parts.push({ signedUpAt: { gte: from ? new Date(from) : undefined, lt: to ? new Date(to) : undefined } });
  }
  // The reason the customer gave in a completed exit survey (the answer to its `reason` question).
  if (rule.churnReason) {
    parts.push({
      surveyResponses: {
        some: { status: "COMPLETED", OR: rule.churnReason.map((code) => ({ answers: { path: ["reason"], equals: code } })) },
      },
    });
  }
  return parts.length === 1 ? parts[0] : { AND: parts };
}

export interface SegmentLike {
  id: number;
  kind: "DYNAMIC" | "STATIC";
  rule: unknown;
}

/**
 * Customers in a segment, soft-deleted ones excluded: a static segment's member rows, or the customers a
 * dynamic segment's rule matches now. A dynamic segment whose stored rule no longer validates matches nobody.
 */
export function segmentMembersWhere(segment: SegmentLike): Prisma.CustomerWhereInput {
  if (segment.kind === "STATIC") return { deletedAt: null, segments: { some: { segmentId: segment.id } } };
  const parsed = SegmentRuleSchema.safeParse(segment.rule);
  return parsed.success ? { AND: [{ deletedAt: null }, segmentRuleToWhere(parsed.data)] } : { id: { in: [] } };
}

/** The customer `where` for a segment id (for list filters and metrics by segment); NOT_FOUND when it does not exist. */
export async function customerWhereForSegment(
  prisma: Pick<PrismaClient, "segment">,
  segmentId: number,
): Promise<Prisma.CustomerWhereInput> {
  const segment = await prisma.segment.findUnique({ where: { id: segmentId }, select: { id: true, kind: true, rule: true } });
  if (!segment) throw notFound("Segment", segmentId);
  return segmentMembersWhere(segment);
}
