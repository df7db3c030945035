// The health score in SQL: one set-based statement scores a batch of customers as of an instant `asOf`.
// `healthCtes` returns the CTEs `target(id)` (given) → `sig` (each customer's raw signals, read through the
// per-customer indexes) → `scored(id, score, factors)`; the caller adds an UPDATE (refresh.ts) or an aggregate
// (backtest.ts), so the stored score and the backtest are the same formula.
//
// Time rule (DESIGN.md): the score describes the state just before `asOf`: only events before it count, a
// subscription counts when it is live then, and engagement months count once complete (periodStart + 1 month
// ≤ asOf). Stated satisfaction (Customer.satisfaction) has no date of its own, so it counts only when the
// customer row was last changed before `asOf` (never in a backtest of the past, where it could leak an exit survey).
//
// Each factor is 0..1 (1 = healthy), linear between a `bad` point (0) and a `good` point (1); a factor with no
// data (a new customer, no e-mails sent) is 1: no evidence of risk. contribution = weight × factor, and
// score = round(Σ contributions), so with weights summing to 100 a customer healthy on every factor scores 100.
import { Prisma } from "@churnstile/prisma";
import type { HealthFactor } from "@churnstile/prisma/reference-data";
import { liveBefore, ts } from "../metrics/sql.ts";
import type { ScoringModel } from "./model.ts";

type Sql = Prisma.Sql;
const sql = Prisma.sql;
const num = (v: number) => sql`${v}::float8`;
const days = (v: number) => sql`(${v}::int * interval '1 day')`;
const months = (v: number) => sql`(${v}::int * interval '1 month')`;

/** 0..1 linear from `bad` to `good` (either may be the larger); null (no data) → 1. */
function lin(v: Sql, bad: number, good: number): Sql {
  if (good === bad) return sql`CASE WHEN ${v} IS NULL OR ${v} >= ${num(good)} THEN 1.0 ELSE 0.0 END`;
  return sql`CASE WHEN ${v} IS NULL THEN 1.0 ELSE LEAST(1.0, GREATEST(0.0, (${v} - ${num(bad)}) / ${num(good - bad)})) END`; // GREATEST skips NULLs
}

/** The raw signal (column of `sig`) and its 0..1 factor, per factor. */
function factorSql(m: ScoringModel): Record<HealthFactor, { value: Sql; factor: Sql }> {
  const t = m.thresholds;
  const band = t.ticketBand;
  const ignoredBad = 1 - t.offerIndifference.badRedeemRate;
  const ignoredGood = 1 - t.offerIndifference.goodRedeemRate;
  const col = (name: string) => sql`s.${Prisma.raw(name)}`;
  const r = col("tickets_per_month");
  return {
    daysSinceLastInteraction: {
      value: col("days_since"),
      factor: lin(col("days_since"), t.daysSinceLastInteraction.badDays, t.daysSinceLastInteraction.goodDays),
    },
    loginTrend: { value: col("login_ratio"), factor: lin(col("login_ratio"), t.loginTrend.badRatio, t.loginTrend.goodRatio) },
    complaintTrend: {
      value: col("complaint_increase"),
      factor: lin(col("complaint_increase"), t.complaintTrend.badCount, t.complaintTrend.goodCount),
    },
    ticketBand: {
      value: r,
      factor: sql`CASE WHEN ${r} IS NULL THEN 1.0
        WHEN ${r} < ${num(band.lowPerMonth)} THEN ${r} / ${num(band.lowPerMonth)}
        WHEN ${r} <= ${num(band.highPerMonth)} THEN 1.0
        ELSE GREATEST(0.0, 1.0 - (${r} - ${num(band.highPerMonth)}) / ${num(band.zeroPerMonth - band.highPerMonth)}) END`,
    },
    emailOpenRate: { value: col("open_rate"), factor: lin(col("open_rate"), t.emailOpenRate.bad, t.emailOpenRate.good) },
    offerIndifference: { value: col("offers_ignored"), factor: lin(col("offers_ignored"), ignoredBad, ignoredGood) },
    downgrade: { value: col("downgrades"), factor: sql`CASE WHEN s.downgrades > 0 THEN 0.0 ELSE 1.0 END` },
    satisfaction: { value: col("satisfaction"), factor: lin(col("satisfaction"), t.satisfaction.badCsat, t.satisfaction.goodCsat) },
    productsHeld: { value: col("products_held"), factor: lin(col("products_held"), t.productsHeld.bad, t.productsHeld.good) },
    weeklyEngagement: {
      value: col("active_weeks"),
      factor: lin(col("active_weeks"), t.weeklyEngagement.badWeeksPerMonth, t.weeklyEngagement.goodWeeksPerMonth),
    },
  };
}

/** CTE `sig`: one row per target customer with its raw signals as of `asOf`. */
function signalsCte(m: ScoringModel, asOf: Date): Sql {
  const t = m.thresholds;
  const at = ts(asOf);
  const cur = sql`date_trunc('month', ${at})`; // engagement months before this one are complete
  const recent = sql`e."periodStart" >= ${cur} - ${months(t.loginTrend.recentMonths)}`;
  const baseline = sql`e."periodStart" < ${cur} - ${months(t.loginTrend.recentMonths)} AND e."periodStart" >= ${cur} - ${months(t.loginTrend.recentMonths + t.loginTrend.baselineMonths)}`;
  const within = (k: number) => sql`e."periodStart" >= ${cur} - ${months(k)}`;
  const engMonths = Math.max(
    t.loginTrend.recentMonths + t.loginTrend.baselineMonths,
    t.emailOpenRate.windowMonths,
    t.offerIndifference.windowMonths,
    t.weeklyEngagement.windowMonths,
  );
  const { windowDays: cDays } = t.complaintTrend;
  const tkDays = Math.max(t.ticketBand.windowDays, 2 * cDays, t.satisfaction.windowDays);
  const since = (k: number) => sql`k."openedAt" >= ${at} - ${days(k)}`;
  const tenureDays = sql`(EXTRACT(EPOCH FROM (${at} - c."signedUpAt")) / 86400.0)`;
  const stated = sql`CASE WHEN c."updatedAt" <= ${at} THEN CASE c.satisfaction WHEN 'SATISFIED' THEN 5.0 WHEN 'INDIFFERENT' THEN 3.0 WHEN 'DISSATISFIED' THEN 1.0 END END`;
  // MATERIALIZED: each signal is computed once, not re-expanded into every expression that reads it
  return sql`sig AS MATERIALIZED (
    SELECT c.id,
      EXTRACT(EPOCH FROM (${at} - GREATEST(c."signedUpAt", li.at, lt.at, CASE WHEN c."lastInteractionAt" < ${at} THEN c."lastInteractionAt" END)))::float8 / 86400.0 AS days_since,
      CASE WHEN eng.recent_n > 0 AND eng.base_logins > 0 THEN eng.recent_logins / eng.base_logins END AS login_ratio,
      (tk.complaints_now - tk.complaints_before)::float8 AS complaint_increase,
      CASE WHEN ${tenureDays} >= ${num(t.ticketBand.minTenureDays)}
        THEN tk.band_tickets / (LEAST(${num(t.ticketBand.windowDays)}, ${tenureDays}) / 30.4375) END AS tickets_per_month,
      eng.open_rate,
      CASE WHEN eng.offers >= ${num(t.offerIndifference.minOffers)} THEN 1.0 - eng.redeemed / eng.offers END AS offers_ignored,
      dg.n::float8 AS downgrades,
      (COALESCE(tk.csat_sum, 0) + COALESCE(${stated}, 0)) / NULLIF(tk.csat_n + (${stated} IS NOT NULL)::int, 0) AS satisfaction,
      sub.held::float8 AS products_held,
      eng.active_weeks
    FROM target tg JOIN "Customer" c ON c.id = tg.id
    LEFT JOIN LATERAL (SELECT MAX(i."occurredAt") AS at FROM "Interaction" i WHERE i."customerId" = c.id AND i."occurredAt" < ${at}) li ON true
    LEFT JOIN LATERAL (SELECT MAX(k."openedAt") AS at FROM "Ticket" k WHERE k."customerId" = c.id AND k."openedAt" < ${at}) lt ON true
    LEFT JOIN LATERAL (
      SELECT AVG(e.logins) FILTER (WHERE ${recent})::float8 AS recent_logins, COUNT(*) FILTER (WHERE ${recent}) AS recent_n,
        AVG(e.logins) FILTER (WHERE ${baseline})::float8 AS base_logins,
        SUM(e."emailsOpened") FILTER (WHERE ${within(t.emailOpenRate.windowMonths)})::float8
          / NULLIF(SUM(e."emailsSent") FILTER (WHERE ${within(t.emailOpenRate.windowMonths)}), 0) AS open_rate,
        COALESCE(SUM(e."offersSent") FILTER (WHERE ${within(t.offerIndifference.windowMonths)}), 0)::float8 AS offers,
        COALESCE(SUM(e."offersRedeemed") FILTER (WHERE ${within(t.offerIndifference.windowMonths)}), 0)::float8 AS redeemed,
        AVG(e."activeWeeks") FILTER (WHERE ${within(t.weeklyEngagement.windowMonths)})::float8 AS active_weeks
      FROM "EngagementSnapshot" e
      WHERE e."customerId" = c.id AND e."periodStart" < ${cur} AND e."periodStart" >= ${cur} - ${months(engMonths)}) eng ON true
    LEFT JOIN LATERAL (
      SELECT COUNT(*) FILTER (WHERE ${since(t.ticketBand.windowDays)})::float8 AS band_tickets,
        COUNT(*) FILTER (WHERE k.kind = 'COMPLAINT' AND ${since(cDays)}) AS complaints_now,
        COUNT(*) FILTER (WHERE k.kind = 'COMPLAINT' AND NOT ${since(cDays)} AND ${since(2 * cDays)}) AS complaints_before,
        SUM(k.csat) FILTER (WHERE k."resolvedAt" < ${at} AND ${since(t.satisfaction.windowDays)})::float8 AS csat_sum,
        COUNT(k.csat) FILTER (WHERE k."resolvedAt" < ${at} AND ${since(t.satisfaction.windowDays)}) AS csat_n
      FROM "Ticket" k WHERE k."customerId" = c.id AND k."openedAt" < ${at} AND ${since(tkDays)}) tk ON true
    LEFT JOIN LATERAL (SELECT COUNT(DISTINCT s."productId") AS held FROM "Subscription" s WHERE s."customerId" = c.id AND ${liveBefore("s", at)}) sub ON true
    LEFT JOIN LATERAL (
      SELECT COUNT(*) AS n FROM "MrrMovement" m
      WHERE m."customerId" = c.id AND m.kind = 'CONTRACTION' AND m."occurredAt" < ${at} AND m."occurredAt" >= ${at} - ${days(t.downgrade.windowDays)}) dg ON true)`;
}

/** `WITH target AS (…), sig AS (…), scored AS (id, score, factors)`: append an UPDATE or SELECT using `scored`. */
export function healthCtes(model: ScoringModel, asOf: Date, target: Sql): Sql {
  const factors = factorSql(model);
  const names = Object.keys(factors) as HealthFactor[];
  const contribution = (f: HealthFactor) => sql`(${num(model.weights[f])} * ${factors[f].factor})`;
  const items = names.map(
    // numeric, not float8: jsonb stores numeric as is (a float8 would go through text)
    (f) => sql`jsonb_build_object('factor', ${f}::text, 'value', round((${factors[f].value})::numeric, 3),
      'weight', ${model.weights[f]}::numeric, 'contribution', round(${contribution(f)}::numeric, 2))`,
  );
  return sql`WITH target AS (${target}),
  ${signalsCte(model, asOf)},
  scored AS (
    SELECT s.id, LEAST(100, GREATEST(0, round((${Prisma.join(names.map(contribution), " + ")})::numeric)))::int AS score,
      jsonb_build_array(${Prisma.join(items, ", ")}) AS factors
    FROM sig s)`;
}
