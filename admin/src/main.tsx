// Entry point: load the chosen language's messages (and right-to-left styles if needed), then render.
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App.tsx";
import { createI18nProvider, loadMessages } from "./i18n/i18nProvider.ts";
import { applyLocaleToDocument, getCurrentLocale } from "./i18n/localeStore.ts";
import { directionOf } from "./i18n/locales.ts";
import { loadDirectionCache } from "./theme/emotionCaches.ts";

async function start() {
  const locale = getCurrentLocale();
  applyLocaleToDocument(locale);
  const [messages] = await Promise.all([loadMessages(locale), loadDirectionCache(directionOf(locale))]);
  const root = document.getElementById("root");
  if (!root) throw new Error("#root is missing from index.html");
  createRoot(root).render(
    <StrictMode>
      <App i18nProvider={createI18nProvider(locale, messages)} />
    </StrictMode>,
  );
}

start().catch((error: unknown) => console.error(error));
