// What an agent does on a customer's page, step by step as a user would: start a subscription and change its MRR in
// their dialogs, and
// create an exit-survey link and read it back.
import type { Page } from "playwright-core";
import { en } from "./messages.ts";

/** Starts a subscription to the first product offered, at `amount` (major units) from `since` (YYYY-MM-DD). */
export async function startSubscription(page: Page, amount: string, since: string) {
  await page.getByRole("button", { name: en("resources.Subscription.start.button") }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByRole("combobox", { name: new RegExp(`^${en("resources.Subscription.fields.product")}`) }).click();
  await page.getByRole("option").first().click();
  await dialog.locator('input[name="mrr"]').fill(amount);
  await dialog.locator('input[name="day"]').fill(since);
  await dialog.getByRole("button", { name: en("resources.Subscription.start.button") }).click();
  await dialog.waitFor({ state: "hidden" });
  return page.getByRole("table", { name: en("resources.Subscription.section.title") });
}

/** Changes the MRR of the running subscription in the table's first row to `amount` (major units), from now. */
export async function changeSubscriptionMrr(page: Page, amount: string) {
  const table = page.getByRole("table", { name: en("resources.Subscription.section.title") });
  await table
    .getByRole("button", { name: en("resources.Subscription.change.button") })
    .first()
    .click();
  const dialog = page.getByRole("dialog");
  await dialog.locator('input[name="mrr"]').fill(amount);
  await dialog.getByRole("button", { name: en("resources.Subscription.change.button") }).click();
  await dialog.waitFor({ state: "hidden" });
  return table;
}

/** Creates an exit-survey link in its dialog; returns the dialog (still open) and the link's address once shown. */
export async function sendSurveyLink(page: Page) {
  await page.getByRole("button", { name: en("resources.ExitSurveyResponse.link.button") }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByRole("button", { name: en("resources.ExitSurveyResponse.link.create") }).click();
  const url = dialog.getByTestId("survey-link-url");
  await url.waitFor();
  return { dialog, url: (await url.textContent()) ?? "" };
}
