// The reason catalogue is configuration kept by ADMIN and MANAGER: create, update, and deactivate instead of
// delete (churn events keep pointing at their reasons, so history and the reasons breakdown stay intact).
import type { Prisma } from "@churnstile/prisma";
import { z } from "zod";
import { configWriters } from "../access.ts";
import { builder } from "../builder.ts";
import type { Context } from "../context.ts";
import { defineCrud, parseId, sent } from "../crud.ts";
import { ChurnTypeEnum, OwnerTeamEnum, ReasonCategoryEnum } from "../enums.ts";
import { badInput, notFound } from "../errors.ts";
import * as v from "../validators.ts";
import { writeTx } from "../write.ts";

type MutationT = Parameters<NonNullable<Parameters<typeof defineCrud>[0]["create"]>["args"]>[0];
type ChurnType = Prisma.ChurnReasonCreateInput["defaultChurnType"];
type ReasonArgs = Partial<{
  code: string;
  category: Prisma.ChurnReasonCreateInput["category"];
  ownerTeam: Prisma.ChurnReasonCreateInput["ownerTeam"];
  defaultChurnType: ChurnType;
  churnTypes: ChurnType[];
  requiresCompetitor: boolean | null;
  requiresFeature: boolean | null;
  description: string;
  active: boolean | null;
  sortOrder: number | null;
}>;

const code = z
  .string()
  .trim()
  .regex(/^[A-Z][A-Z0-9_]{1,49}$/, "must be 2-50 upper-case letters, digits or _, starting with a letter (e.g. SLOW_SUPPORT)");

const reasonArgs = (t: MutationT, required: boolean) => ({
  category: t.arg({ type: ReasonCategoryEnum, required, description: "The family of the reason." }),
  ownerTeam: t.arg({ type: OwnerTeamEnum, required, description: "Mitigation owner: the team that must fix it." }),
  defaultChurnType: t.arg({
    type: ChurnTypeEnum,
    required,
    description: "The churn type this reason usually means; must be among churnTypes.",
  }),
  churnTypes: t.arg({
    type: [ChurnTypeEnum],
    required,
    description: "Every churn type this reason can explain (at least one).",
    validate: z.array(z.string()).min(1, "must name at least one churn type"),
  }),
  requiresCompetitor: t.arg.boolean({ description: "A churn with this reason must name the competitor (default false)." }),
  requiresFeature: t.arg.boolean({ description: "A churn with this reason must name the missing feature (default false)." }),
  description: t.arg.string({
    required,
    description: "What the reason means (1-1000 characters).",
    validate: v.text(1000).min(1, "must not be empty"),
  }),
  active: t.arg.boolean({ description: "Offered when logging churn (default true)." }),
  sortOrder: t.arg.int({
    description: "Position in pick lists (ascending).",
    validate: z.number().int().min(0, "must not be negative").max(100_000, "is too large"),
  }),
});

function reasonData(args: ReasonArgs, current: { defaultChurnType: ChurnType; churnTypes: ChurnType[] } | null) {
  for (const k of ["category", "ownerTeam", "defaultChurnType", "churnTypes"] as const)
    if (args[k] === null) throw badInput(k, "must not be null");
  const data = Object.fromEntries(Object.entries(sent(args)).filter(([, value]) => value !== null)) as ReasonArgs;
  const types = data.churnTypes ?? current?.churnTypes ?? [];
  const def = data.defaultChurnType ?? current?.defaultChurnType;
  if (def && !types.includes(def))
    throw badInput(
      data.churnTypes ? "churnTypes" : "defaultChurnType",
      `defaultChurnType ${def} must be one of churnTypes (${types.join(", ")})`,
    );
  if (data.churnTypes) data.churnTypes = [...new Set(data.churnTypes)];
  return data;
}

defineCrud<ReasonArgs, ReasonArgs>({
  model: "ChurnReason",
  authScopes: configWriters,
  create: {
    args: (t) => ({
      code: t.arg.string({
        required: true,
        description: "Stable code (unique), e.g. SLOW_SUPPORT; the console translates it.",
        validate: code,
      }),
      ...reasonArgs(t, true),
    }),
    data: (args) => reasonData(args, null),
  },
  update: {
    args: (t) => reasonArgs(t, false),
    data: (args, _ctx, current) => reasonData(args, current as unknown as { defaultChurnType: ChurnType; churnTypes: ChurnType[] }),
  },
});

builder.mutationField("deactivateChurnReason", (t) =>
  t.prismaField({
    type: "ChurnReason",
    description:
      "Stop offering a reason without deleting it: churn events keep it, and the reasons breakdown still counts them. Reactivate with updateChurnReason(active: true).",
    authScopes: configWriters,
    args: { id: t.arg.id({ required: true, description: "Which reason." }) },
    resolve: (query, _root, args, ctx: Context) =>
      writeTx(ctx, async (tx, audit) => {
        const id = parseId(args.id);
        const before = await tx.churnReason.findUnique({ where: { id } });
        if (!before) throw notFound("ChurnReason", id);
        if (!before.active) throw badInput("id", `ChurnReason ${id} is already inactive`);
        const after = await tx.churnReason.update({ where: { id }, data: { active: false } });
        audit({ action: "deactivate", entity: "ChurnReason", entityId: id, before, after });
        return tx.churnReason.findUniqueOrThrow({ ...query, where: { id } });
      }),
  }),
);
