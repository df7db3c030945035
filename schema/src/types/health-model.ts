// Health models: the versioned weights and thresholds of the 0-100 health score. A version never changes once
// created (customers record which version scored them), so a change is a new version, and activating one
// deactivates the others. ADMIN writes; every role (and read API keys) reads.
import type { Prisma } from "@churnstile/prisma";
import { DEFAULT_HEALTH_THRESHOLDS, HEALTH_FACTORS, HealthThresholds, HealthWeights } from "@churnstile/prisma/reference-data";
import { z } from "zod";
import { adminOnly, canRead } from "../access.ts";
import { builder } from "../builder.ts";
import type { Context } from "../context.ts";
import { defineCrud, parseId } from "../crud.ts";
import { badInput, notFound } from "../errors.ts";
import { eq, idsIn } from "../filters.ts";
import { defineList } from "../lists.ts";
import { writeTx } from "../write.ts";

builder.prismaObject("HealthModel", {
  description: `One version of the health-score model: a weight per early-warning factor (${HEALTH_FACTORS.join(", ")}) and the thresholds that turn each raw signal into a 0..1 factor.`,
  fields: (t) => ({
    id: t.exposeID("id", { description: "Stable identifier." }),
    version: t.exposeInt("version", { description: "1, 2, ...; customers record the version that scored them." }),
    weights: t.expose("weights", {
      type: "JSON",
      description: "factor → weight; the weights sum to 100, so a perfect customer scores 100.",
    }),
    thresholds: t.expose("thresholds", {
      type: "JSON",
      description: "factor → named numeric thresholds (window lengths, good and bad points).",
    }),
    atRiskBelow: t.exposeInt("atRiskBelow", { description: "A customer scoring below this is at risk." }),
    active: t.exposeBoolean("active", { description: "The model scoring customers now (exactly one is active)." }),
    createdAt: t.expose("createdAt", { type: "DateTime", description: "When this version was created." }),
  }),
});

const HealthModelFilter = builder.inputType("HealthModelFilter", {
  description: "Narrows a health-model list.",
  fields: (t) => ({
    ids: t.idList({ description: "Only these ids." }),
    version: t.int({ description: "Only this version." }),
    active: t.boolean({ description: "Only the active model (true) or the others (false)." }),
  }),
});

defineList({
  model: "HealthModel",
  plural: "HealthModels",
  filter: HealthModelFilter,
  sortable: ["version", "active", "createdAt"],
  authScopes: canRead,
  where: (f): Prisma.HealthModelWhereInput => ({ ...idsIn(f?.ids), ...eq("version", f?.version), ...eq("active", f?.active) }),
});

const weights = HealthWeights.refine(
  (w) => Math.abs(Object.values(w).reduce((a, b) => a + (b ?? 0), 0) - 100) < 1e-6,
  "the weights must sum to 100",
);
type CreateArgs = {
  weights: z.infer<typeof HealthWeights>;
  thresholds?: z.infer<typeof HealthThresholds> | null;
  atRiskBelow?: number | null;
};

defineCrud<CreateArgs, never>({
  model: "HealthModel",
  authScopes: adminOnly,
  create: {
    args: (t) => ({
      weights: t.arg({
        type: "JSON",
        required: true,
        description: `factor → weight (0-100) for every factor, summing to 100; factors: ${HEALTH_FACTORS.join(", ")}.`,
        validate: weights,
      }),
      thresholds: t.arg({
        type: "JSON",
        description: "factor → {name: number}, for every factor; default: the active model's thresholds.",
        validate: HealthThresholds.nullable(),
      }),
      atRiskBelow: t.arg.int({
        description: "At-risk threshold 0-100 (default 40).",
        validate: z.number().int().min(0, "must be 0-100").max(100, "must be 0-100").nullable(),
      }),
    }),
    data: async (args, _ctx, tx) => {
      const [last, active] = await Promise.all([
        tx.healthModel.aggregate({ _max: { version: true } }),
        tx.healthModel.findFirst({ where: { active: true }, select: { thresholds: true } }),
      ]);
      return {
        version: (last._max.version ?? 0) + 1,
        weights: args.weights as Prisma.InputJsonValue,
        thresholds: (args.thresholds ?? active?.thresholds ?? DEFAULT_HEALTH_THRESHOLDS) as Prisma.InputJsonValue,
        atRiskBelow: args.atRiskBelow ?? 40,
        active: false,
      };
    },
  },
});

builder.mutationField("activateHealthModel", (t) =>
  t.prismaField({
    type: "HealthModel",
    description: "Make this version the one that scores customers; the previously active one is deactivated in the same transaction.",
    authScopes: adminOnly,
    args: { id: t.arg.id({ required: true, description: "Which version." }) },
    resolve: (query, _root, args, ctx: Context) =>
      writeTx(ctx, async (tx, audit) => {
        const id = parseId(args.id);
        const model = await tx.healthModel.findUnique({ where: { id } });
        if (!model) throw notFound("HealthModel", id);
        if (model.active) throw badInput("id", `version ${model.version} is already active`);
        for (const old of await tx.healthModel.findMany({ where: { active: true }, select: { id: true } })) {
          await tx.healthModel.update({ where: { id: old.id }, data: { active: false } });
          audit({ action: "deactivate", entity: "HealthModel", entityId: old.id, before: { active: true }, after: { active: false } });
        }
        await tx.healthModel.update({ where: { id }, data: { active: true } });
        audit({ action: "activate", entity: "HealthModel", entityId: id, before: { active: false }, after: { active: true } });
        return tx.healthModel.findUniqueOrThrow({ ...query, where: { id } });
      }),
  }),
);
