// Health scores on the API: each customer's stored score and its factors, and the at-risk list (an indexed read of
// the stored scores). The SQL lives in ../health/; the ADMIN refresh is in health.refresh.ts.
import type { Prisma } from "@churnstile/prisma";
import { HEALTH_FACTORS } from "@churnstile/prisma/reference-data";
import { canRead } from "../access.ts";
import { builder } from "../builder.ts";
import type { Context } from "../context.ts";
import { parseId } from "../crud.ts";
import { badInput } from "../errors.ts";
import type { MetricFilter } from "../metrics/scope.ts";
import { customerWhereForSegment } from "../segment-rule.ts";
import { MetricFilterInput } from "./metrics.common.ts";

export const HEALTH_SCORE_RULES =
  `Health score 0-100 = round(Σ weight × factor) over the active HealthModel's factors (${HEALTH_FACTORS.join(", ")}); ` +
  "each factor is 0..1 (1 = healthy), linear between the model's bad and good thresholds, and 1 when there is no data " +
  "for it. The score describes the state just before its instant (healthUpdatedAt): only earlier events count, " +
  "engagement months only once complete. Lower means more likely to churn.";

interface Factor {
  factor: string;
  value: number | null;
  weight?: number;
  contribution: number;
}

const HealthFactorType = builder.objectRef<Factor>("HealthFactor").implement({
  description: "One factor's part in a health score: the raw signal, and the points it contributed (weight × its 0..1 factor).",
  fields: (t) => ({
    factor: t.exposeString("factor", { description: `Which signal: ${HEALTH_FACTORS.join(", ")}.` }),
    value: t.float({
      nullable: true,
      description:
        "The raw signal: days since the last interaction or ticket; login ratio recent ÷ baseline months; complaint increase over the " +
        "previous window; tickets per month; e-mail open rate; share of offers not redeemed; contractions in the window; average CSAT " +
        "(with stated satisfaction SATISFIED=5, INDIFFERENT=3, DISSATISFIED=1); active products; active weeks per month. Null = no data.",
      resolve: (f) => f.value,
    }),
    weight: t.float({
      nullable: true,
      description: "The factor's weight in the model (the most it can contribute).",
      resolve: (f) => f.weight ?? null,
    }),
    contribution: t.exposeFloat("contribution", { description: "Points this factor contributed to the score (0..weight)." }),
  }),
});

builder.prismaObjectFields("Customer", (t) => ({
  healthModelVersion: t.exposeInt("healthModelVersion", {
    nullable: true,
    description: "The HealthModel version that produced healthScore.",
  }),
  healthUpdatedAt: t.expose("healthUpdatedAt", {
    type: "DateTime",
    nullable: true,
    description: "The instant healthScore describes (when it was computed).",
  }),
  healthFactors: t.field({
    type: [HealthFactorType],
    nullable: true,
    description: `Each factor's contribution to healthScore, so the score explains itself. ${HEALTH_SCORE_RULES}`,
    resolve: (c) => (Array.isArray(c.healthFactors) ? (c.healthFactors as unknown as Factor[]) : null),
  }),
}));

// ── atRiskCustomers ──

interface AtRiskPage {
  threshold: number;
  modelVersion: number | null;
  totalCount: number;
  mrrAtRisk: number;
  ids: number[];
  hasNextPage: boolean;
  endCursor: string | null;
}

const cursorOf = (score: number, id: number) => Buffer.from(`${score}:${id}`).toString("base64url");
function parseCursor(after: string): { score: number; id: number } {
  const [score, id] = Buffer.from(after, "base64url").toString().split(":").map(Number);
  if (!Number.isInteger(score) || !Number.isSafeInteger(id)) throw badInput("after", "is not a cursor from this list");
  return { score, id };
}

const AtRiskPageInfo = builder.objectRef<AtRiskPage>("AtRiskPageInfo").implement({
  description: "Where this page ends.",
  fields: (t) => ({
    hasNextPage: t.exposeBoolean("hasNextPage", { description: "More customers follow: pass endCursor as `after`." }),
    endCursor: t.exposeString("endCursor", { nullable: true, description: "Cursor of the last customer on this page." }),
  }),
});

const AtRiskCustomers = builder.objectRef<AtRiskPage>("AtRiskCustomers").implement({
  description: "Customers whose stored health score is below the threshold, lowest first (ties by id), with the MRR they carry.",
  fields: (t) => ({
    threshold: t.exposeInt("threshold", { description: "The at-risk threshold used: score < threshold." }),
    modelVersion: t.exposeInt("modelVersion", {
      nullable: true,
      description: "The active HealthModel version (scores of other versions are listed as stored).",
    }),
    totalCount: t.exposeInt("totalCount", { description: "At-risk customers matching the filter, across all pages." }),
    mrrAtRisk: t.exposeFloat("mrrAtRisk", {
      description: "Σ mrrMinor of all at-risk customers matching the filter (minor units), across all pages.",
    }),
    nodes: t.prismaField({
      type: ["Customer"],
      description: "This page's customers, lowest score first.",
      resolve: async (query, page, _args, ctx) => {
        const rows = await ctx.prisma.customer.findMany({ ...query, where: { id: { in: page.ids } } });
        const byId = new Map(rows.map((r) => [r.id, r]));
        return page.ids.flatMap((id) => byId.get(id) ?? []);
      },
    }),
    pageInfo: t.field({ type: AtRiskPageInfo, description: "Paging.", resolve: (p) => p }),
  }),
});

async function filterWhere(ctx: Context, f: MetricFilter | null | undefined): Promise<Prisma.CustomerWhereInput[]> {
  const and: Prisma.CustomerWhereInput[] = [];
  if (f?.plan) and.push({ plan: f.plan });
  if (f?.country) and.push({ country: f.country.trim().toUpperCase() });
  if (f?.industry?.trim()) and.push({ industry: { equals: f.industry.trim(), mode: "insensitive" } });
  if (f?.ownerId != null) and.push({ ownerId: parseId(f.ownerId, "filter.ownerId") });
  if (f?.segmentId != null) and.push(await customerWhereForSegment(ctx.prisma, parseId(f.segmentId, "filter.segmentId")));
  return and;
}

builder.queryField("atRiskCustomers", (t) =>
  t.field({
    type: AtRiskCustomers,
    authScopes: canRead,
    description:
      "Customers at risk: stored healthScore < threshold (default: the active model's atRiskBelow), not CHURNED, not soft-deleted, " +
      "lowest score first; with totalCount and mrrAtRisk over all of them. Reads the stored scores (indexed), kept current on writes and " +
      `by the scheduled refresh; never-scored customers are not listed. ${HEALTH_SCORE_RULES}`,
    args: {
      threshold: t.arg.int({ description: "Score below which a customer is at risk (0-101); default the active model's atRiskBelow." }),
      first: t.arg.int({ defaultValue: 25, description: "Page size (1-100, default 25)." }),
      after: t.arg.string({ description: "endCursor of the previous page." }),
      filter: t.arg({ type: MetricFilterInput, description: "Which customers (segment, plan, country, industry, owner)." }),
    },
    resolve: async (_root, args, ctx): Promise<AtRiskPage> => {
      const first = args.first ?? 25;
      if (first < 1 || first > 100) throw badInput("first", "must be 1-100");
      if (args.threshold != null && (args.threshold < 0 || args.threshold > 101)) throw badInput("threshold", "must be 0-101");
      const model = await ctx.prisma.healthModel.findFirst({ where: { active: true }, select: { version: true, atRiskBelow: true } });
      const threshold = args.threshold ?? model?.atRiskBelow ?? 40;
      const where: Prisma.CustomerWhereInput = {
        AND: [
          { deletedAt: null, status: { not: "CHURNED" }, healthScore: { lt: threshold } },
          ...(await filterWhere(ctx, args.filter as MetricFilter)),
        ],
      };
      const c = args.after ? parseCursor(args.after) : null;
      const keyset: Prisma.CustomerWhereInput = c
        ? { OR: [{ healthScore: { gt: c.score } }, { healthScore: c.score, id: { gt: c.id } }] }
        : {};
      const [rows, totals] = await Promise.all([
        ctx.prisma.customer.findMany({
          where: { AND: [where, keyset] },
          orderBy: [{ healthScore: "asc" }, { id: "asc" }],
          take: first + 1,
          select: { id: true, healthScore: true },
        }),
        ctx.prisma.customer.aggregate({ where, _count: { _all: true }, _sum: { mrrMinor: true } }),
      ]);
      const page = rows.slice(0, first);
      const last = page.at(-1);
      return {
        threshold,
        modelVersion: model?.version ?? null,
        totalCount: totals._count._all,
        mrrAtRisk: totals._sum.mrrMinor ?? 0,
        ids: page.map((r) => r.id),
        hasNextPage: rows.length > first,
        endCursor: last ? cursorOf(last.healthScore ?? 0, last.id) : null,
      };
    },
  }),
);
