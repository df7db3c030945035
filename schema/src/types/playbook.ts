// Playbooks: which retention actions to suggest when a trigger fires (churn logged with given types or
// reasons, a failed payment, at-risk health, a shipped feature, birthdays). Configuration: ADMIN and MANAGER
// write, ADMIN deletes. conditions/actions are validated with the zod schemas of the reference data.
import type { Prisma } from "@churnstile/prisma";
import { PlaybookActions, PlaybookConditions } from "@churnstile/prisma/reference-data";
import { z } from "zod";
import { adminOnly, canRead, configWriters } from "../access.ts";
import { builder } from "../builder.ts";
import { defineCrud, sent } from "../crud.ts";
import { ActionTriggerEnum } from "../enums.ts";
import { badInput } from "../errors.ts";
import { eq, idsIn, search } from "../filters.ts";
import { defineList } from "../lists.ts";
import * as v from "../validators.ts";
import type { Tx } from "../write.ts";

builder.prismaObject("Playbook", {
  description: "A rule that suggests retention actions when its trigger fires and its conditions hold.",
  fields: (t) => ({
    id: t.exposeID("id", { description: "Stable identifier." }),
    code: t.exposeString("code", { description: "Stable code (unique), e.g. PRICE_WIN_BACK." }),
    name: t.exposeString("name", { description: "Display name." }),
    description: t.exposeString("description", { nullable: true, description: "What the playbook does and why." }),
    trigger: t.expose("trigger", { type: ActionTriggerEnum, description: "The event that runs it." }),
    conditions: t.expose("conditions", {
      type: "JSON",
      description:
        'When it applies, e.g. {"churnTypes":["COMPETITIVE"]} or {"reasonCodes":["PRICE"]}; an absent key means any, {} means always.',
    }),
    actions: t.expose("actions", {
      type: "JSON",
      description:
        'The actions it suggests, in order: [{"kind":"DISCOUNT_OFFER","dueInDays":2,"messageKind":"WIN_BACK_PRICE","offer":"20% off"}].',
    }),
    active: t.exposeBoolean("active", { description: "Inactive playbooks suggest nothing." }),
    createdAt: t.expose("createdAt", { type: "DateTime", description: "When it was created." }),
    updatedAt: t.expose("updatedAt", { type: "DateTime", description: "Last change." }),
    retentionActionCount: t.relationCount("retentionActions", { description: "Retention actions it has suggested so far." }),
  }),
});

const PlaybookFilter = builder.inputType("PlaybookFilter", {
  description: "Narrows a playbook list; all given conditions must hold.",
  fields: (t) => ({
    q: t.string({ description: "Text search in code, name and description." }),
    ids: t.idList({ description: "Only these ids." }),
    trigger: t.field({ type: ActionTriggerEnum, description: "Only playbooks run by this trigger." }),
    active: t.boolean({ description: "Only active (true) or inactive (false) playbooks." }),
  }),
});

defineList({
  model: "Playbook",
  plural: "Playbooks",
  connection: "playbooks",
  filter: PlaybookFilter,
  sortable: ["code", "name", "trigger", "active", "createdAt", "updatedAt"],
  authScopes: canRead,
  where: (f): Prisma.PlaybookWhereInput => ({
    ...idsIn(f?.ids),
    ...eq("trigger", f?.trigger),
    ...eq("active", f?.active),
    ...search(f?.q, ["code", "name", "description"]),
  }),
});

type MutationT = Parameters<NonNullable<Parameters<typeof defineCrud>[0]["create"]>["args"]>[0];
type PlaybookArgs = Partial<{
  code: string;
  name: string;
  description: string | null;
  trigger: Prisma.PlaybookCreateInput["trigger"];
  conditions: PlaybookConditions | null;
  actions: z.infer<typeof PlaybookActions> | null;
  active: boolean | null;
}>;

const code = z
  .string()
  .trim()
  .regex(/^[A-Z][A-Z0-9_]{1,49}$/, "must be 2-50 upper-case letters, digits or _, starting with a letter");

const playbookArgs = (t: MutationT, required: boolean) => ({
  name: t.arg.string({ required, description: "Display name.", validate: v.name }),
  description: t.arg.string({ description: "What it does and why.", validate: v.text(2000).nullable() }),
  trigger: t.arg({ type: ActionTriggerEnum, required, description: "The event that runs it." }),
  conditions: t.arg({
    type: "JSON",
    required,
    description: "When it applies: {churnTypes?: ChurnType[], reasonCodes?: string[]}; {} = always.",
    validate: PlaybookConditions,
  }),
  actions: t.arg({
    type: "JSON",
    required,
    description: "[{kind: ActionKind, dueInDays: 0-365, messageKind?: MessageKind, offer?: string}], at least one.",
    validate: PlaybookActions,
  }),
  active: t.arg.boolean({ description: "Suggests actions (default true)." }),
});

/** Reason codes in the conditions must exist in the catalogue (a typo would silently never match). */
async function checkConditions(tx: Tx, conditions: PlaybookConditions | null | undefined) {
  const codes = conditions?.reasonCodes ?? [];
  if (!codes.length) return;
  const known = new Set((await tx.churnReason.findMany({ where: { code: { in: codes } }, select: { code: true } })).map((r) => r.code));
  const unknown = codes.filter((c) => !known.has(c));
  if (unknown.length) throw badInput("conditions.reasonCodes", `unknown churn-reason code(s): ${unknown.join(", ")}`);
}

async function playbookData(args: PlaybookArgs, tx: Tx) {
  for (const k of ["name", "trigger", "conditions", "actions"] as const) if (args[k] === null) throw badInput(k, "must not be null");
  const { active, conditions, actions, ...rest } = sent(args);
  await checkConditions(tx, conditions);
  return {
    ...rest,
    ...(active != null ? { active } : {}),
    ...(conditions ? { conditions: conditions as Prisma.InputJsonValue } : {}),
    ...(actions ? { actions: actions as Prisma.InputJsonValue } : {}),
  };
}

defineCrud<PlaybookArgs, PlaybookArgs>({
  model: "Playbook",
  authScopes: configWriters,
  create: {
    args: (t) => ({
      code: t.arg.string({ required: true, description: "Stable code (unique), e.g. PRICE_WIN_BACK.", validate: code }),
      ...playbookArgs(t, true),
    }),
    data: (args, _ctx, tx) => playbookData(args, tx),
  },
  update: { args: (t) => playbookArgs(t, false), data: (args, _ctx, _current, tx) => playbookData(args, tx) },
  remove: { authScopes: adminOnly },
});
