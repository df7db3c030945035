// The Intl locale of the current language (Persian uses the Persian calendar for dates).
import { useLocaleState } from "react-admin";
import { intlLocaleOf } from "../i18n/locales.ts";

export function useIntlLocale(): string {
  const [locale] = useLocaleState();
  return intlLocaleOf(locale);
}
