// The public exit-survey page's read: the questions of a survey link in the customer's language, and where the
// link stands. No login: the token is the secret, and nothing about the account beyond a greeting name is shown.
import type { ExitSurveyResponse, ExitSurveyTemplate } from "@churnstile/prisma";
import { LOCALES, type LocalizedText, RTL_LOCALES } from "@churnstile/prisma/reference-data";
import { builder } from "../builder.ts";
import type { Tx } from "../domain/command.ts";
import { templateQuestions } from "../domain/exit-survey.ts";
import { SurveyStatusEnum } from "../enums.ts";
import { badInput, UserError } from "../errors.ts";

type Locale = (typeof LOCALES)[number];
type WithTemplate = ExitSurveyResponse & { template: ExitSurveyTemplate };

/** The response behind a link, or NOT_FOUND (unknown token, or the customer was deleted). */
export async function publicSurveyResponse(
  db: Pick<Tx, "exitSurveyResponse">,
  token: string,
): Promise<WithTemplate & { customer: { name: string; deletedAt: Date | null } }> {
  const response =
    token.length > 200
      ? null
      : await db.exitSurveyResponse.findUnique({
          where: { token },
          include: { template: true, customer: { select: { name: true, deletedAt: true } } },
        });
  if (!response || response.customer.deletedAt)
    throw new UserError("NOT_FOUND", "This survey link is not valid: check that it was copied completely", { field: "token" });
  return response;
}

/** COMPLETED, EXPIRED (marked so, or past expiresAt) or PENDING. */
export const surveyLinkState = (r: ExitSurveyResponse, now: Date): "PENDING" | "COMPLETED" | "EXPIRED" =>
  r.status === "COMPLETED" ? "COMPLETED" : r.status === "EXPIRED" || (r.expiresAt && r.expiresAt <= now) ? "EXPIRED" : "PENDING";

const SurveyQuestionKindEnum = builder.enumType("SurveyQuestionKind", {
  description: "How an exit-survey question is answered.",
  values: {
    REASON: { description: "One churn-reason code from the options." },
    CHOICE: { description: "One option value." },
    MULTI: { description: "A non-empty list of option values." },
    SCALE: { description: "A whole number from min to max." },
    TEXT: { description: "Free text (at most 4000 characters)." },
  } as const,
});

interface PublicOption {
  value: string;
  label: string;
}
interface PublicQuestion {
  id: string;
  kind: "REASON" | "CHOICE" | "MULTI" | "SCALE" | "TEXT";
  required: boolean;
  label: string;
  options: PublicOption[];
  min: number | null;
  max: number | null;
}
interface PublicSurvey {
  status: "PENDING" | "COMPLETED" | "EXPIRED";
  locale: Locale;
  direction: "rtl" | "ltr";
  customerName: string;
  expiresAt: Date | null;
  questions: PublicQuestion[];
}

const PublicSurveyOption = builder.objectRef<PublicOption>("PublicSurveyOption").implement({
  description: "One answer a question offers.",
  fields: (t) => ({
    value: t.exposeString("value", { description: "What to send as the answer." }),
    label: t.exposeString("label", { description: "What to show, in the survey's language." }),
  }),
});

const PublicSurveyQuestion = builder.objectRef<PublicQuestion>("PublicSurveyQuestion").implement({
  description: "One question of an exit survey, in the survey's language.",
  fields: (t) => ({
    id: t.exposeString("id", { description: "The key of its answer in `answers`." }),
    kind: t.expose("kind", { type: SurveyQuestionKindEnum, description: "How it is answered." }),
    required: t.exposeBoolean("required", { description: "Must be answered." }),
    label: t.exposeString("label", { description: "The question text." }),
    options: t.field({
      type: [PublicSurveyOption],
      description: "The answers offered (REASON, CHOICE, MULTI); empty otherwise.",
      resolve: (q) => q.options,
    }),
    min: t.exposeInt("min", { nullable: true, description: "SCALE: lowest value." }),
    max: t.exposeInt("max", { nullable: true, description: "SCALE: highest value." }),
  }),
});

const PublicExitSurvey = builder.objectRef<PublicSurvey>("PublicExitSurvey").implement({
  description: "What the public survey page shows for a link.",
  fields: (t) => ({
    status: t.expose("status", {
      type: SurveyStatusEnum,
      description: "PENDING: can be answered; COMPLETED or EXPIRED: show a message instead.",
    }),
    locale: t.exposeString("locale", { description: "The language of the labels." }),
    direction: t.exposeString("direction", { description: "Text direction of that language: rtl (fa, ar) or ltr." }),
    customerName: t.exposeString("customerName", { description: "For the greeting." }),
    expiresAt: t.expose("expiresAt", { type: "DateTime", nullable: true, description: "When the link stops working." }),
    questions: t.field({ type: [PublicSurveyQuestion], description: "The questions, in order.", resolve: (s) => s.questions }),
  }),
});

builder.queryField("exitSurveyByToken", (t) =>
  t.field({
    type: PublicExitSurvey,
    description:
      "Public (no login): the exit survey behind a link, in the customer's language (or `locale`). An unknown token is NOT_FOUND.",
    args: {
      token: t.arg.string({ required: true, description: "The secret of the survey link." }),
      locale: t.arg.string({ description: "Show it in this language instead (en, fa, ar, ru, tr)." }),
    },
    resolve: async (_root, args, ctx) => {
      if (args.locale != null && !(LOCALES as readonly string[]).includes(args.locale))
        throw badInput("locale", `must be one of ${LOCALES.join(", ")}`);
      const response = await publicSurveyResponse(ctx.prisma, args.token);
      const locale = (args.locale ?? ((LOCALES as readonly string[]).includes(response.locale) ? response.locale : "en")) as Locale;
      const text = (l: LocalizedText) => l[locale] ?? l.en;
      return {
        status: surveyLinkState(response, new Date()),
        locale,
        direction: RTL_LOCALES.includes(locale) ? ("rtl" as const) : ("ltr" as const),
        customerName: response.customer.name,
        expiresAt: response.expiresAt,
        questions: templateQuestions(response.template).map((q) => ({
          id: q.id,
          kind: q.kind,
          required: q.required,
          label: text(q.label),
          options: "options" in q ? q.options.map((o) => ({ value: o.value, label: text(o.label) })) : [],
          min: q.kind === "SCALE" ? q.min : null,
          max: q.kind === "SCALE" ? q.max : null,
        })),
      };
    },
  }),
);
