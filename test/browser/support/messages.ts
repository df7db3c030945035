// The console's English texts, looked up by their i18n keys, so the tests find buttons and labels the way a user
// does without copying the wording (which the message files own).
import app from "../../../admin/src/i18n/app/en.ts";
import enums from "../../../admin/src/i18n/enums/en.ts";

const messages: Record<string, unknown> = { ...app, enums };

/** The English message of a key; for a plural message its first (singular) form. */
export function en(key: string): string {
  let node: unknown = messages;
  for (const part of key.split(".")) node = (node as Record<string, unknown> | undefined)?.[part];
  if (typeof node !== "string") throw new Error(`no English message for "${key}"`);
  return node.split(" |||| ")[0];
}

/** The message as a pattern: every %{placeholder} matches anything. */
export function enPattern(key: string, flags = ""): RegExp {
  const parts = en(key)
    .split(/%\{\w+\}/)
    .map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  return new RegExp(parts.join(".*"), flags);
}
