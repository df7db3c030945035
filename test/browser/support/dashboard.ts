// Reading the dashboard in the browser, and the same figures straight from the API to compare them with.
import { DEMO_USERS } from "@churnstile/prisma/demo-users";
import type { Page } from "playwright-core";
import type { ConsoleServer } from "./console-server.ts";

export interface Range {
  from: string;
  to: string;
}

/** The charts' default range: the last 12 calendar months (UTC), this one included — as the dashboard opens. */
export function chartRange(now = new Date()): Range {
  const month = (offset: number) => new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + offset, 1)).toISOString();
  return { from: month(-11), to: month(1) };
}

export interface DashboardFigures {
  logoChurn: string;
  /** "3 of 1,622 customers" */
  logoChurnDetail: string;
  reasonsCount: number;
  range: Range;
}

/** Opens the dashboard and waits until every widget has settled (ready, empty or not available). */
export async function dashboardFigures(page: Page): Promise<DashboardFigures> {
  await page.goto(page.url().replace(/#.*$/, "#/"));
  const dashboard = page.getByTestId("dashboard");
  await dashboard.waitFor();
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="dashboard"] [data-state="loading"]').length === 0);
  const errors = await dashboard.locator('[data-state="error"]').count();
  if (errors > 0) throw new Error(`${errors} dashboard widget(s) failed to load`);
  await dashboard.locator('[data-metric="churn-by-type"] .recharts-bar-rectangle').first().waitFor();
  await dashboard.locator('[data-metric="cohorts"] tbody tr').first().waitFor();
  const count = await dashboard.locator("[data-reasons-count]").getAttribute("data-reasons-count");
  const logoChurn = (await dashboard.locator('[data-kpi="logo-churn"] [data-kpi-value]').textContent()) ?? "";
  const logoChurnDetail = (await dashboard.locator('[data-kpi="logo-churn"] [data-kpi-detail]').textContent()) ?? "";
  return { logoChurn, logoChurnDetail, reasonsCount: Number(count), range: chartRange() };
}

async function gql<T>(server: ConsoleServer, query: string, variables: object, token?: string): Promise<T> {
  const response = await fetch(`${server.origin}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  if (!body.data || body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

/** Churn events in the range, as the API's reasonsBreakdown counts them. */
export async function reasonsCount(server: ConsoleServer, range: Range): Promise<number> {
  const analyst = DEMO_USERS.find((u) => u.role === "ANALYST");
  if (!analyst) throw new Error("no demo analyst");
  const { login } = await gql<{ login: { token: string } }>(
    server,
    "mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }",
    { e: analyst.email, p: analyst.password },
  );
  const data = await gql<{ reasonsBreakdown: { count: number } }>(
    server,
    "query($from: DateTime!, $to: DateTime!) { reasonsBreakdown(from: $from, to: $to) { count } }",
    range,
    login.token,
  );
  return data.reasonsBreakdown.count;
}
