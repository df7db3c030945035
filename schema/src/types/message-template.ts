// Message templates (one per kind and locale) and renderMessageTemplate, which fills the placeholders for one
// customer. Rendering is a whitelist substitution of five {{placeholders}}, written here rather than taken
// from a template library: mustache would HTML-escape plain-text e-mails ("O'Brien" → "O&#39;Brien") and
// quietly render an unknown or misspelt variable as "", while the fixed list lets us reject typos when a
// template is saved and report what was left unfilled. Configuration: ADMIN and MANAGER write, ADMIN deletes.
import type { Prisma } from "@churnstile/prisma";
import { MESSAGE_PLACEHOLDERS } from "@churnstile/prisma/reference-data";
import { z } from "zod";
import { adminOnly, canRead, configWriters } from "../access.ts";
import { builder } from "../builder.ts";
import { defineCrud, parseId, sent } from "../crud.ts";
import { MessageKindEnum } from "../enums.ts";
import { badInput, notFound } from "../errors.ts";
import { eq, idsIn, search } from "../filters.ts";
import { defineList } from "../lists.ts";
import * as v from "../validators.ts";

type Placeholder = (typeof MESSAGE_PLACEHOLDERS)[number];
const PLACEHOLDER = /\{\{\s*([^{}\s]+)\s*\}\}/g;
const KNOWN = new Set<string>(MESSAGE_PLACEHOLDERS);
const listed = MESSAGE_PLACEHOLDERS.map((p) => `{{${p}}}`).join(", ");

/** Replaces every known placeholder that has a value; returns the text and the placeholders left unfilled. */
export function renderText(text: string, values: Partial<Record<Placeholder, string | null>>) {
  const missing = new Set<string>();
  const out = text.replace(PLACEHOLDER, (whole, name: string) => {
    const value = KNOWN.has(name) ? values[name as Placeholder] : undefined;
    if (value == null || value === "") {
      missing.add(name);
      return whole;
    }
    return value;
  });
  return { text: out, missing: [...missing] };
}

/** A subject or body: only known placeholders, and no stray braces (a half-typed {{customer.name}). */
const templateText = (max: number) =>
  z
    .string()
    .trim()
    .min(1, "must not be empty")
    .max(max, `must be at most ${max} characters`)
    .superRefine((s, ctx) => {
      const unknown = [...s.matchAll(PLACEHOLDER)].map((m) => m[1]).filter((n) => !KNOWN.has(n));
      if (unknown.length) ctx.addIssue({ code: "custom", message: `unknown placeholder {{${unknown[0]}}}; use ${listed}` });
      else if (/\{\{|\}\}/.test(s.replace(PLACEHOLDER, ""))) ctx.addIssue({ code: "custom", message: "has an unclosed {{ or a stray }}" });
    });

builder.prismaObject("MessageTemplate", {
  description: `A retention or win-back message in one language. Placeholders: ${listed}.`,
  fields: (t) => ({
    id: t.exposeID("id", { description: "Stable identifier." }),
    kind: t.expose("kind", { type: MessageKindEnum, description: "What the message is for." }),
    locale: t.exposeString("locale", { description: "Language: en, fa, ar, ru or tr (fa and ar are right to left)." }),
    subject: t.exposeString("subject", { description: "Subject line, with placeholders." }),
    body: t.exposeString("body", { description: "Plain-text body, with placeholders." }),
    active: t.exposeBoolean("active", { description: "Inactive templates are not used for new messages." }),
    updatedAt: t.expose("updatedAt", { type: "DateTime", description: "Last change." }),
  }),
});

const MessageTemplateFilter = builder.inputType("MessageTemplateFilter", {
  description: "Narrows a template list; all given conditions must hold.",
  fields: (t) => ({
    q: t.string({ description: "Text search in subject and body." }),
    ids: t.idList({ description: "Only these ids." }),
    kind: t.field({ type: MessageKindEnum, description: "Only this kind." }),
    locale: t.string({ description: "Only this language." }),
    active: t.boolean({ description: "Only active (true) or inactive (false) templates." }),
  }),
});

defineList({
  model: "MessageTemplate",
  plural: "MessageTemplates",
  connection: "messageTemplates",
  filter: MessageTemplateFilter,
  sortable: ["kind", "locale", "active", "updatedAt"],
  authScopes: canRead,
  where: (f): Prisma.MessageTemplateWhereInput => ({
    ...idsIn(f?.ids),
    ...eq("kind", f?.kind),
    ...eq("locale", f?.locale),
    ...eq("active", f?.active),
    ...search(f?.q, ["subject", "body"]),
  }),
});

type MutationT = Parameters<NonNullable<Parameters<typeof defineCrud>[0]["create"]>["args"]>[0];
type TemplateArgs = Partial<{
  kind: Prisma.MessageTemplateCreateInput["kind"];
  locale: string;
  subject: string;
  body: string;
  active: boolean | null;
}>;

const templateArgs = (t: MutationT, required: boolean) => ({
  kind: t.arg({
    type: MessageKindEnum,
    required,
    description: "What the message is for; one template per kind and locale (CONFLICT otherwise).",
  }),
  locale: t.arg.string({ required, description: "en, fa, ar, ru or tr.", validate: v.locale }),
  subject: t.arg.string({ required, description: `Subject line; placeholders ${listed}.`, validate: templateText(300) }),
  body: t.arg.string({ required, description: `Plain-text body; placeholders ${listed}.`, validate: templateText(10_000) }),
  active: t.arg.boolean({ description: "Used for new messages (default true)." }),
});

const templateData = (args: TemplateArgs) => {
  for (const k of ["kind", "locale", "subject", "body"] as const) if (args[k] === null) throw badInput(k, "must not be null");
  const { active, ...rest } = sent(args);
  return { ...rest, ...(active != null ? { active } : {}) };
};

defineCrud<TemplateArgs, TemplateArgs>({
  model: "MessageTemplate",
  authScopes: configWriters,
  create: { args: (t) => templateArgs(t, true), data: templateData },
  update: { args: (t) => templateArgs(t, false), data: templateData },
  remove: { authScopes: adminOnly },
});

const RenderedMessage = builder
  .objectRef<{ subject: string; body: string; locale: string; missing: string[] }>("RenderedMessage")
  .implement({
    description: "A message template filled in for one customer.",
    fields: (t) => ({
      subject: t.exposeString("subject", { description: "Subject with placeholders filled." }),
      body: t.exposeString("body", { description: "Body with placeholders filled." }),
      locale: t.exposeString("locale", { description: "The template's language." }),
      missing: t.exposeStringList("missing", {
        description: "Placeholders left as they were because no value was given (e.g. offer); empty when complete.",
      }),
    }),
  });

builder.queryField("renderMessageTemplate", (t) =>
  t.field({
    type: RenderedMessage,
    description: `Fill a template for one customer: {{customer.name}} from the customer, {{feature.title}} from featureRequestId, the others from the arguments. Nothing is sent or stored.`,
    authScopes: canRead,
    args: {
      id: t.arg.id({ required: true, description: "The template." }),
      customerId: t.arg.id({ required: true, description: "The customer it is for." }),
      offer: t.arg.string({ description: "Fills {{offer}}, e.g. 20% off for 3 months.", validate: v.text(500).nullable() }),
      featureRequestId: t.arg.id({ description: "Fills {{feature.title}} with this feature's title." }),
      surveyLink: t.arg.string({ description: "Fills {{survey.link}}.", validate: z.url("must be a URL").nullable() }),
      paymentLink: t.arg.string({ description: "Fills {{payment.link}}.", validate: z.url("must be a URL").nullable() }),
    },
    resolve: async (_root, args, ctx) => {
      const id = parseId(args.id);
      const customerId = parseId(args.customerId, "customerId");
      const featureId = args.featureRequestId == null ? null : parseId(args.featureRequestId, "featureRequestId");
      const [template, customer, feature] = await Promise.all([
        ctx.prisma.messageTemplate.findUnique({ where: { id } }),
        ctx.prisma.customer.findFirst({ where: { id: customerId, deletedAt: null }, select: { name: true } }),
        featureId == null ? null : ctx.prisma.featureRequest.findUnique({ where: { id: featureId }, select: { title: true } }),
      ]);
      if (!template) throw notFound("MessageTemplate", id);
      if (!customer) throw badInput("customerId", `customer ${customerId} does not exist or is deleted`);
      if (featureId != null && !feature) throw badInput("featureRequestId", `feature request ${featureId} does not exist`);
      const values = {
        "customer.name": customer.name,
        offer: args.offer,
        "feature.title": feature?.title,
        "survey.link": args.surveyLink,
        "payment.link": args.paymentLink,
      };
      const subject = renderText(template.subject, values);
      const body = renderText(template.body, values);
      return {
        subject: subject.text,
        body: body.text,
        locale: template.locale,
        missing: [...new Set([...subject.missing, ...body.missing])],
      };
    },
  }),
);
