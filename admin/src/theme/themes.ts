// react-admin's default light and dark themes, laid out in the given writing direction.
import { defaultDarkTheme, defaultLightTheme, type RaThemeOptions } from "react-admin";
import type { Direction } from "./emotionCaches.ts";

export interface Themes {
  light: RaThemeOptions;
  dark: RaThemeOptions;
}

const byDirection = new Map<Direction, Themes>();

/** Stable objects per direction, so react-admin rebuilds the MUI theme only when the direction changes. */
export function themesFor(direction: Direction): Themes {
  let themes = byDirection.get(direction);
  if (!themes) {
    themes = { light: { ...defaultLightTheme, direction }, dark: { ...defaultDarkTheme, direction } };
    byDirection.set(direction, themes);
  }
  return themes;
}
