// Polyglot i18n provider: every language's messages (react-admin's ra.* plus ours) are a lazy chunk.
import polyglotI18nProvider from "ra-i18n-polyglot";
import type { I18nProvider, TranslationMessages } from "react-admin";
import { loadDirectionCache } from "../theme/emotionCaches.ts";
import { setCurrentLocale } from "./localeStore.ts";
import { directionOf, isLocale, LOCALE_INFO, LOCALES, type Locale } from "./locales.ts";

type Loader = () => Promise<{ default: TranslationMessages }>;

const loaders: Record<Locale, Loader> = {
  en: () => import("./messages/en.ts"),
  fa: () => import("./messages/fa.ts"),
  ar: () => import("./messages/ar.ts"),
  ru: () => import("./messages/ru.ts"),
  tr: () => import("./messages/tr.ts"),
};

const loaded = new Map<Locale, TranslationMessages>();

export async function loadMessages(locale: string): Promise<TranslationMessages> {
  if (!isLocale(locale)) throw new Error(`No messages for the language "${locale}"`);
  const cached = loaded.get(locale);
  if (cached) return cached;
  const messages = (await loaders[locale]()).default;
  loaded.set(locale, messages);
  return messages;
}

/** Builds the provider once the first language's messages are loaded (polyglot needs them synchronously). */
export function createI18nProvider(initial: Locale, initialMessages: TranslationMessages): I18nProvider {
  loaded.set(initial, initialMessages);
  const provider = polyglotI18nProvider(
    (locale) => loaded.get(locale as Locale) ?? loadMessages(locale),
    initial,
    LOCALES.map((locale) => ({ locale, name: LOCALE_INFO[locale].name })),
  );
  return {
    ...provider,
    changeLocale: async (locale, options) => {
      // Messages and, for a right-to-left language, its style cache first: then text and direction switch together.
      await Promise.all([provider.changeLocale(locale, options), loadDirectionCache(directionOf(locale))]);
      setCurrentLocale(locale);
    },
  };
}
