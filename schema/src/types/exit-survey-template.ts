// Exit-survey templates: the questions of the survey that finds the reason behind each departure. Questions
// are versioned: creating a template for an existing key makes the next version (a new row), so answers
// always keep the exact questions they answered. ADMIN and MANAGER write; ADMIN deletes an unused version.
import type { Prisma } from "@churnstile/prisma";
import { ExitSurveyQuestions, type ExitSurveyQuestions as Questions } from "@churnstile/prisma/reference-data";
import { z } from "zod";
import { adminOnly, canRead, configWriters } from "../access.ts";
import { builder } from "../builder.ts";
import { defineCrud, sent } from "../crud.ts";
import { badInput } from "../errors.ts";
import { eq, idsIn, search } from "../filters.ts";
import { defineList } from "../lists.ts";
import * as v from "../validators.ts";
import type { Tx } from "../write.ts";

builder.prismaObject("ExitSurveyTemplate", {
  description: "One version of an exit survey's questions.",
  fields: (t) => ({
    id: t.exposeID("id", { description: "Stable identifier." }),
    key: t.exposeString("key", { description: "Stable name shared by all versions, e.g. exit." }),
    version: t.exposeInt("version", { description: "1, 2, ... per key; a new version is a new row." }),
    name: t.exposeString("name", { description: "Display name." }),
    questions: t.expose("questions", {
      type: "JSON",
      description:
        "[{id, kind: CHOICE|MULTI|SCALE|TEXT|REASON, required, label: {en,fa,ar,ru,tr}, options?: [{value, label}], min?, max?}]. " +
        "A REASON question's option values are churn-reason codes.",
    }),
    active: t.exposeBoolean("active", { description: "Offered for new surveys." }),
    createdAt: t.expose("createdAt", { type: "DateTime", description: "When this version was created." }),
    responseCount: t.relationCount("responses", {
      description: "Responses to this version (soft-deleted customers excluded).",
      where: { customer: { deletedAt: null } },
    }),
  }),
});

const ExitSurveyTemplateFilter = builder.inputType("ExitSurveyTemplateFilter", {
  description: "Narrows a survey-template list; all given conditions must hold.",
  fields: (t) => ({
    q: t.string({ description: "Text search in key and name." }),
    ids: t.idList({ description: "Only these ids." }),
    key: t.string({ description: "Only versions of this key." }),
    active: t.boolean({ description: "Only active (true) or inactive (false) versions." }),
  }),
});

defineList({
  model: "ExitSurveyTemplate",
  plural: "ExitSurveyTemplates",
  filter: ExitSurveyTemplateFilter,
  sortable: ["key", "version", "name", "active", "createdAt"],
  authScopes: canRead,
  where: (f): Prisma.ExitSurveyTemplateWhereInput => ({
    ...idsIn(f?.ids),
    ...eq("key", f?.key),
    ...eq("active", f?.active),
    ...search(f?.q, ["key", "name"]),
  }),
});

type CreateArgs = { key: string; name: string; questions: Questions; active?: boolean | null };
type UpdateArgs = Partial<{ name: string; active: boolean | null }>;

/** REASON options must be churn-reason codes of the catalogue (answers feed the reasons breakdown). */
async function checkReasonOptions(tx: Tx, questions: Questions) {
  const codes = questions.flatMap((q) => (q.kind === "REASON" ? q.options.map((o) => o.value) : []));
  if (!codes.length) return;
  const known = new Set((await tx.churnReason.findMany({ where: { code: { in: codes } }, select: { code: true } })).map((r) => r.code));
  questions.forEach((q, qi) => {
    if (q.kind !== "REASON") return;
    const oi = q.options.findIndex((o) => !known.has(o.value));
    if (oi >= 0) throw badInput(`questions.${qi}.options.${oi}.value`, `"${q.options[oi].value}" is not a churn-reason code`);
  });
}

defineCrud<CreateArgs, UpdateArgs>({
  model: "ExitSurveyTemplate",
  authScopes: configWriters,
  create: {
    args: (t) => ({
      key: t.arg.string({
        required: true,
        description: "Stable name; an existing key gets its next version.",
        validate: z
          .string()
          .trim()
          .regex(/^[a-z][a-z0-9_-]{0,49}$/, "must be 1-50 lower-case letters, digits, _ or -, starting with a letter"),
      }),
      name: t.arg.string({ required: true, description: "Display name.", validate: v.name }),
      questions: t.arg({
        type: "JSON",
        required: true,
        description: "The questions (see ExitSurveyTemplate.questions).",
        validate: ExitSurveyQuestions,
      }),
      active: t.arg.boolean({ description: "Offered for new surveys (default true)." }),
    }),
    data: async (args, _ctx, tx) => {
      await checkReasonOptions(tx, args.questions);
      const last = await tx.exitSurveyTemplate.aggregate({ where: { key: args.key }, _max: { version: true } });
      return {
        key: args.key,
        version: (last._max.version ?? 0) + 1,
        name: args.name,
        questions: args.questions as Prisma.InputJsonValue,
        ...(args.active != null ? { active: args.active } : {}),
      };
    },
  },
  update: {
    args: (t) => ({
      name: t.arg.string({ description: "Display name.", validate: v.name }),
      active: t.arg.boolean({ description: "Offered for new surveys. Questions cannot change: create the next version instead." }),
    }),
    data: (args) => {
      if (args.name === null) throw badInput("name", "must not be null");
      const { active, ...rest } = sent(args);
      return { ...rest, ...(active != null ? { active } : {}) };
    },
  },
  remove: {
    authScopes: adminOnly,
    inUse: async (tx, id) => {
      const n = await tx.exitSurveyResponse.count({ where: { templateId: id } });
      return n ? `${n} response(s) answer this version; set active: false instead` : null;
    },
  },
});
