// Shows its children in the survey's language, whatever the console's: that language's messages (a lazy chunk),
// its writing direction (MUI theme and the right-to-left emotion cache) and <html lang dir> while the page is open.
import { CacheProvider } from "@emotion/react";
import { CircularProgress, ThemeProvider } from "@mui/material";
import polyglotI18nProvider from "ra-i18n-polyglot";
import { type ReactNode, useEffect, useMemo, useState } from "react";
import { I18nContext, type I18nProvider } from "react-admin";
import { loadMessages } from "../i18n/i18nProvider.ts";
import { applyLocaleToDocument, getCurrentLocale } from "../i18n/localeStore.ts";
import { DEFAULT_LOCALE, directionOf, isLocale, type Locale } from "../i18n/locales.ts";
import { directionCache, loadDirectionCache } from "../theme/emotionCaches.ts";
import { Centered } from "./Centered.tsx";

export function SurveyLocale({ locale: requested, children }: { locale: string; children: ReactNode }) {
  const locale: Locale = isLocale(requested) ? requested : DEFAULT_LOCALE;
  const direction = directionOf(locale);
  const [provider, setProvider] = useState<{ locale: Locale; i18n: I18nProvider } | undefined>();

  useEffect(() => {
    let cancelled = false;
    Promise.all([loadMessages(locale), loadDirectionCache(direction)]).then(
      ([messages]) => {
        if (!cancelled) setProvider({ locale, i18n: polyglotI18nProvider(() => messages, locale) });
      },
      (error: unknown) => console.warn("survey language could not be loaded", error),
    );
    return () => {
      cancelled = true;
    };
  }, [locale, direction]);

  useEffect(() => {
    applyLocaleToDocument(locale);
    return () => applyLocaleToDocument(getCurrentLocale()); // back to the console's language on leaving
  }, [locale]);

  const theme = useMemo(() => (outer: object) => ({ ...outer, direction }), [direction]);
  if (!provider || provider.locale !== locale) return <Centered>{<CircularProgress aria-busy="true" />}</Centered>;
  return (
    <CacheProvider value={directionCache(direction)}>
      <ThemeProvider theme={theme}>
        <I18nContext.Provider value={provider.i18n}>
          <div dir={direction} lang={locale}>
            {children}
          </div>
        </I18nContext.Provider>
      </ThemeProvider>
    </CacheProvider>
  );
}
