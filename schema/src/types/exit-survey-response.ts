// Exit-survey responses: read-only here (sending and submitting surveys are domain commands). The public
// link's token is never exposed through these reads.
import type { Prisma } from "@churnstile/prisma";
import { canRead } from "../access.ts";
import { builder } from "../builder.ts";
import { SurveyChannelEnum, SurveyStatusEnum } from "../enums.ts";
import { eq, fk, idsIn, liveCustomer, range } from "../filters.ts";
import { defineList } from "../lists.ts";

builder.prismaObject("ExitSurveyResponse", {
  description: "One customer's exit survey: sent, answered or expired.",
  fields: (t) => ({
    id: t.exposeID("id", { description: "Stable identifier." }),
    template: t.relation("template", { description: "The questions (template version) it answers." }),
    customer: t.relation("customer", { description: "Who was asked." }),
    churnEvent: t.relation("churnEvent", { nullable: true, description: "The churn it is about." }),
    status: t.expose("status", { type: SurveyStatusEnum, description: "Sent, answered or expired." }),
    channel: t.expose("channel", { type: SurveyChannelEnum, description: "How it was (or is to be) answered." }),
    locale: t.exposeString("locale", { description: "Language it was shown in." }),
    answers: t.expose("answers", {
      type: "JSON",
      nullable: true,
      description: "Answers keyed by question id: an option value, a list (MULTI), a number (SCALE) or text.",
    }),
    reasonCode: t.string({
      nullable: true,
      description: "The churn-reason code answered to the `reason` question, if any.",
      select: { answers: true },
      resolve: (r) => {
        const a = r.answers as Record<string, unknown> | null;
        return typeof a?.reason === "string" ? a.reason : null;
      },
    }),
    submittedAt: t.expose("submittedAt", { type: "DateTime", nullable: true, description: "When it was answered." }),
    submittedBy: t.relation("submittedBy", {
      nullable: true,
      description: "The staff member who entered it (null when the customer answered the link).",
    }),
    expiresAt: t.expose("expiresAt", { type: "DateTime", nullable: true, description: "When the link stops working." }),
    createdAt: t.expose("createdAt", { type: "DateTime", description: "When the survey was sent." }),
  }),
});

const ExitSurveyResponseFilter = builder.inputType("ExitSurveyResponseFilter", {
  description: "Narrows an exit-survey list; all given conditions must hold.",
  fields: (t) => ({
    ids: t.idList({ description: "Only these ids." }),
    customerId: t.id({ description: "Only this customer's surveys." }),
    templateId: t.id({ description: "Only answers to this template version." }),
    churnEventId: t.id({ description: "Only surveys about this churn event." }),
    status: t.field({ type: SurveyStatusEnum, description: "Only this status." }),
    channel: t.field({ type: SurveyChannelEnum, description: "Only this channel." }),
    locale: t.string({ description: "Only this language." }),
    reasonCode: t.string({ description: "Only responses that answered this churn-reason code to the `reason` question." }),
    submittedFrom: t.field({ type: "DateTime", description: "Answered on or after this instant." }),
    submittedTo: t.field({ type: "DateTime", description: "Answered before this instant." }),
  }),
});

defineList({
  model: "ExitSurveyResponse",
  plural: "ExitSurveyResponses",
  connection: "exitSurveyResponses",
  filter: ExitSurveyResponseFilter,
  sortable: ["createdAt", "submittedAt", "status", "channel", "locale", "customerId"],
  authScopes: canRead,
  where: (f): Prisma.ExitSurveyResponseWhereInput => ({
    ...liveCustomer,
    ...idsIn(f?.ids),
    ...fk("customerId", f?.customerId),
    ...fk("templateId", f?.templateId),
    ...fk("churnEventId", f?.churnEventId),
    ...eq("status", f?.status),
    ...eq("channel", f?.channel),
    ...eq("locale", f?.locale),
    ...(f?.reasonCode ? { answers: { path: ["reason"], equals: f.reasonCode } } : {}),
    ...range("submittedAt", f?.submittedFrom, f?.submittedTo),
  }),
});
