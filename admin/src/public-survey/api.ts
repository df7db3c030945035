// The public exit survey's two calls. No login: the token in the link is the secret, and no staff session is sent
// (a signed-in colleague opening the link sees exactly what the customer sees).
import { GRAPHQL_URL } from "../auth/graphqlRequest.ts";

export type QuestionKind = "REASON" | "CHOICE" | "MULTI" | "SCALE" | "TEXT";

export interface SurveyQuestion {
  id: string;
  kind: QuestionKind;
  required: boolean;
  label: string;
  min: number | null;
  max: number | null;
  options: { value: string; label: string }[];
}

export interface PublicSurvey {
  status: "PENDING" | "COMPLETED" | "EXPIRED";
  locale: string;
  direction: "ltr" | "rtl";
  customerName: string;
  expiresAt: string | null;
  questions: SurveyQuestion[];
}

export type Answer = string | string[] | number;

const READ = `query PublicExitSurvey($token: String!, $locale: String) {
  exitSurveyByToken(token: $token, locale: $locale) {
    status locale direction customerName expiresAt
    questions { id kind required label min max options { value label } }
  }
}`;

const SUBMIT = `mutation SubmitPublicExitSurvey($token: String!, $answers: JSON!, $locale: String, $key: String) {
  submitExitSurveyByToken(token: $token, answers: $answers, locale: $locale, idempotencyKey: $key) { submittedAt locale }
}`;

/** A failed call: the API's error code (NOT_FOUND, BAD_USER_INPUT…) and the input it names, or NETWORK. */
export class SurveyRequestError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = "SurveyRequestError";
  }
}

async function request<T>(query: string, variables: Record<string, unknown>): Promise<T> {
  let response: Response;
  try {
    response = await fetch(GRAPHQL_URL, {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/json" },
      body: JSON.stringify({ query, variables }),
    });
  } catch (cause) {
    throw new SurveyRequestError(String(cause), "NETWORK");
  }
  const body = (await response.json().catch(() => null)) as {
    data?: T | null;
    errors?: { message: string; extensions?: { code?: string; field?: string } }[];
  } | null;
  const [error] = body?.errors ?? [];
  if (error) throw new SurveyRequestError(error.message, error.extensions?.code ?? "ERROR", error.extensions?.field);
  if (!body?.data) throw new SurveyRequestError(`HTTP ${response.status}`, "NETWORK");
  return body.data;
}

export const fetchSurvey = async (token: string, locale?: string) =>
  (await request<{ exitSurveyByToken: PublicSurvey }>(READ, { token, locale: locale ?? null })).exitSurveyByToken;

export const submitSurvey = (token: string, answers: Record<string, Answer>, locale: string, key: string) =>
  request<{ submitExitSurveyByToken: { submittedAt: string; locale: string } }>(SUBMIT, { token, answers, locale, key });

/** A fresh idempotency key for one submission attempt series (kept across retries of the same answers). */
export function newIdempotencyKey(): string {
  if (typeof crypto !== "undefined" && "randomUUID" in crypto) return crypto.randomUUID();
  return `survey-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 12)}`;
}
