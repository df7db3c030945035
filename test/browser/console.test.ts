// The console in a real browser (Debian's Chromium through playwright-core) against the real API on a test
// database: an agent's day (create a customer, start their subscription, log a churn with its exit survey, send an
// exit-survey link, work the suggested action, see the dashboard move), Persian right to left, the public exit
// survey in Arabic, and an analyst who may only read.
// Every test fails on any browser console error.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import fa from "../../admin/src/i18n/app/fa.ts";
import arSurvey from "../../admin/src/public-survey/i18n/ar.ts";
import { chromiumPath, launchBrowser, pageRunner } from "./support/browser.ts";
import { type ConsoleServer, startConsoleServer } from "./support/console-server.ts";
import { changeSubscriptionMrr, sendSurveyLink, startSubscription } from "./support/customer-page.ts";
import { dashboardFigures, reasonsCount } from "./support/dashboard.ts";
import { en, enPattern } from "./support/messages.ts";
import { surveyLink } from "./support/survey.ts";

if (!chromiumPath && process.env.CI) throw new Error("Chromium is required in CI (apt-get install chromium)");
if (!chromiumPath) console.warn("browser tests skipped: no Chromium at /usr/bin/chromium (set CHROMIUM_PATH)");

/** How long a polled expectation may take: pages wait for the API and lazy chunks, and CI machines are busy. */
const WAIT = { timeout: 30_000, interval: 100 };

describe.skipIf(!chromiumPath)("the console in Chromium", { timeout: 120_000 }, () => {
  let server: ConsoleServer;
  let browser: Browser;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startConsoleServer({ customers: 80 }), launchBrowser()]);
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const withPage = pageRunner(
    () => browser,
    () => server.console,
  );

  describe("an agent's day", () => {
    const name = `Browser Test Bakery ${Date.now().toString(36)}`;
    let before: number;
    let customerPath: string;
    let customerId: number;
    let actionPath: string;

    it("signs in and sees the dashboard's figures, as the server computes them", async () => {
      await withPage("AGENT", async ({ page }) => {
        const figures = await dashboardFigures(page);
        const server_ = await reasonsCount(server, figures.range);
        expect(figures.reasonsCount).toBe(server_);
        expect(figures.logoChurnDetail).toMatch(/^0 of /); // the demo company's history ends where this month starts
        before = figures.reasonsCount;
      });
    });

    it("creates a customer", async () => {
      await withPage("AGENT", async ({ page }) => {
        await page.goto(`${server.console}#/Customer/create`);
        await page.locator('input[name="name"]').fill(name);
        await page.locator('input[name="externalId"]').fill(`browser-${Date.now()}`);
        await page.locator('input[name="country"]').fill("Turk");
        await page
          .getByRole("option", { name: "Türkiye" })
          .or(page.getByRole("option", { name: "Turkey" }))
          .first()
          .click();
        await page.getByRole("combobox", { name: new RegExp(`^${en("resources.Customer.fields.plan")}`) }).click();
        await page.getByRole("option", { name: en("enums.Plan.GROWTH") }).click();
        await page.locator('button[type="submit"]').click();
        await page.waitForURL(/#\/Customer\/\d+\/show$/);
        await page.getByText(name).filter({ visible: true }).first().waitFor();
        customerPath = new URL(page.url()).hash;
      });
      customerId = Number(/Customer\/(\d+)/.exec(customerPath)?.[1]);
    });

    it("adds the customer to a segment kept by hand from the list, and takes them out again", async () => {
      const segment = await server.db.prisma.segment.findFirstOrThrow({ where: { kind: "STATIC", name: "Loyalty programme members" } });
      const members = () => server.db.prisma.segmentMember.count({ where: { segmentId: segment.id, customerId } });
      const list = (filter: object) => `${server.console}#/Customer?filter=${encodeURIComponent(JSON.stringify(filter))}`;
      await withPage("AGENT", async ({ page }) => {
        await page.goto(list({ q: name }));
        await page.locator("tbody tr").filter({ hasText: name }).locator('input[type="checkbox"]').check();
        await page.getByRole("button", { name: en("resources.Segment.membership.add") }).click();
        const dialog = page.getByRole("dialog");
        await dialog.getByRole("combobox").click();
        await page.getByRole("option", { name: segment.name }).click();
        await dialog.getByRole("button", { name: en("resources.Segment.membership.add") }).click();
        await dialog.waitFor({ state: "hidden" });
        await expect.poll(members, WAIT).toBe(1);

        await page.goto(list({ segmentId: String(segment.id), q: name }));
        await page.locator("tbody tr").filter({ hasText: name }).locator('input[type="checkbox"]').check();
        await page.getByRole("button", { name: en("resources.Segment.membership.remove") }).click();
        await expect.poll(members, WAIT).toBe(0);
      });
    });

    it("starts a subscription on the customer's page, changes its MRR and sees it", async () => {
      // paying since two months ago, so the customer counts among those active at the start of this month
      const since = new Date(Date.now() - 60 * 86_400_000).toISOString().slice(0, 10);
      await withPage("AGENT", async ({ page }) => {
        await page.goto(`${server.console}${customerPath}`);
        const table = await startSubscription(page, "49", since);
        await expect.poll(() => table.textContent(), WAIT).toContain("$49.00");
        await expect.poll(() => page.locator(".RaShow-main").textContent(), WAIT).toContain(en("enums.CustomerStatus.ACTIVE"));
        await changeSubscriptionMrr(page, "59"); // a seat added: the old price ends now and the new one runs on
        await expect.poll(() => table.textContent(), WAIT).toContain("$59.00");
      });
      const customer = await server.db.prisma.customer.findUniqueOrThrow({
        where: { id: customerId },
        include: { subscriptions: { orderBy: { id: "asc" } } },
      });
      expect(customer.mrrMinor).toBe(5900);
      expect(customer.subscriptions.map((s) => [s.mrrMinor, s.startedAt.toISOString().slice(0, 10), s.endedAt !== null])).toEqual([
        [4900, since, true],
        [5900, new Date().toISOString().slice(0, 10), false],
      ]);
    });

    it("logs a churn with an exit survey and sees the status, the timeline and the suggested actions", async () => {
      await withPage("AGENT", async ({ page }) => {
        await page.goto(`${server.console}${customerPath}`);
        await page.getByRole("link", { name: en("resources.ChurnEvent.log.button") }).click();
        await page.waitForURL(/\/churn$/);
        await page.locator('input[name="type"][value="VOLUNTARY"]').check();
        await page.getByRole("combobox", { name: new RegExp(`^${en("resources.ChurnEvent.fields.primaryReason")}`) }).click();
        await page.getByRole("option", { name: new RegExp(`^${en("enums.ReasonCode.PRICE")}`) }).click();
        await page.locator('input[name="withSurvey"]').check();
        await page.locator('input[name="surveyAnswers.satisfaction"][value="2"]').check();
        await page.locator('input[name="surveyAnswers.comeBack"][value="MAYBE"]').check();
        await page.locator('textarea[name="surveyAnswers.comments"]').fill("Too expensive for a small bakery.");
        await page.locator('button[type="submit"]').click();

        await page.waitForURL(/#\/Customer\/\d+\/show$/);
        const logged = page.getByTestId("churn-logged");
        await expect.poll(() => logged.textContent(), WAIT).toContain(en("enums.CustomerStatus.CHURNED"));
        const actions = logged.getByRole("link");
        await expect.poll(() => actions.count(), WAIT).toBeGreaterThan(0);
        const timeline = page.getByRole("list", { name: en("resources.Customer.timeline.title") });
        await expect.poll(() => timeline.textContent(), WAIT).toContain(en("enums.ChurnType.VOLUNTARY"));
        actionPath = (await actions.first().getAttribute("href")) ?? ""; // "#/RetentionAction/<id>/show"
      });
      const survey = await server.db.prisma.exitSurveyResponse.findFirstOrThrow({ where: { customerId } });
      expect(survey).toMatchObject({ status: "COMPLETED", channel: "CONSOLE" });
      expect(survey.answers).toMatchObject({ satisfaction: 2, comeBack: "MAYBE" });
    });

    it("sends an exit-survey link and sees its address and expiry", async () => {
      await withPage("AGENT", async ({ page }) => {
        await page.goto(`${server.console}${customerPath}`);
        const { dialog, url } = await sendSurveyLink(page);
        const token = url.split("/").at(-1) ?? "";
        expect(token).toMatch(/^[\w-]{32}$/);
        expect(url).toBe(`${server.console}#/survey/${token}`);
        expect(await dialog.textContent()).toMatch(enPattern("resources.ExitSurveyResponse.link.expires"));
        await dialog.getByRole("button", { name: en("resources.ExitSurveyResponse.link.close") }).click();
        await dialog.waitFor({ state: "hidden" });
      });
      const sent = await server.db.prisma.exitSurveyResponse.findFirstOrThrow({ where: { customerId, status: "PENDING" } });
      expect(sent).toMatchObject({ channel: "LINK", locale: "en" });
    });

    it("takes the sent survey's answers on the phone", async () => {
      const sent = await server.db.prisma.exitSurveyResponse.findFirstOrThrow({ where: { customerId, status: "PENDING" } });
      await withPage("AGENT", async ({ page }) => {
        await page.goto(`${server.console}#/ExitSurveyResponse/${sent.id}/show`);
        await page.getByRole("button", { name: en("resources.ExitSurveyResponse.phone.button") }).click();
        const dialog = page.getByRole("dialog");
        await dialog.getByRole("combobox").first().click(); // the reason
        await page.getByRole("option").first().click();
        await dialog.locator('input[name="surveyAnswers.satisfaction"][value="1"]').check();
        await dialog.locator('input[name="surveyAnswers.comeBack"][value="NO"]').check();
        await dialog.getByRole("button", { name: en("resources.ExitSurveyResponse.phone.save") }).click();
        await dialog.waitFor({ state: "hidden" });
        await expect.poll(() => page.locator(".RaShow-main").textContent(), WAIT).toContain(en("enums.SurveyStatus.COMPLETED"));
      });
      const taken = await server.db.prisma.exitSurveyResponse.findUniqueOrThrow({ where: { id: sent.id } });
      expect(taken).toMatchObject({ status: "COMPLETED", channel: "PHONE" });
      expect(taken.answers).toMatchObject({ satisfaction: 1, comeBack: "NO" });
    });

    it("completes a suggested action", async () => {
      await withPage("AGENT", async ({ page }) => {
        expect(actionPath).toMatch(/^#\/RetentionAction\/\d+\/show$/);
        await page.goto(`${server.console}${actionPath}`);
        await page
          .getByRole("button", { name: en("resources.RetentionAction.complete.button") })
          .first()
          .click();
        const dialog = page.getByRole("dialog");
        await dialog.getByRole("combobox").click();
        await page.getByRole("option", { name: en("enums.ActionOutcome.RETAINED") }).click();
        await dialog.getByRole("button", { name: en("resources.RetentionAction.complete.button") }).click();
        await dialog.waitFor({ state: "hidden" });
        await expect.poll(() => page.locator("main").textContent(), WAIT).toContain(en("enums.ActionStatus.DONE"));
      });
    });

    it("sees the dashboard's figures change", async () => {
      await withPage("AGENT", async ({ page }) => {
        const persisted: string[] = []; // the figures come as persisted GET queries
        page.on("request", (r) => void (r.method() === "GET" && /\/graphql\?id=[0-9a-f]{64}&/.test(r.url()) && persisted.push(r.url())));
        await page.reload();
        const figures = await dashboardFigures(page);
        expect(persisted.length).toBeGreaterThanOrEqual(5);
        expect(figures.reasonsCount).toBe(before + 1);
        expect(figures.logoChurnDetail).toMatch(/^1 of /);
        expect(await reasonsCount(server, figures.range)).toBe(figures.reasonsCount);
      });
    });
  });

  it("switches to Persian: right to left, translated labels, and the choice persists", async () => {
    await withPage("MANAGER", async ({ page }) => {
      await page.goto(`${server.console}#/Customer`);
      await page.getByRole("button", { name: /english/i }).click();
      await page.getByRole("menuitem", { name: "فارسی" }).click();
      await page.waitForFunction(() => document.documentElement.dir === "rtl");
      expect(await page.evaluate(() => document.documentElement.lang)).toBe("fa");
      const customers = fa.resources.Customer.name.split(" |||| ")[1]; // "مشتریان"
      const menu = page.locator(".RaSidebar-fixed");
      await expect.poll(() => menu.textContent(), WAIT).toContain(customers);
      await expect.poll(() => page.locator("thead").first().textContent(), WAIT).toContain(fa.resources.Customer.fields.name);
      // Laid out right to left: the menu sits on the right of the page.
      const box = await menu.boundingBox();
      expect(box && box.x > 1366 / 2).toBe(true);
      await page.reload();
      await page.waitForFunction(() => document.documentElement.dir === "rtl");
      await expect.poll(() => page.locator(".RaSidebar-fixed").textContent(), WAIT).toContain(customers);
    });
  });

  describe("the public exit survey", () => {
    it("is answered in Arabic, right to left, without signing in, and then thanks the customer", async () => {
      const { token, id } = await surveyLink(server, { locale: "ar" });
      await withPage(null, async ({ page }) => {
        await page.goto(`${server.console}#/survey/${token}`);
        const form = page.locator("form");
        await form.getByRole("heading", { name: arSurvey.title }).waitFor();
        expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(["ar", "rtl"]);
        await page.locator("[data-question=reason] input[type=radio]").first().check();
        await page.locator('[data-question=satisfaction] input[type=radio][value="2"]').check();
        await page.locator("[data-question=comeBack] input[type=radio]").first().check();
        await page.getByRole("button", { name: arSurvey.submit }).click();
        await page.locator('[data-survey-state="thanks"]').waitFor();
        expect(await page.locator('[data-survey-state="thanks"]').textContent()).toContain(arSurvey.thanks_title);
      });
      const stored = await server.db.prisma.exitSurveyResponse.findUniqueOrThrow({ where: { id } });
      expect(stored).toMatchObject({ status: "COMPLETED", channel: "LINK", locale: "ar" });
      expect(stored.answers).toMatchObject({ satisfaction: 2 });

      await withPage(null, async ({ page }) => {
        await page.goto(`${server.console}#/survey/${token}`);
        await page.locator('[data-survey-state="completed"]').waitFor();
      });
    });

    it("says so when a link is unknown or has expired", async () => {
      const expired = await surveyLink(server, { locale: "fa", expired: true });
      await withPage(null, async ({ page }) => {
        await page.goto(`${server.console}#/survey/no-such-token-${Date.now()}`);
        await page.locator('[data-survey-state="invalid"]').waitFor();
        expect(await page.locator("h1").textContent()).toBe(en("churnstile.survey.invalid_title"));
        await page.goto(`${server.console}#/survey/${expired.token}`);
        await page.locator('[data-survey-state="expired"]').waitFor();
        expect(await page.evaluate(() => document.documentElement.dir)).toBe("rtl");
      });
    });
  });

  it("shows an analyst no create, edit, log-churn, subscription, survey-link or complete buttons", async () => {
    await withPage("ANALYST", async ({ page }) => {
      await page.goto(`${server.console}#/Customer`);
      await page.locator("tbody tr").first().waitFor();
      expect(await page.locator('a[href$="/Customer/create"]').count()).toBe(0);
      await page.locator("tbody tr").first().click();
      await page.waitForURL(/#\/Customer\/\d+\/show$/);
      await page.locator(".RaShow-main").waitFor();
      expect(await page.locator('a[href$="/edit"], a[href$="/churn"]').count()).toBe(0);
      await page.getByRole("table", { name: en("resources.Subscription.section.title") }).waitFor();
      const writes = [
        en("resources.Subscription.start.button"),
        en("resources.Subscription.end.button"),
        en("resources.ExitSurveyResponse.link.button"),
      ];
      expect(await page.getByRole("button", { name: new RegExp(`^(${writes.join("|")})$`) }).count()).toBe(0);
      await page.goto(`${server.console}#/Subscription`);
      await page.locator("tbody tr").first().waitFor();
      await page.goto(`${server.console}#/RetentionAction`);
      await page.locator("tbody tr").first().waitFor();
      expect(await page.getByRole("button", { name: en("resources.RetentionAction.complete.button") }).count()).toBe(0);
      expect(await page.locator('a[href$="/edit"], a[href$="/create"]').count()).toBe(0);
    });
  });
});
