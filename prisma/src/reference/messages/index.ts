// Message templates for every MessageKind in every locale (real translations, same placeholders in each).
import type { MessageKind } from "../../../generated/enums.ts";
import type { Locale } from "../locales.ts";
import { ar } from "./ar.ts";
import { en } from "./en.ts";
import { fa } from "./fa.ts";
import { ru } from "./ru.ts";
import { tr } from "./tr.ts";
import type { MessageTexts } from "./types.ts";

export type { MessageTexts } from "./types.ts";

export const MESSAGE_TEXTS: Record<Locale, MessageTexts> = { en, fa, ar, ru, tr };

/** Placeholders a template may use; the API fills them when it sends a message. */
export const MESSAGE_PLACEHOLDERS = ["customer.name", "offer", "feature.title", "survey.link", "payment.link"] as const;

export function messageTemplateRows(): { kind: MessageKind; locale: Locale; subject: string; body: string }[] {
  return Object.entries(MESSAGE_TEXTS).flatMap(([locale, texts]) =>
    Object.entries(texts).map(([kind, t]) => ({ kind: kind as MessageKind, locale: locale as Locale, ...t })),
  );
}
