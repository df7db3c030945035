// sendExitSurveyLink: a PENDING exit-survey response with its secret link, for a mail tool (webhook
// survey.link_created) or staff to deliver. The link's token is returned here and nowhere else.
import { canWriteChurn } from "../access.ts";
import { builder } from "../builder.ts";
import type { Context } from "../context.ts";
import { parseId } from "../crud.ts";
import { type Audit, addDays, IDEMPOTENCY_KEY_DOC, lockCustomer, runCommand, type Tx } from "../domain/command.ts";
import { emit } from "../domain/events.ts";
import { activeSurveyTemplate, hideToken, newSurveyToken, SURVEY_LINK_DAYS, surveyChurnEventId, surveyUrl } from "../domain/exit-survey.ts";
import { badInput } from "../errors.ts";
import * as v from "../validators.ts";

interface SentLink {
  responseId: number;
  url: string;
  token: string;
  /** ISO 8601: the result is stored as JSON for idempotent replays. */
  expiresAt: string;
}

const SendExitSurveyLinkInput = builder.inputType("SendExitSurveyLinkInput", {
  description: "Whom to send an exit-survey link, about which churn, in which language.",
  fields: (t) => ({
    customerId: t.id({ required: true, description: "The customer (not deleted)." }),
    churnEventId: t.id({
      description: "The churn it asks about, one of the customer's (default: their latest open non-REVENUE churn, if any).",
    }),
    locale: t.string({ description: "The survey's language: en, fa, ar, ru or tr (default the customer's).", validate: v.locale }),
  }),
});

const SentExitSurveyLink = builder.objectRef<SentLink>("SentExitSurveyLink").implement({
  description: "A new exit-survey link. Deliver it now: the token is shown only in this response.",
  fields: (t) => ({
    responseId: t.id({ description: "The PENDING exit-survey response the link answers.", resolve: (r) => r.responseId }),
    url: t.exposeString("url", { description: "The console's public survey page for the link (no login needed)." }),
    token: t.exposeString("token", { description: "The link's secret (the last part of url); no read returns it." }),
    expiresAt: t.field({ type: "DateTime", description: "When the link stops working.", resolve: (r) => new Date(r.expiresAt) }),
  }),
});

async function send(
  tx: Tx,
  audit: Audit,
  ctx: Context,
  input: { customerId: string | number; churnEventId?: string | number | null; locale?: string | null },
): Promise<SentLink> {
  const action = "sendExitSurveyLink";
  const customer = await lockCustomer(tx, parseId(input.customerId, "input.customerId"), "input.customerId");
  const churnEventId = await surveyChurnEventId(tx, customer.id, input.churnEventId);
  const template = await activeSurveyTemplate(tx);
  if (!template) throw badInput("input.customerId", "no exit survey template is active; activate one before sending links");
  const locale = input.locale ?? (v.LOCALES as readonly string[]).find((l) => l === customer.locale) ?? "en";
  const response = await tx.exitSurveyResponse.create({
    data: {
      templateId: template.id,
      customerId: customer.id,
      churnEventId,
      token: newSurveyToken(),
      status: "PENDING",
      channel: "LINK",
      locale,
      expiresAt: addDays(new Date(), SURVEY_LINK_DAYS),
    },
  });
  audit({ action, entity: "ExitSurveyResponse", entityId: response.id, after: hideToken(response) });
  const url = surveyUrl(ctx.publicUrl, response.token);
  const expiresAt = (response.expiresAt as Date).toISOString();
  // the mail tool that delivers the link needs its address: webhook deliveries are ADMIN-only reads
  await emit(tx, "survey.link_created", { responseId: response.id, customerId: customer.id, churnEventId, locale, url, expiresAt });
  return { responseId: response.id, url, token: response.token, expiresAt };
}

builder.mutationField("sendExitSurveyLink", (t) =>
  t.field({
    type: SentExitSurveyLink,
    description:
      `Create an exit-survey link for a customer: a PENDING response with the active template, answerable for ${SURVEY_LINK_DAYS} days at ` +
      "<PUBLIC_URL>/admin/#/survey/<token>. Emits the survey.link_created webhook (with the url) so a mail tool can deliver it. One audited " +
      "transaction; the token is in this response only.",
    authScopes: canWriteChurn,
    args: {
      input: t.arg({ type: SendExitSurveyLinkInput, required: true, description: "What to do; see the input type." }),
      idempotencyKey: t.arg.string({ description: IDEMPOTENCY_KEY_DOC }),
    },
    resolve: (_root, { input, idempotencyKey }, ctx) =>
      runCommand(ctx, "sendExitSurveyLink", idempotencyKey, (tx, audit) => send(tx, audit, ctx, input)),
  }),
);
