// The five languages Churnstile's customers and staff speak; fa and ar are written right to left.
import { z } from "zod";

export const LOCALES = ["en", "fa", "ar", "ru", "tr"] as const;
export type Locale = (typeof LOCALES)[number];
export const RTL_LOCALES: readonly Locale[] = ["fa", "ar"];

/** A text in every supported locale (labels of survey questions, reason names). */
export const LocalizedText = z.object({
  en: z.string().min(1),
  fa: z.string().min(1),
  ar: z.string().min(1),
  ru: z.string().min(1),
  tr: z.string().min(1),
});
export type LocalizedText = z.infer<typeof LocalizedText>;
