// Logging a churn (DESIGN.md: "Churn lives in subscriptions, its why in churn events"). A non-REVENUE churn
// ends every live subscription at effectiveAt (CHURN movements), marks the customer CHURNED with MRR 0 and
// settles open payment failures; a REVENUE churn shrinks subscriptions (CONTRACTION) and leaves the status
// alone. Then optional exit-survey answers and the actions that matching playbooks suggest.
import type { Context } from "../context.ts";
import { badInput } from "../errors.ts";
import { type ChurnInput, churnDates, competitorOf, featureOf, mrrLost, resolveReasons } from "./churn-input.ts";
import { type Audit, actingUserId, actorColumns, lockCustomer, type Tx, updateCustomer } from "./command.ts";
import { emit } from "./events.ts";
import { activeSurveyTemplate, applyAnswers, hideToken, newSurveyToken, templateQuestions, validateAnswers } from "./exit-survey.ts";
import { churnSubscriptions, contractSubscriptions, liveSubscriptions, mrrFromSubscriptions } from "./mrr.ts";
import { cancelPaymentRecovery, suggestActions } from "./playbooks.ts";
import { winBackEligible } from "./win-back.ts";

export type { ChurnInput } from "./churn-input.ts";

export interface ChurnResult {
  churnEventId: number;
  customerId: number;
  suggestedActionIds: number[];
  surveyResponseId: number | null;
}

export interface ChurnOptions {
  /** resolvePaymentFailure(CHURNED): the failure this churn closes (see the let-go rules). */
  resolvingFailureId?: number;
}

async function surveyFor(tx: Tx, answers: unknown) {
  if (answers == null) return null;
  const template = await activeSurveyTemplate(tx);
  if (!template) throw badInput("input.surveyAnswers", "no exit survey template is active; activate one or omit the answers");
  const questions = templateQuestions(template);
  return { template, questions, answers: validateAnswers(questions, answers, "input.surveyAnswers") };
}

/** Settles the customer's open payment failures as CHURNED: the relationship they were recovering has ended. */
async function settlePaymentFailures(tx: Tx, audit: Audit, action: string, customerId: number, churnEventId: number, at: Date) {
  const open = await tx.paymentFailure.findMany({ where: { customerId, status: "OPEN" } });
  for (const f of open) {
    const after = await tx.paymentFailure.update({ where: { id: f.id }, data: { status: "CHURNED", resolvedAt: at, churnEventId } });
    audit({ action, entity: "PaymentFailure", entityId: f.id, before: f, after });
  }
  if (open.length > 0) await cancelPaymentRecovery(tx, audit, action, customerId);
}

export async function logChurnCore(
  tx: Tx,
  audit: Audit,
  ctx: Context,
  action: string,
  input: ChurnInput,
  options: ChurnOptions = {},
): Promise<ChurnResult> {
  const now = new Date();
  const customer = await lockCustomer(tx, input.customerId, "input.customerId");
  const { primary, secondary } = await resolveReasons(tx, input);
  const { requestedAt, effectiveAt } = churnDates(input, now);
  const subs = await liveSubscriptions(tx, customer.id);
  const lost = mrrLost(input, customer.id, subs);
  const competitor = competitorOf(input, [primary, ...secondary]);
  const survey = await surveyFor(tx, input.surveyAnswers);
  const featureRequestId = await featureOf(tx, audit, action, input, [primary, ...secondary]);
  const eligible = await winBackEligible(tx, customer, input.type, options.resolvingFailureId ?? null);

  const event = await tx.churnEvent.create({
    data: {
      customerId: customer.id,
      type: input.type,
      primaryReasonId: primary.id,
      secondaryReasons: { connect: secondary.map((r) => ({ id: r.id })) },
      requestedAt,
      effectiveAt,
      mrrLostMinor: lost,
      currency: customer.currency,
      competitor,
      featureRequestId,
      preventable: input.preventable ?? false,
      winBackEligible: eligible,
      notes: input.notes?.trim() || null,
      source: input.source ?? (ctx.actor?.kind === "apiKey" ? "API" : "CONSOLE"),
      ...actorColumns(ctx),
    },
  });
  audit({ action, entity: "ChurnEvent", entityId: event.id, after: { ...event, secondaryReasonCodes: secondary.map((r) => r.code) } });

  if (input.type === "REVENUE") {
    await contractSubscriptions(tx, audit, action, subs, lost, effectiveAt, event.id);
  } else {
    await churnSubscriptions(tx, audit, action, subs, effectiveAt, event.id);
    await settlePaymentFailures(tx, audit, action, customer.id, event.id, now);
  }
  const mrrMinor = await mrrFromSubscriptions(tx, customer.id);
  let updated = await updateCustomer(
    tx,
    audit,
    action,
    customer,
    input.type === "REVENUE" ? { mrrMinor } : { mrrMinor, status: "CHURNED" },
  );

  let surveyResponseId: number | null = null;
  if (survey) {
    const response = await tx.exitSurveyResponse.create({
      data: {
        templateId: survey.template.id,
        customerId: customer.id,
        churnEventId: event.id,
        token: newSurveyToken(),
        status: "COMPLETED",
        channel: "CONSOLE",
        locale: customer.locale,
        answers: survey.answers,
        submittedAt: now,
        submittedById: actingUserId(ctx),
      },
    });
    audit({ action, entity: "ExitSurveyResponse", entityId: response.id, after: hideToken(response) });
    surveyResponseId = response.id;
    await applyAnswers(tx, audit, action, {
      questions: survey.questions,
      answers: survey.answers,
      churnEventId: event.id,
      customer: updated,
    });
    updated = await tx.customer.findUniqueOrThrow({ where: { id: customer.id } });
  }

  const suggestedActionIds = eligible
    ? await suggestActions(tx, audit, action, {
        trigger: "CHURN_LOGGED",
        customer: updated,
        at: effectiveAt,
        churnType: input.type,
        reasonCode: primary.code,
        churnEventId: event.id,
      })
    : [];
  await emit(tx, "churn.logged", {
    churnEventId: event.id,
    customerId: customer.id,
    type: input.type,
    mrrLostMinor: lost,
    winBackEligible: eligible,
  });
  if (surveyResponseId !== null)
    await emit(tx, "survey.submitted", { responseId: surveyResponseId, customerId: customer.id, churnEventId: event.id });
  return { churnEventId: event.id, customerId: customer.id, suggestedActionIds, surveyResponseId };
}
