// The console's languages: each with its writing direction and the Intl locale used to format numbers and dates.
export const LOCALES = ["en", "fa", "ar", "ru", "tr"] as const;
export type Locale = (typeof LOCALES)[number];

export interface LocaleInfo {
  /** The language's own name: shown as is in the language menu, whatever the current language. */
  name: string;
  dir: "ltr" | "rtl";
  /** BCP 47 tag for Intl: Persian dates use the Persian (Solar Hijri) calendar. */
  intl: string;
}

export const LOCALE_INFO: Record<Locale, LocaleInfo> = {
  en: { name: "English", dir: "ltr", intl: "en-US" },
  fa: { name: "فارسی", dir: "rtl", intl: "fa-IR-u-ca-persian" },
  ar: { name: "العربية", dir: "rtl", intl: "ar" },
  ru: { name: "Русский", dir: "ltr", intl: "ru-RU" },
  tr: { name: "Türkçe", dir: "ltr", intl: "tr-TR" },
};

export const DEFAULT_LOCALE: Locale = "en";

export const isLocale = (value: unknown): value is Locale => typeof value === "string" && (LOCALES as readonly string[]).includes(value);

export const directionOf = (locale: string) => (isLocale(locale) ? LOCALE_INFO[locale].dir : "ltr");

export const intlLocaleOf = (locale: string) => (isLocale(locale) ? LOCALE_INFO[locale].intl : locale);
