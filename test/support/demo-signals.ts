// The warning-signal measurements the demo data must show (DESIGN.md "Early-warning signals"), as SQL.
import { DEFAULT_ANCHOR } from "@churnstile/prisma/demo";
import type { TestDatabase } from "./database.ts";

const anchor = DEFAULT_ANCHOR.toISOString().slice(0, 10);

/**
 * Logins and email open rate in the 3 months before a logo churn vs. retained customers' last 3 months, and the
 * login trend (those 3 months ÷ the 3 before them, per customer, averaged) for both groups.
 */
export async function engagementBeforeChurn(db: TestDatabase) {
  const [row] = await db.prisma.$queryRawUnsafe<
    { churning: number; retained: number; churningOpen: number; retainedOpen: number; churningTrend: number; retainedTrend: number }[]
  >(`
    WITH windows AS (
      SELECT DISTINCT ON ("customerId") "customerId", date_trunc('month', "requestedAt")::date AS m, true AS churning
      FROM "ChurnEvent" WHERE type <> 'REVENUE' ORDER BY "customerId", "requestedAt"),
    retained AS (
      SELECT c.id AS "customerId", DATE '${anchor}' AS m, false AS churning FROM "Customer" c
      WHERE c.status = 'ACTIVE' AND NOT EXISTS (SELECT 1 FROM "ChurnEvent" e WHERE e."customerId" = c.id)),
    per_customer AS (
      SELECT w."customerId", w.churning,
        AVG(s.logins) FILTER (WHERE s."periodStart" >= w.m - INTERVAL '3 months') AS recent,
        AVG(s.logins) FILTER (WHERE s."periodStart" < w.m - INTERVAL '3 months') AS earlier,
        SUM(s."emailsOpened") FILTER (WHERE s."periodStart" >= w.m - INTERVAL '3 months') AS opened,
        SUM(s."emailsSent") FILTER (WHERE s."periodStart" >= w.m - INTERVAL '3 months') AS sent,
        COUNT(*) AS months
      FROM (SELECT * FROM windows UNION ALL SELECT * FROM retained) w
      JOIN "EngagementSnapshot" s ON s."customerId" = w."customerId" AND s."periodStart" >= w.m - INTERVAL '6 months' AND s."periodStart" < w.m
      GROUP BY 1, 2)
    SELECT AVG(recent) FILTER (WHERE churning)::float AS churning, AVG(recent) FILTER (WHERE NOT churning)::float AS retained,
      (SUM(opened) FILTER (WHERE churning) / SUM(sent) FILTER (WHERE churning))::float AS "churningOpen",
      (SUM(opened) FILTER (WHERE NOT churning) / SUM(sent) FILTER (WHERE NOT churning))::float AS "retainedOpen",
      AVG(recent / NULLIF(earlier, 0)) FILTER (WHERE churning AND months = 6)::float AS "churningTrend",
      AVG(recent / NULLIF(earlier, 0)) FILTER (WHERE NOT churning AND months = 6)::float AS "retainedTrend"
    FROM per_customer`);
  return row;
}

/** Share of complaint tickets in the 90 days before a voluntary or competitive churn vs. over all tickets. */
export async function complaintShares(db: TestDatabase) {
  const [row] = await db.prisma.$queryRawUnsafe<{ before: number; overall: number }[]>(`
    SELECT AVG((t.kind = 'COMPLAINT')::int) FILTER (WHERE t."openedAt" > e."requestedAt" - INTERVAL '90 days' AND t."openedAt" <= e."requestedAt")::float AS before,
           (SELECT AVG((kind = 'COMPLAINT')::int) FROM "Ticket")::float AS overall
    FROM "Ticket" t JOIN "ChurnEvent" e ON e."customerId" = t."customerId" AND e.type IN ('VOLUNTARY', 'COMPETITIVE')`);
  return row;
}

/**
 * A crude backtest: on each month start of the year before the last quarter, customers active then whose logins
 * in the 3 months before fell below half of the 3 months before that ("at risk") vs. everyone else; the outcome
 * is a logo churn requested within 90 days.
 */
export async function loginTrendBacktest(db: TestDatabase) {
  const rows = await db.prisma.$queryRawUnsafe<{ atRisk: boolean; n: number; rate: number }[]>(`
    WITH dates AS (SELECT generate_series(DATE '${anchor}' - INTERVAL '15 months', DATE '${anchor}' - INTERVAL '4 months', INTERVAL '1 month')::date AS d),
    active AS (SELECT DISTINCT d.d, s."customerId" FROM dates d JOIN "Subscription" s ON s."startedAt" <= d.d AND (s."endedAt" IS NULL OR s."endedAt" > d.d)),
    trend AS (
      SELECT a.d, a."customerId",
        SUM(e.logins) FILTER (WHERE e."periodStart" >= a.d - INTERVAL '3 months' AND e."periodStart" < a.d) AS recent,
        SUM(e.logins) FILTER (WHERE e."periodStart" >= a.d - INTERVAL '6 months' AND e."periodStart" < a.d - INTERVAL '3 months') AS earlier,
        COUNT(*) FILTER (WHERE e."periodStart" >= a.d - INTERVAL '6 months' AND e."periodStart" < a.d - INTERVAL '3 months') AS months
      FROM active a JOIN "EngagementSnapshot" e ON e."customerId" = a."customerId" GROUP BY 1, 2)
    SELECT (recent < 0.5 * earlier) AS "atRisk", COUNT(*)::int AS n,
      AVG((EXISTS (SELECT 1 FROM "ChurnEvent" c WHERE c."customerId" = t."customerId" AND c.type <> 'REVENUE'
        AND c."requestedAt" >= t.d AND c."requestedAt" < t.d + INTERVAL '90 days'))::int)::float AS rate
    FROM trend t WHERE months = 3 AND earlier > 0 GROUP BY 1`);
  return { atRisk: rows.find((r) => r.atRisk), others: rows.find((r) => r.atRisk === false) };
}

/** Customers active a year or more without a ticket (too few), and with 3+ tickets a month (too many). */
export async function ticketBands(db: TestDatabase) {
  const [row] = await db.prisma.$queryRawUnsafe<{ silent: number; busy: number }[]>(`
    SELECT COUNT(*) FILTER (WHERE months >= 12 AND tickets = 0)::int AS silent, COUNT(*) FILTER (WHERE months >= 3 AND tickets >= 3 * months)::int AS busy
    FROM (SELECT c.id, (SELECT COUNT(*) FROM "EngagementSnapshot" s WHERE s."customerId" = c.id) AS months,
                 (SELECT COUNT(*) FROM "Ticket" t WHERE t."customerId" = c.id) AS tickets FROM "Customer" c) x`);
  return row;
}
