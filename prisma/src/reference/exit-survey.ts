// The exit survey: the JSON shape of ExitSurveyTemplate.questions (zod, shared with the API) and the default
// template "exit" v1. A REASON question's option values are churn-reason codes, so answers feed the catalogue.
import { z } from "zod";
import { LocalizedText } from "./locales.ts";
import { CHURN_REASONS, EXIT_REASON_CODES } from "./reasons.ts";

const Option = z.object({ value: z.string().min(1), label: LocalizedText }).strict();
const base = { id: z.string().regex(/^[a-zA-Z][a-zA-Z0-9_]*$/), required: z.boolean(), label: LocalizedText };

export const ExitSurveyQuestion = z.discriminatedUnion("kind", [
  z.object({ ...base, kind: z.literal("REASON"), options: z.array(Option).min(1) }).strict(),
  z.object({ ...base, kind: z.literal("CHOICE"), options: z.array(Option).min(2) }).strict(),
  z.object({ ...base, kind: z.literal("MULTI"), options: z.array(Option).min(2) }).strict(),
  z.object({ ...base, kind: z.literal("SCALE"), min: z.number().int(), max: z.number().int() }).strict(),
  z.object({ ...base, kind: z.literal("TEXT") }).strict(),
]);
export type ExitSurveyQuestion = z.infer<typeof ExitSurveyQuestion>;

export const ExitSurveyQuestions = z
  .array(ExitSurveyQuestion)
  .min(1)
  .refine((qs) => new Set(qs.map((q) => q.id)).size === qs.length, "question ids must be unique")
  .refine((qs) => qs.every((q) => q.kind !== "SCALE" || q.min < q.max), "a SCALE question needs min < max");
export type ExitSurveyQuestions = z.infer<typeof ExitSurveyQuestions>;

/** Answers are keyed by question id: an option value, a list of values (MULTI), a number (SCALE) or text. */
export type ExitSurveyAnswers = Record<string, string | number | string[]>;

/** A zod schema for the answers to a given question list (the API validates submissions with it). */
export function exitSurveyAnswersSchema(questions: ExitSurveyQuestions) {
  const shape: Record<string, z.ZodType> = {};
  for (const q of questions) {
    let s: z.ZodType;
    if (q.kind === "SCALE") s = z.number().int().min(q.min).max(q.max);
    else if (q.kind === "TEXT") s = z.string().trim().max(4000);
    else {
      const values = q.options.map((o) => o.value) as [string, ...string[]];
      s = q.kind === "MULTI" ? z.array(z.enum(values)).min(1) : z.enum(values);
    }
    shape[q.id] = q.required ? s : s.optional();
  }
  return z.object(shape).strict();
}

const reasonLabels = new Map(CHURN_REASONS.map((r) => [r.code, r.label]));

export const EXIT_SURVEY_QUESTIONS: ExitSurveyQuestions = [
  {
    id: "reason",
    kind: "REASON",
    required: true,
    label: {
      en: "What is the main reason you are leaving?",
      fa: "دلیل اصلی ترک ما چیست؟",
      ar: "ما السبب الرئيسي لمغادرتك؟",
      ru: "Какова главная причина вашего ухода?",
      tr: "Ayrılmanızın asıl nedeni nedir?",
    },
    options: EXIT_REASON_CODES.map((code) => ({ value: code, label: reasonLabels.get(code) as LocalizedText })),
  },
  {
    id: "satisfaction",
    kind: "SCALE",
    required: true,
    min: 1,
    max: 5,
    label: {
      en: "Overall, how satisfied were you with us? (1 = very dissatisfied, 5 = very satisfied)",
      fa: "در مجموع چقدر از ما راضی بودید؟ (۱ = بسیار ناراضی، ۵ = بسیار راضی)",
      ar: "بشكل عام، ما مدى رضاك عنا؟ (1 = غير راضٍ إطلاقاً، 5 = راضٍ جداً)",
      ru: "Насколько в целом вы были довольны нами? (1 — совсем недоволен, 5 — очень доволен)",
      tr: "Genel olarak bizden ne kadar memnun kaldınız? (1 = hiç memnun değilim, 5 = çok memnunum)",
    },
  },
  {
    id: "alternative",
    kind: "CHOICE",
    required: false,
    label: {
      en: "What will you use instead?",
      fa: "به جای ما از چه چیزی استفاده خواهید کرد؟",
      ar: "ماذا ستستخدم بدلاً منا؟",
      ru: "Чем вы будете пользоваться вместо нас?",
      tr: "Bunun yerine ne kullanacaksınız?",
    },
    options: [
      {
        value: "COMPETITOR",
        label: { en: "Another provider", fa: "ارائه‌دهنده‌ای دیگر", ar: "مزوّد آخر", ru: "Другой поставщик", tr: "Başka bir sağlayıcı" },
      },
      {
        value: "IN_HOUSE",
        label: {
          en: "Our own solution",
          fa: "راهکار داخلی خودمان",
          ar: "حل داخلي خاص بنا",
          ru: "Собственное решение",
          tr: "Kendi çözümümüz",
        },
      },
      {
        value: "NOTHING",
        label: { en: "Nothing for now", fa: "فعلاً هیچ", ar: "لا شيء حالياً", ru: "Пока ничего", tr: "Şimdilik hiçbir şey" },
      },
      { value: "OTHER", label: { en: "Something else", fa: "چیز دیگری", ar: "شيء آخر", ru: "Другое", tr: "Başka bir şey" } },
    ],
  },
  {
    id: "competitor",
    kind: "TEXT",
    required: false,
    label: {
      en: "If you moved to another provider, which one?",
      fa: "اگر به ارائه‌دهنده دیگری رفته‌اید، کدام است؟",
      ar: "إذا انتقلت إلى مزوّد آخر، فما هو؟",
      ru: "Если вы перешли к другому поставщику, то к какому?",
      tr: "Başka bir sağlayıcıya geçtiyseniz hangisi?",
    },
  },
  {
    id: "comeBack",
    kind: "CHOICE",
    required: true,
    label: {
      en: "Would you consider coming back?",
      fa: "آیا بازگشت را در نظر می‌گیرید؟",
      ar: "هل تفكر في العودة؟",
      ru: "Вы рассмотрели бы возможность вернуться?",
      tr: "Geri dönmeyi düşünür müsünüz?",
    },
    options: [
      { value: "YES", label: { en: "Yes", fa: "بله", ar: "نعم", ru: "Да", tr: "Evet" } },
      { value: "MAYBE", label: { en: "Maybe", fa: "شاید", ar: "ربما", ru: "Возможно", tr: "Belki" } },
      { value: "NO", label: { en: "No", fa: "خیر", ar: "لا", ru: "Нет", tr: "Hayır" } },
    ],
  },
  {
    id: "comments",
    kind: "TEXT",
    required: false,
    label: {
      en: "Anything else you would like to tell us?",
      fa: "چیز دیگری هست که بخواهید به ما بگویید؟",
      ar: "هل هناك أي شيء آخر تود إخبارنا به؟",
      ru: "Хотите что-нибудь ещё нам сказать?",
      tr: "Bize söylemek istediğiniz başka bir şey var mı?",
    },
  },
];

export const EXIT_SURVEY_TEMPLATE = { key: "exit", version: 1, name: "Exit survey", questions: EXIT_SURVEY_QUESTIONS };
