// Exit-survey questions as the API stores them (ExitSurveyTemplate.questions), and their text in a language.
export type QuestionKind = "CHOICE" | "MULTI" | "SCALE" | "TEXT" | "REASON";
export type LocalizedText = Partial<Record<string, string>>;

export interface SurveyQuestion {
  id: string;
  kind: QuestionKind;
  required?: boolean;
  label: LocalizedText;
  options?: { value: string; label: LocalizedText }[];
  min?: number;
  max?: number;
}

/** The text in the console's language, else English, else any. */
export const textIn = (text: LocalizedText | undefined, locale: string): string =>
  text?.[locale] ?? text?.en ?? Object.values(text ?? {})[0] ?? "";

export const isQuestionList = (value: unknown): value is SurveyQuestion[] =>
  Array.isArray(value) && value.every((q) => typeof q?.id === "string" && typeof q?.kind === "string");

export function scaleValues(q: SurveyQuestion): number[] {
  const min = q.min ?? 1;
  const max = q.max ?? 5;
  return Array.from({ length: Math.max(0, max - min + 1) }, (_, i) => min + i);
}
