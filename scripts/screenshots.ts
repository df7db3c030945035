// `pnpm screenshots`: starts the server (`pnpm start`) on a temporary data directory with demo data, signs in
// with Debian's Chromium and saves screenshots of the dashboard, a customer, the log-churn screen and a Persian list page
// (plus the Persian dashboard and an Arabic customer page) into screenshots/ (gitignored), then stops the server and removes the data.
import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { repoRoot } from "@churnstile/api/config";
import { DEMO_USERS } from "@churnstile/prisma/demo-users";
import { type Browser, chromium, type Page } from "playwright-core";

const OUT = path.join(repoRoot, "screenshots");
const CHROMIUM = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) => p && fs.existsSync(p));
const CUSTOMERS = process.env.DEMO_CUSTOMERS ?? "400";

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });

async function startServer(dataDir: string): Promise<{ child: ChildProcess; origin: string }> {
  const port = await freePort();
  const env = { ...process.env, DATA_DIR: dataDir, PORT: String(port), DATABASE_URL: "", DEMO_CUSTOMERS: CUSTOMERS, FORCE_COLOR: "0" };
  const child = spawn("pnpm", ["start"], { cwd: repoRoot, env });
  let output = "";
  child.stdout?.on("data", (d) => (output += d));
  child.stderr?.on("data", (d) => (output += d));
  const deadline = Date.now() + 300_000;
  while (!output.includes("Churnstile is ready")) {
    if (child.exitCode !== null) throw new Error(`pnpm start exited with ${child.exitCode}:\n${output}`);
    if (Date.now() > deadline) throw new Error(`pnpm start did not become ready:\n${output}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  return { child, origin: `http://127.0.0.1:${port}` };
}

async function gql<T>(origin: string, query: string, variables: object, token?: string): Promise<T> {
  const response = await fetch(`${origin}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown };
  if (!body.data) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

/** A page of the console signed in as the demo administrator, in `locale`, logging console errors. */
async function consolePage(browser: Browser, origin: string, locale: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 960 }, timezoneId: "UTC" });
  await context.addInitScript((l) => localStorage.setItem("churnstile.locale", l), locale);
  const page = await context.newPage();
  page.setDefaultTimeout(60_000);
  page.on("console", (m) => m.type() === "error" && console.warn(`  browser console error (${locale}): ${m.text()}`));
  const admin = DEMO_USERS.find((u) => u.role === "ADMIN");
  if (!admin) throw new Error("no demo administrator");
  await page.goto(`${origin}/admin/#/login`);
  await page.locator('input[name="email"]').fill(admin.email);
  await page.locator('input[name="password"]').fill(admin.password);
  await page.locator('button[type="submit"]').click();
  await page.locator(".RaSidebar-fixed").waitFor();
  return page;
}

async function dashboard(page: Page, file: string) {
  await page.goto(page.url().replace(/#.*$/, "#/"));
  await page.getByTestId("dashboard").waitFor();
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="dashboard"] [data-state="loading"]').length === 0);
  await page.locator('[data-metric="churn-by-type"] .recharts-bar-rectangle').first().waitFor();
  await shoot(page, file);
}

async function shoot(page: Page, file: string) {
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: path.join(OUT, file), fullPage: true });
  console.log(`  screenshots/${file}`);
}

async function main() {
  if (!CHROMIUM) throw new Error("No Chromium found: apt-get install chromium (or set CHROMIUM_PATH)");
  fs.mkdirSync(OUT, { recursive: true });
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "churnstile-screenshots-"));
  console.log(`starting the server on ${dataDir} with ${CUSTOMERS} demo customers…`);
  const { child, origin } = await startServer(dataDir);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
  });
  try {
    const en = await consolePage(browser, origin, "en");
    await dashboard(en, "dashboard.png");

    // The log-churn screen for a paying customer, filled in up to the suggested actions (not saved).
    const token = await en.evaluate(() => localStorage.getItem("churnstile.token"));
    const { allCustomers } = await gql<{ allCustomers: { id: string }[] }>(
      origin,
      `{ allCustomers(filter: { status: ACTIVE }, sortField: "mrrMinor", sortOrder: "DESC", perPage: 1) { id } }`,
      {},
      token ?? undefined,
    );
    // The customer's page: summary, subscriptions, health factors and timeline.
    await en.goto(`${origin}/admin/#/Customer/${allCustomers[0].id}/show`);
    await en.locator(".RaShow-main table").first().waitFor();
    await shoot(en, "customer.png");

    await en.goto(`${origin}/admin/#/Customer/${allCustomers[0].id}/churn`);
    await en.locator('input[name="type"][value="VOLUNTARY"]').check();
    await en.getByRole("combobox", { name: /^Reason/ }).click();
    await en.getByRole("option", { name: /^Price/ }).click();
    await en.locator('input[name="withSurvey"]').check();
    await en.locator('input[name="surveyAnswers.satisfaction"][value="2"]').check();
    await shoot(en, "log-churn.png");

    const fa = await consolePage(browser, origin, "fa");
    await fa.goto(`${origin}/admin/#/Customer`);
    await fa.locator("tbody tr").first().waitFor();
    await shoot(fa, "customers-fa.png");
    await dashboard(fa, "dashboard-fa.png");

    // A customer's page right to left in Arabic, with the subscription dialog open.
    const ar = await consolePage(browser, origin, "ar");
    await ar.goto(`${origin}/admin/#/Customer/${allCustomers[0].id}/show`);
    await ar.locator(".RaShow-main table").first().waitFor();
    await ar.locator("[data-subscription] button").first().click();
    await ar.getByRole("dialog").waitFor();
    await shoot(ar, "customer-ar.png");
  } finally {
    await browser.close();
    child.kill("SIGTERM");
    await new Promise((r) => child.once("exit", r));
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
