// The five languages as choices, each named in itself (as in the language menu).
import { LOCALE_INFO, LOCALES } from "../i18n/locales.ts";

export const localeChoices = LOCALES.map((id) => ({ id, name: LOCALE_INFO[id].name }));
