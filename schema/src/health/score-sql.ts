// The health score in SQL: one set-based statement scores a set of customers as of an instant `asOf`.
// `scoredSql` returns a SELECT (id, score, factors) over each customer's raw signals (signals.ts); the caller wraps it
// in an UPDATE (refresh.ts) or an aggregate (backtest.ts), so the stored score and the backtest are the same formula.
//
// Each factor is 0..1 (1 = healthy), linear between a `bad` point (0) and a `good` point (1); a factor with no
// data (a new customer, no e-mails sent) is 1: no evidence of risk. contribution = weight × factor, and
// score = round(Σ contributions), so with weights summing to 100 a customer healthy on every factor scores 100.
import { Prisma } from "@churnstile/prisma";
import type { HealthFactor } from "@churnstile/prisma/reference-data";
import type { ScoringModel } from "./model.ts";
import { type Population, signalsSql } from "./signals.ts";

type Sql = Prisma.Sql;
const sql = Prisma.sql;
const num = (v: number) => sql`${v}::float8`;

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
    downgrade: { value: col("downgrades"), factor: sql`CASE WHEN s.downgrades > 0 THEN 0.0::float8 ELSE 1.0::float8 END` },
    satisfaction: { value: col("satisfaction"), factor: lin(col("satisfaction"), t.satisfaction.badCsat, t.satisfaction.goodCsat) },
    productsHeld: { value: col("products_held"), factor: lin(col("products_held"), t.productsHeld.bad, t.productsHeld.good) },
    weeklyEngagement: {
      value: col("active_weeks"),
      factor: lin(col("active_weeks"), t.weeklyEngagement.badWeeksPerMonth, t.weeklyEngagement.goodWeeksPerMonth),
    },
  };
}

/**
 * SELECT (id, score, factors) for the population as of `asOf`, ordered by id (which keeps it from being flattened
 * into a caller that reads the score several times); use it as a subquery.
 */
export function scoredSql(model: ScoringModel, asOf: Date, who: Population): Sql {
  const factors = factorSql(model);
  const names = Object.keys(factors) as HealthFactor[];
  const contribution = (f: HealthFactor) => sql`(${num(model.weights[f])} * ${factors[f].factor})`;
  const items = names.map(
    // numeric, not float8: jsonb stores numeric as is (a float8 would go through text)
    (f) => sql`jsonb_build_object('factor', ${f}::text, 'value', round((${factors[f].value})::numeric, 3),
      'weight', ${model.weights[f]}::numeric, 'contribution', round(${contribution(f)}::numeric, 2))`,
  );
  return sql`SELECT s.id, LEAST(100, GREATEST(0, round((${Prisma.join(names.map(contribution), " + ")})::numeric)))::int AS score,
      jsonb_build_array(${Prisma.join(items, ", ")}) AS factors
    FROM (${signalsSql(model, asOf, who)}) s
    ORDER BY s.id`;
}
