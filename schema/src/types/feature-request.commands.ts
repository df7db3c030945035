// shipFeature: mark a feature shipped and plan a roadmap update for every churned, eligible customer who left for
// it; featureShipPreview tells the console how many that will be before the user confirms.
import { PlaybookActions } from "@churnstile/prisma/reference-data";
import { canRead, canWrite } from "../access.ts";
import { builder } from "../builder.ts";
import type { Context } from "../context.ts";
import { parseId } from "../crud.ts";
import { addDays, IDEMPOTENCY_KEY_DOC, runCommand, type Tx } from "../domain/command.ts";
import { emit } from "../domain/events.ts";
import { countShipTargets, createRoadmapActions, SHIP_TARGET_RULE } from "../domain/feature-ship.ts";
import { notFound } from "../errors.ts";

interface Shipped {
  featureId: number;
  actionIds: number[];
}

const ShipFeaturePayload = builder.objectRef<Shipped>("ShipFeaturePayload").implement({
  description: "What shipFeature did.",
  fields: (t) => ({
    feature: t.prismaField({
      type: "FeatureRequest",
      description: "The feature, now SHIPPED.",
      resolve: (query, r, _a, ctx: Context) => ctx.prisma.featureRequest.findUniqueOrThrow({ ...query, where: { id: r.featureId } }),
    }),
    actionsCreated: t.int({ description: "How many ROADMAP_UPDATE actions were created.", resolve: (r) => r.actionIds.length }),
    actions: t.prismaField({
      type: ["RetentionAction"],
      description: "The actions created, by customer.",
      resolve: (query, r, _a, ctx: Context) =>
        ctx.prisma.retentionAction.findMany({
          ...query,
          where: { id: { in: r.actionIds } },
          orderBy: [{ customerId: "asc" }, { id: "asc" }],
        }),
    }),
  }),
});

/** The FEATURE_SHIPPED playbook that owns roadmap updates: its id and the step's dueInDays (0 without one). */
async function roadmapPlaybook(tx: Tx) {
  for (const pb of await tx.playbook.findMany({ where: { trigger: "FEATURE_SHIPPED", active: true }, orderBy: { id: "asc" } })) {
    const step = PlaybookActions.safeParse(pb.actions).data?.find((a) => a.kind === "ROADMAP_UPDATE");
    if (step) return { id: pb.id, dueInDays: step.dueInDays };
  }
  return { id: null, dueInDays: 0 };
}

builder.mutationField("shipFeature", (t) =>
  t.field({
    type: ShipFeaturePayload,
    description:
      "Mark a feature SHIPPED (shippedAt now, kept if it had shipped already) and create ROADMAP_UPDATE win-back actions (trigger FEATURE_SHIPPED, the " +
      `FEATURE_SHIPPED message in each customer's locale, due now + the playbook's dueInDays, assigned to the account owner): ${SHIP_TARGET_RULE} ` +
      "Running it again only adds the actions still missing. One transaction, set-based, audited.",
    authScopes: canWrite,
    args: {
      id: t.arg.id({ required: true, description: "The feature request." }),
      idempotencyKey: t.arg.string({ description: IDEMPOTENCY_KEY_DOC }),
    },
    resolve: (_root, args, ctx) =>
      runCommand(ctx, "shipFeature", args.idempotencyKey, async (tx, audit): Promise<Shipped> => {
        const id = parseId(args.id);
        // concurrent ships of one feature run one after the other, so nobody is told twice
        const locked = await tx.$queryRaw<{ id: number }[]>`SELECT id FROM "FeatureRequest" WHERE id = ${id} FOR UPDATE`;
        if (locked.length === 0) throw notFound("FeatureRequest", id);
        const feature = await tx.featureRequest.findUniqueOrThrow({ where: { id } });
        const now = new Date();
        if (feature.status !== "SHIPPED" || !feature.shippedAt) {
          const after = await tx.featureRequest.update({ where: { id }, data: { status: "SHIPPED", shippedAt: feature.shippedAt ?? now } });
          audit({ action: "shipFeature", entity: "FeatureRequest", entityId: id, before: feature, after });
        }
        const playbook = await roadmapPlaybook(tx);
        const actionIds = await createRoadmapActions(tx, id, addDays(now, playbook.dueInDays), playbook.id);
        if (actionIds.length > 0) {
          for (const row of await tx.retentionAction.findMany({ where: { id: { in: actionIds } } })) {
            audit({ action: "shipFeature", entity: "RetentionAction", entityId: row.id, after: row });
          }
        }
        if (feature.status !== "SHIPPED")
          await emit(tx, "feature.shipped", { featureRequestId: id, title: feature.title, actionsCreated: actionIds.length });
        return { featureId: id, actionIds };
      }),
  }),
);

builder.queryField("featureShipPreview", (t) =>
  t.int({
    description: `How many roadmap-update actions shipFeature would create for this feature now. ${SHIP_TARGET_RULE}`,
    authScopes: canRead,
    args: { id: t.arg.id({ required: true, description: "The feature request." }) },
    resolve: async (_root, args, ctx) => {
      const id = parseId(args.id);
      if (!(await ctx.prisma.featureRequest.findUnique({ where: { id }, select: { id: true } }))) throw notFound("FeatureRequest", id);
      return countShipTargets(ctx.prisma, id);
    },
  }),
);
