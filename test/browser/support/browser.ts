// Debian's Chromium driven by playwright-core (which never downloads a browser): one browser per test file,
// a fresh context (storage, language) per page, and every console error or uncaught exception collected so a
// test can fail on them.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { DEMO_USERS } from "@churnstile/prisma/demo-users";
import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";
import { expect } from "vitest";

const CANDIDATES = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"];

/** The Chromium binary, or undefined when this machine has none (CI installs it: see .ci/run). */
export const chromiumPath = CANDIDATES.find((p): p is string => Boolean(p && fs.existsSync(p)));

export const launchBrowser = (): Promise<Browser> =>
  chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-dev-shm-usage"],
  });

export type Role = "ADMIN" | "MANAGER" | "AGENT" | "ANALYST";

export interface ConsolePage {
  page: Page;
  context: BrowserContext;
  /** Console errors and uncaught exceptions, in order. */
  errors: string[];
  close: () => Promise<void>;
}

export type StorageState = Awaited<ReturnType<BrowserContext["storageState"]>>;

/** A new page whose console starts in `locale` (until the user picks another language), optionally with a saved session. */
export async function openPage(browser: Browser, options: { locale?: string; storageState?: StorageState } = {}): Promise<ConsolePage> {
  const context = await browser.newContext({
    viewport: { width: 1366, height: 900 },
    locale: "en-US",
    timezoneId: "UTC",
    storageState: options.storageState,
  });
  await context.addInitScript((locale) => {
    if (!localStorage.getItem("churnstile.locale")) localStorage.setItem("churnstile.locale", locale);
  }, options.locale ?? "en");
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(`console.error: ${message.text()} (${message.location().url})`);
  });
  page.on("pageerror", (error) => errors.push(`uncaught: ${error.message}`));
  return { page, context, errors, close: () => context.close() };
}

/** Signs in through the sign-in page as the demo user of a role and waits for the console's menu. */
export async function signIn(page: Page, consoleUrl: string, role: Role) {
  const user = DEMO_USERS.find((u) => u.role === role);
  if (!user) throw new Error(`no demo user with role ${role}`);
  await page.goto(`${consoleUrl}#/login`);
  await page.locator('input[name="email"]').fill(user.email);
  await page.locator('input[name="password"]').fill(user.password);
  await page.locator('button[type="submit"]').click();
  await page.locator(".RaSidebar-fixed, .RaSidebar-root").first().waitFor();
  return user;
}

/**
 * Runs a test's steps on a fresh page, signed in as `role` (through the sign-in page the first time, then with that
 * session's saved storage) or not at all. Whatever happens, the browser console must have stayed free of errors;
 * on failure a screenshot is saved and its path printed.
 */
export function pageRunner(browser: () => Browser, consoleUrl: () => string) {
  const sessions = new Map<Role, StorageState>();
  return async function withPage(role: Role | null, run: (p: ConsolePage) => Promise<void>) {
    const p = await openPage(browser(), { storageState: role ? sessions.get(role) : undefined });
    try {
      if (role && !sessions.has(role)) {
        await signIn(p.page, consoleUrl(), role);
        sessions.set(role, await p.context.storageState());
      } else if (role) {
        await p.page.goto(consoleUrl());
      }
      await run(p);
      expect(p.errors, "browser console errors").toEqual([]);
    } catch (error) {
      const shot = path.join(os.tmpdir(), `churnstile-browser-failure-${Date.now()}.png`);
      await p.page.screenshot({ path: shot, fullPage: true }).catch(() => undefined);
      console.error(`failed at ${p.page.url()} (screenshot: ${shot}); browser console errors: ${JSON.stringify(p.errors)}`);
      throw error;
    } finally {
      await p.close();
    }
  };
}
