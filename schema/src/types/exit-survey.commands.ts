// Submitting exit surveys: by staff (a sent survey, or a new one for a customer) and by the customer through the
// tokenised public link. Answers are checked against the template version the response points to; REASON
// answers become secondary reasons of the linked churn, the satisfaction scale the customer's satisfaction.
import { canWriteChurn } from "../access.ts";
import { sha256 } from "../auth.ts";
import { builder } from "../builder.ts";
import type { Context } from "../context.ts";
import { parseId } from "../crud.ts";
import { type Audit, actingUserId, IDEMPOTENCY_KEY_DOC, lockCustomer, noRow, runCommand, type Tx } from "../domain/command.ts";
import { emit } from "../domain/events.ts";
import {
  activeSurveyTemplate,
  applyAnswers,
  hideToken,
  newSurveyToken,
  surveyChurnEventId,
  templateQuestions,
  validateAnswers,
} from "../domain/exit-survey.ts";
import { SurveyChannelEnum } from "../enums.ts";
import { badInput, notFound } from "../errors.ts";
import { publicSurveyResponse, surveyLinkState } from "./exit-survey.public.ts";

interface Submitted {
  responseId: number;
  customerId: number;
  churnEventId: number | null;
}

const SubmitExitSurveyInput = builder.inputType("SubmitExitSurveyInput", {
  description: "Exit-survey answers entered by staff: for a survey already sent (responseId) or a new one (customerId).",
  fields: (t) => ({
    responseId: t.id({ description: "A sent survey (PENDING, or EXPIRED: staff may still take the answers by phone)." }),
    customerId: t.id({ description: "Start a new response for this customer (with the active template)." }),
    churnEventId: t.id({ description: "With customerId: the churn it is about (default: the customer's latest open non-REVENUE churn)." }),
    answers: t.field({ type: "JSON", required: true, description: "Answers keyed by question id." }),
    channel: t.field({ type: SurveyChannelEnum, description: "PHONE or CONSOLE (default); LINK is the customer's own link." }),
  }),
});

const SubmitExitSurveyPayload = builder.objectRef<Submitted>("SubmitExitSurveyPayload").implement({
  description: "What submitExitSurvey stored.",
  fields: (t) => ({
    response: t.prismaField({
      type: "ExitSurveyResponse",
      description: "The COMPLETED response.",
      resolve: (query, r, _a, ctx: Context) => ctx.prisma.exitSurveyResponse.findUniqueOrThrow({ ...query, where: { id: r.responseId } }),
    }),
    customer: t.prismaField({
      type: "Customer",
      description: "The customer, with satisfaction updated from the answers.",
      resolve: (query, r, _a, ctx: Context) => ctx.prisma.customer.findUniqueOrThrow({ ...query, where: { id: r.customerId } }),
    }),
    churnEvent: t.prismaField({
      type: "ChurnEvent",
      nullable: true,
      description: "The churn the survey is about, with secondary reasons added from REASON answers.",
      resolve: (query, r, _a, ctx: Context) =>
        r.churnEventId === null ? noRow(query) : ctx.prisma.churnEvent.findUnique({ ...query, where: { id: r.churnEventId } }),
    }),
  }),
});

type StaffInput = {
  responseId?: string | number | null;
  customerId?: string | number | null;
  churnEventId?: string | number | null;
  answers?: unknown;
  channel?: "LINK" | "PHONE" | "CONSOLE" | null;
};

/** Completes a sent response, or creates a COMPLETED one with the active template. */
async function staffSubmit(tx: Tx, audit: Audit, ctx: Context, input: StaffInput): Promise<Submitted> {
  const channel = input.channel ?? "CONSOLE";
  if (channel === "LINK")
    throw badInput("input.channel", "LINK is the customer's own link (submitExitSurveyByToken); staff use PHONE or CONSOLE");
  if ((input.responseId == null) === (input.customerId == null))
    throw badInput("input.responseId", "send responseId (a survey already sent) or customerId (a new one), exactly one");
  const submitted = { status: "COMPLETED" as const, channel, submittedAt: new Date(), submittedById: actingUserId(ctx) };
  if (input.responseId != null) {
    if (input.churnEventId != null) throw badInput("input.churnEventId", "only with customerId: a sent survey already names its churn");
    const id = parseId(input.responseId, "input.responseId");
    const response = await tx.exitSurveyResponse.findUnique({ where: { id }, include: { template: true } });
    if (!response) throw notFound("ExitSurveyResponse", id);
    const customer = await lockCustomer(tx, response.customerId, "input.responseId");
    if (response.status === "COMPLETED")
      throw badInput("input.responseId", `survey response ${id} was already completed on ${response.submittedAt?.toISOString()}`);
    const questions = templateQuestions(response.template);
    const answers = validateAnswers(questions, input.answers, "input.answers");
    const { template: _t, ...before } = response;
    const after = await tx.exitSurveyResponse.update({ where: { id }, data: { ...submitted, answers } });
    audit({ action: "submitExitSurvey", entity: "ExitSurveyResponse", entityId: id, before: hideToken(before), after: hideToken(after) });
    await applyAnswers(tx, audit, "submitExitSurvey", { questions, answers, churnEventId: response.churnEventId, customer });
    await emit(tx, "survey.submitted", { responseId: id, customerId: customer.id, churnEventId: response.churnEventId });
    return { responseId: id, customerId: customer.id, churnEventId: response.churnEventId };
  }
  const customer = await lockCustomer(tx, parseId(input.customerId as string, "input.customerId"), "input.customerId");
  const churnEventId = await surveyChurnEventId(tx, customer.id, input.churnEventId);
  const template = await activeSurveyTemplate(tx);
  if (!template) throw badInput("input.answers", "no exit survey template is active");
  const questions = templateQuestions(template);
  const answers = validateAnswers(questions, input.answers, "input.answers");
  const response = await tx.exitSurveyResponse.create({
    data: {
      ...submitted,
      templateId: template.id,
      customerId: customer.id,
      churnEventId,
      token: newSurveyToken(),
      locale: customer.locale,
      answers,
    },
  });
  audit({ action: "submitExitSurvey", entity: "ExitSurveyResponse", entityId: response.id, after: hideToken(response) });
  await applyAnswers(tx, audit, "submitExitSurvey", { questions, answers, churnEventId, customer });
  await emit(tx, "survey.submitted", { responseId: response.id, customerId: customer.id, churnEventId });
  return { responseId: response.id, customerId: customer.id, churnEventId };
}

builder.mutationField("submitExitSurvey", (t) =>
  t.field({
    type: SubmitExitSurveyPayload,
    description: "Staff enter a customer's exit-survey answers (on the phone or in the console); one transaction, audited.",
    authScopes: canWriteChurn,
    args: {
      input: t.arg({ type: SubmitExitSurveyInput, required: true, description: "What to do; see the input type." }),
      idempotencyKey: t.arg.string({ description: IDEMPOTENCY_KEY_DOC }),
    },
    resolve: (_root, { input, idempotencyKey }, ctx) =>
      runCommand(ctx, "submitExitSurvey", idempotencyKey, (tx, audit) => staffSubmit(tx, audit, ctx, input)),
  }),
);

const SurveyReceipt = builder.objectRef<{ submittedAt: string; locale: string }>("ExitSurveyReceipt").implement({
  description: "Confirms a customer's answers were stored (nothing else about the account is shown on the public link).",
  fields: (t) => ({
    submittedAt: t.field({ type: "DateTime", description: "When the answers were stored.", resolve: (r) => r.submittedAt }),
    locale: t.exposeString("locale", { description: "The language the survey was answered in." }),
  }),
});

builder.mutationField("submitExitSurveyByToken", (t) =>
  t.field({
    type: SurveyReceipt,
    description:
      "Public (no login): the customer answers the exit survey through their link. An unknown token is NOT_FOUND; an expired or already answered " +
      "survey is BAD_USER_INPUT on `token`. Answers are checked against the template version the link was sent with.",
    args: {
      token: t.arg.string({ required: true, description: "The secret of the survey link." }),
      answers: t.arg({ type: "JSON", required: true, description: "Answers keyed by question id." }),
      locale: t.arg.string({ description: "The language the customer answered in (en, fa, ar, ru, tr; default the link's)." }),
      idempotencyKey: t.arg.string({ description: IDEMPOTENCY_KEY_DOC }),
    },
    resolve: (_root, args, ctx) =>
      // keys are scoped by the token: an anonymous caller can only replay their own link's submission
      runCommand(ctx, `submitExitSurveyByToken:${sha256(args.token).slice(0, 24)}`, args.idempotencyKey, async (tx, audit) => {
        const response = await publicSurveyResponse(tx, args.token);
        const state = surveyLinkState(response, new Date());
        if (state === "COMPLETED") throw badInput("token", "this survey was already answered; thank you");
        if (state === "EXPIRED")
          throw badInput(
            "token",
            `this survey link expired${response.expiresAt ? ` on ${response.expiresAt.toISOString().slice(0, 10)}` : ""}`,
          );
        const locale = args.locale ?? response.locale;
        if (!["en", "fa", "ar", "ru", "tr"].includes(locale)) throw badInput("locale", "must be one of en, fa, ar, ru, tr");
        const customer = await lockCustomer(tx, response.customerId, "token");
        const questions = templateQuestions(response.template);
        const answers = validateAnswers(questions, args.answers, "answers");
        const submittedAt = new Date();
        const { template: _t, customer: _c, ...before } = response;
        const after = await tx.exitSurveyResponse.update({
          where: { id: response.id },
          data: { status: "COMPLETED", channel: "LINK", locale, answers, submittedAt },
        });
        audit({
          action: "submitExitSurveyByToken",
          entity: "ExitSurveyResponse",
          entityId: response.id,
          before: hideToken(before),
          after: hideToken(after),
        });
        await applyAnswers(tx, audit, "submitExitSurveyByToken", { questions, answers, churnEventId: response.churnEventId, customer });
        await emit(tx, "survey.submitted", { responseId: response.id, customerId: customer.id, churnEventId: response.churnEventId });
        return { submittedAt: submittedAt.toISOString(), locale };
      }),
  }),
);
