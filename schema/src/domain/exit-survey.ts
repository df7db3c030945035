// Exit-survey answers: checked against the questions of the template version the response points to, then
// fed back into the domain (REASON answers become secondary reasons of the churn, the satisfaction scale
// becomes the customer's satisfaction).
import { randomBytes } from "node:crypto";
import type { Customer, ExitSurveyTemplate, Prisma, Satisfaction } from "@churnstile/prisma";
import { type ExitSurveyAnswers, type ExitSurveyQuestion, ExitSurveyQuestions } from "@churnstile/prisma/reference-data";
import { parseId } from "../crud.ts";
import { badInput } from "../errors.ts";
import { type Audit, latestOpenChurn, type Tx, updateCustomer } from "./command.ts";

/** The template new responses use: the newest active version. */
export const activeSurveyTemplate = (tx: Tx) =>
  tx.exitSurveyTemplate.findFirst({ where: { active: true }, orderBy: [{ version: "desc" }, { id: "desc" }] });

export const newSurveyToken = () => randomBytes(24).toString("base64url");
/** How long a sent survey link can be answered (the demo data's links follow the same rule). */
export const SURVEY_LINK_DAYS = 30;
/** The console's public survey page for a link: /admin/#/survey/<token>. */
export const surveyUrl = (publicUrl: string, token: string) => `${publicUrl}/admin/#/survey/${token}`;
/** Audit rows are readable by admins; the link's secret stays out of them. */
/** The churn a survey is about: `raw` (checked to be one of the customer's), else the customer's open churn, else none. */
export async function surveyChurnEventId(tx: Tx, customerId: number, raw: string | number | null | undefined): Promise<number | null> {
  if (raw == null) return (await latestOpenChurn(tx, customerId))?.id ?? null;
  const id = parseId(raw, "input.churnEventId");
  const event = await tx.churnEvent.findUnique({ where: { id }, select: { customerId: true } });
  if (event?.customerId !== customerId) throw badInput("input.churnEventId", `churn event ${id} is not one of customer ${customerId}'s`);
  return id;
}

export const hideToken = <T extends { token: string }>(row: T) => ({ ...row, token: "[hidden]" });

export function templateQuestions(template: ExitSurveyTemplate): ExitSurveyQuestion[] {
  const parsed = ExitSurveyQuestions.safeParse(template.questions);
  if (!parsed.success) throw new Error(`exit survey template ${template.id} has malformed questions: ${parsed.error.message}`);
  return parsed.data;
}

const MAX_TEXT = 4000;

function checkAnswer(q: ExitSurveyQuestion, value: unknown, at: string): string | number | string[] {
  if (q.kind === "SCALE") {
    if (typeof value !== "number" || !Number.isInteger(value) || value < q.min || value > q.max)
      throw badInput(at, `must be a whole number from ${q.min} to ${q.max}`);
    return value;
  }
  if (q.kind === "TEXT") {
    if (typeof value !== "string") throw badInput(at, "must be text");
    if (value.length > MAX_TEXT) throw badInput(at, `must be at most ${MAX_TEXT} characters`);
    return value.trim();
  }
  const values = q.options.map((o) => o.value);
  const allowed = `must be one of ${values.join(", ")}`;
  if (q.kind === "MULTI") {
    if (!Array.isArray(value) || value.length === 0) throw badInput(at, `must be a non-empty list; each ${allowed.slice(5)}`);
    const wrong = value.find((v) => !values.includes(v as string));
    if (wrong !== undefined) throw badInput(at, `"${String(wrong)}" is not an option; each ${allowed.slice(5)}`);
    return [...new Set(value as string[])];
  }
  if (typeof value !== "string" || !values.includes(value)) throw badInput(at, allowed);
  return value;
}

/** Answers keyed by question id, validated: required questions, option values, scale ranges, no unknown ids. */
export function validateAnswers(questions: ExitSurveyQuestion[], answers: unknown, field: string): ExitSurveyAnswers {
  if (typeof answers !== "object" || answers === null || Array.isArray(answers))
    throw badInput(field, "must be an object keyed by question id");
  const given = answers as Record<string, unknown>;
  const ids = questions.map((q) => q.id);
  const unknown = Object.keys(given).find((k) => !ids.includes(k));
  if (unknown) throw badInput(`${field}.${unknown}`, `is not a question of this survey (questions: ${ids.join(", ")})`);
  const out: ExitSurveyAnswers = {};
  for (const q of questions) {
    const value = given[q.id];
    const empty = value === undefined || value === null || (typeof value === "string" && value.trim() === "");
    if (empty) {
      if (q.required) throw badInput(`${field}.${q.id}`, "is required");
      continue;
    }
    out[q.id] = checkAnswer(q, value, `${field}.${q.id}`);
  }
  return out;
}

/** A satisfaction scale mapped to thirds: 1-2 of 5 dissatisfied, 3 indifferent, 4-5 satisfied. */
export function satisfactionFrom(questions: ExitSurveyQuestion[], answers: ExitSurveyAnswers): Satisfaction | null {
  const q = questions.find((x) => x.kind === "SCALE" && x.id === "satisfaction");
  const value = answers.satisfaction;
  if (q?.kind !== "SCALE" || typeof value !== "number") return null;
  const position = (value - q.min) / (q.max - q.min);
  return position < 0.4 ? "DISSATISFIED" : position <= 0.6 ? "INDIFFERENT" : "SATISFIED";
}

/** Applies submitted answers: new secondary reasons on the linked churn event, and the customer's satisfaction. */
export async function applyAnswers(
  tx: Tx,
  audit: Audit,
  action: string,
  s: { questions: ExitSurveyQuestion[]; answers: ExitSurveyAnswers; churnEventId: number | null; customer: Customer },
) {
  const codes = s.questions
    .filter((q) => q.kind === "REASON")
    .flatMap((q) => {
      const a = s.answers[q.id];
      return Array.isArray(a) ? a : typeof a === "string" ? [a] : [];
    });
  if (s.churnEventId !== null && codes.length > 0) {
    const include = {
      primaryReason: { select: { code: true } },
      secondaryReasons: { select: { code: true } },
    } satisfies Prisma.ChurnEventInclude;
    const event = await tx.churnEvent.findUniqueOrThrow({ where: { id: s.churnEventId }, include });
    const known = new Set([event.primaryReason.code, ...event.secondaryReasons.map((r) => r.code)]);
    const added = await tx.churnReason.findMany({ where: { code: { in: codes.filter((c) => !known.has(c)) } }, select: { id: true } });
    if (added.length > 0) {
      const after = await tx.churnEvent.update({ where: { id: event.id }, data: { secondaryReasons: { connect: added } }, include });
      audit({ action, entity: "ChurnEvent", entityId: event.id, before: event, after });
    }
  }
  const satisfaction = satisfactionFrom(s.questions, s.answers);
  if (satisfaction && satisfaction !== s.customer.satisfaction) await updateCustomer(tx, audit, action, s.customer, { satisfaction });
}
