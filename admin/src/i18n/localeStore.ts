// The chosen language, outside React so that the theme and the emotion cache (above react-admin) follow it.
// It persists in localStorage and is mirrored on <html lang dir>.
import { useSyncExternalStore } from "react";
import { DEFAULT_LOCALE, directionOf, isLocale, LOCALES, type Locale } from "./locales.ts";

const STORAGE_KEY = "churnstile.locale";
const listeners = new Set<() => void>();

function readStored(): Locale | undefined {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    return isLocale(stored) ? stored : undefined;
  } catch {
    return undefined; // storage disabled: fall back to the browser's languages
  }
}

function fromBrowser(): Locale | undefined {
  const tags = typeof navigator === "undefined" ? [] : navigator.languages;
  return tags.map((tag) => tag.slice(0, 2).toLowerCase()).find(isLocale);
}

let current: Locale = readStored() ?? fromBrowser() ?? DEFAULT_LOCALE;

export const getCurrentLocale = (): Locale => current;

export function applyLocaleToDocument(locale: Locale) {
  document.documentElement.lang = locale;
  document.documentElement.dir = directionOf(locale);
}

export function setCurrentLocale(locale: string) {
  if (!isLocale(locale) || locale === current) return;
  current = locale;
  try {
    localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // the choice then lasts for this page only
  }
  applyLocaleToDocument(locale);
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The current language; re-renders when it changes. */
export const useCurrentLocale = (): Locale => useSyncExternalStore(subscribe, getCurrentLocale);

export { LOCALES };
