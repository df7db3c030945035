// The console's five languages hold the same keys: every message English has (react-admin's and ours), each other
// language translates, with the same %{placeholders}, so no label falls back to a key or to English.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import ar from "../admin/src/i18n/messages/ar.ts";
import en from "../admin/src/i18n/messages/en.ts";
import fa from "../admin/src/i18n/messages/fa.ts";
import ru from "../admin/src/i18n/messages/ru.ts";
import tr from "../admin/src/i18n/messages/tr.ts";

type Tree = { [key: string]: string | Tree };

/** Every leaf as "a.b.c" → message. */
function flatten(tree: Tree, prefix = "", out = new Map<string, string>()) {
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(path, value);
    else flatten(value, path, out);
  }
  return out;
}

/** Every .ts/.tsx file of the console outside the catalogues themselves. */
function sources(dir: string, out: string[] = []): string[] {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== "i18n") sources(file, out);
    } else if (/\.tsx?$/.test(entry.name)) out.push(file);
  }
  return out;
}
// localStorage keys share the churnstile. prefix; they are not messages
const STORAGE_KEYS = new Set(["churnstile.token", "churnstile.user", "churnstile.locale", "churnstile.publicSurvey"]);

const placeholders = (message: string) => [...new Set(message.match(/%\{\w+\}/g) ?? [])].sort();
const english = flatten(en as unknown as Tree);
const others = { fa, ar, ru, tr } as unknown as Record<string, Tree>;

describe("the console's message catalogues", () => {
  it("has English messages for our resources, enums and screens", () => {
    for (const key of [
      "resources.Customer.name",
      "resources.Interaction.name",
      "enums.ChurnType.VOLUNTARY",
      "churnstile.dashboard.title",
    ]) {
      expect(english.get(key), key).toBeTruthy();
    }
  });

  it("has an English message for every key the console's code names", () => {
    const adminSrc = path.join(import.meta.dirname, "../admin/src");
    const missing: string[] = [];
    for (const file of sources(adminSrc)) {
      for (const [, key] of fs
        .readFileSync(file, "utf8")
        .matchAll(/["'`]((?:resources|churnstile|enums|ra)\.[A-Za-z0-9_.]*[A-Za-z0-9_])["'`]/g)) {
        const known = english.has(key) || [...english.keys()].some((k) => k.startsWith(`${key}.`)); // a subtree, e.g. for a prefix
        if (!known && !STORAGE_KEYS.has(key)) missing.push(`${key} (${path.relative(adminSrc, file)})`);
      }
    }
    expect(missing).toEqual([]);
  });

  it.each(Object.keys(others))("%s translates every English key, with the same placeholders", (locale) => {
    const messages = flatten(others[locale]);
    const missing = [...english].filter(([key, message]) => message.trim() && !messages.get(key)?.trim()).map(([key]) => key);
    expect(missing).toEqual([]);
    const extra = [...messages.keys()].filter((key) => !english.has(key) && !key.startsWith("ra."));
    expect(extra).toEqual([]);
    const mismatched = [...english].filter(([key, message]) => {
      const theirs = messages.get(key);
      // react-admin's own packs word some messages without the optional placeholders
      return theirs && !key.startsWith("ra.") && placeholders(theirs).join() !== placeholders(message).join();
    });
    expect(mismatched.map(([key]) => key)).toEqual([]);
  });
});
