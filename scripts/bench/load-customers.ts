// Load steps for customers and their revenue, as set-based SQL run chunk by chunk over customer ids ($1..$2).
// Every customer's "story" (signup, plan, churn, win-back, plan change, second product) is drawn once into
// bench.story; the real tables are then derived from it, so subscriptions, churn events and the MRR ledger agree.
// Subscription ids are derived from the customer id (main i, after a plan change N+i, second product 2N+i,
// after a win-back 3N+i) so later steps can reference them without lookups. $3 = anchor (end of data), $4 = N.
import {
  ACTION_KINDS,
  CHURN_TYPES,
  COUNTRIES,
  FIRST_PRODUCT,
  INDUSTRIES,
  PLAN_MULTIPLIER_SQL,
  PLANS,
  PRODUCT_PRICES_SQL,
  pick,
  rnd,
  SATISFACTION,
} from "./catalogue.ts";

const A = "$3::timestamp"; // the anchor: the data describes the business up to this instant
const N = "$4::int";

export const STORY_TABLE = `CREATE UNLOGGED TABLE bench.story (
  id int PRIMARY KEY, signed timestamp(3), plan text, country text, industry text, owner int, deleted timestamp(3),
  satisfaction text, prod1 int, m1 int, churn_at timestamp(3), churn_type text, back_at timestamp(3), action_kind text,
  change_at timestamp(3), change_mrr int, b_start timestamp(3), b_end timestamp(3), prod2 int, m2 int)`;

/** $5 = owner user ids. */
export const storySql = `INSERT INTO bench.story
SELECT i, a.signed, a.plan, a.country, a.industry, a.owner, a.deleted, a.satisfaction, a.prod1, m.m1,
  c.churn_at, c.churn_type, w.back_at, w.action_kind, x.change_at, x.change_mrr, b.b_start, b.b_end, b.prod2, b.m2
FROM generate_series($1::int, $2::int) AS i
CROSS JOIN LATERAL (SELECT
  -- signups over 4 years, growing (density rises linearly towards the anchor)
  ${A} - interval '1461 days' * (1 - sqrt(${rnd("i", 1)})) AS signed,
  ${pick(PLANS, rnd("i", 2))} AS plan, ${pick(COUNTRIES, rnd("i", 3))} AS country, ${pick(INDUSTRIES, rnd("i", 4))} AS industry,
  CASE WHEN ${rnd("i", 5)} < 0.3 THEN NULL ELSE ($5::int[])[1 + floor(${rnd("i", 6)} * cardinality($5::int[]))::int] END AS owner,
  CASE WHEN ${rnd("i", 7)} < 0.01 THEN ${A} - interval '300 days' * ${rnd("i", 8)} END AS deleted,
  NULLIF(${pick(SATISFACTION, rnd("i", 9))}, '') AS satisfaction,
  ${pick(FIRST_PRODUCT, rnd("i", 12))} AS prod1) a
CROSS JOIN LATERAL (SELECT round((${PRODUCT_PRICES_SQL})[a.prod1] * ${PLAN_MULTIPLIER_SQL.replace("plan", "a.plan")})::int AS m1) m
CROSS JOIN LATERAL (SELECT
  -- churn odds grow with tenure (about 17% of all customers), at a uniform instant after the first week
  CASE WHEN a.signed < ${A} - interval '30 days' AND ${rnd("i", 10)} < 0.128 * extract(epoch FROM ${A} - a.signed) / 31557600
    THEN a.signed + interval '7 days' + (${A} - a.signed - interval '7 days') * ${rnd("i", 11)} END AS churn_at,
  ${pick(CHURN_TYPES, rnd("i", 13))} AS churn_type) c0
CROSS JOIN LATERAL (SELECT date_trunc('milliseconds', c0.churn_at) AS churn_at, c0.churn_type, coalesce(c0.churn_at, ${A}) AS until) c
CROSS JOIN LATERAL (SELECT
  -- 3% downgrade (a REVENUE churn: contraction), 3% upgrade (expansion), at one instant before the end of its life
  CASE WHEN ${rnd("i", 14)} < 0.06 THEN date_trunc('milliseconds', a.signed + (c.until - a.signed) * (0.05 + 0.9 * ${rnd("i", 15)})) END AS change_at,
  CASE WHEN ${rnd("i", 14)} < 0.03 THEN round(m.m1 * 0.6)::int ELSE round(m.m1 * 1.8)::int END AS change_mrr0) x0
CROSS JOIN LATERAL (SELECT x0.change_at, CASE WHEN x0.change_at IS NOT NULL THEN x0.change_mrr0 END AS change_mrr) x
CROSS JOIN LATERAL (SELECT
  -- 7% buy a second product; 40% of the survivors cancel it later (contraction); churn ends it
  CASE WHEN ${rnd("i", 16)} < 0.07 THEN date_trunc('milliseconds', a.signed + (c.until - a.signed) * (0.02 + 0.9 * ${rnd("i", 17)})) END AS b_start,
  ((a.prod1 + floor(${rnd("i", 18)} * 8)::int) % 9) + 1 AS prod2) b0
CROSS JOIN LATERAL (SELECT b0.b_start, b0.prod2,
  CASE WHEN b0.b_start IS NULL THEN NULL WHEN c.churn_at IS NOT NULL THEN c.churn_at
       WHEN ${rnd("i", 19)} < 0.4 THEN date_trunc('milliseconds', b0.b_start + (${A} - b0.b_start) * ${rnd("i", 20)}) END AS b_end,
  CASE WHEN b0.b_start IS NOT NULL THEN round((${PRODUCT_PRICES_SQL})[b0.prod2] * ${PLAN_MULTIPLIER_SQL.replace("plan", "a.plan")})::int END AS m2) b
CROSS JOIN LATERAL (SELECT
  -- a quarter of the churned come back within 3-120 days; 60% of the churned get a retention action
  CASE WHEN c.churn_at IS NOT NULL AND ${rnd("i", 21)} < 0.25 AND c.churn_at + interval '120 days' * ${rnd("i", 22)} + interval '3 days' < ${A}
    THEN date_trunc('milliseconds', c.churn_at + interval '120 days' * ${rnd("i", 22)} + interval '3 days') END AS back_at,
  CASE WHEN c.churn_at IS NOT NULL AND ${rnd("i", 23)} < 0.6 THEN ${pick(ACTION_KINDS, rnd("i", 24))} END AS action_kind) w`;

/** MRR now: the main line (after any plan change; back after a win-back), plus a second product still running. */
const mrrNow = `(CASE WHEN s.churn_at IS NULL OR s.back_at IS NOT NULL THEN coalesce(s.change_mrr, s.m1) ELSE 0 END
  + CASE WHEN s.b_start IS NOT NULL AND s.b_end IS NULL THEN s.m2 ELSE 0 END)`;

export const customersSql = `INSERT INTO "Customer" (id, "externalId", name, email, company, country, industry, plan, "mrrMinor", status,
  satisfaction, "signedUpAt", "lastInteractionAt", "ownerId", "deletedAt", "createdAt", "updatedAt")
SELECT s.id, 'bench-' || s.id, 'Customer ' || s.id, 'customer' || s.id || '@bench.example', 'Company ' || s.id, s.country, s.industry,
  s.plan::"Plan", ${mrrNow},
  (CASE WHEN s.churn_at IS NOT NULL AND s.back_at IS NULL THEN 'CHURNED' WHEN ${rnd("s.id", 30)} < 0.01 THEN 'PAST_DUE' ELSE 'ACTIVE' END)::"CustomerStatus",
  s.satisfaction::"Satisfaction", s.signed,
  GREATEST(s.signed, coalesce(CASE WHEN s.back_at IS NULL THEN s.churn_at END, ${A}) - interval '90 days' * ${rnd("s.id", 31)}),
  s.owner, s.deleted, s.signed, s.signed
FROM bench.story s WHERE s.id BETWEEN $1 AND $2`;

export const subscriptionsSql = `INSERT INTO "Subscription" (id, "customerId", "productId", "mrrMinor", "startedAt", "endedAt")
SELECT s.id, s.id, s.prod1, s.m1, s.signed, coalesce(s.change_at, s.churn_at) FROM bench.story s WHERE s.id BETWEEN $1 AND $2
UNION ALL
SELECT ${N} + s.id, s.id, s.prod1, s.change_mrr, s.change_at, s.churn_at FROM bench.story s WHERE s.id BETWEEN $1 AND $2 AND s.change_at IS NOT NULL
UNION ALL
SELECT 2 * ${N} + s.id, s.id, s.prod2, s.m2, s.b_start, s.b_end FROM bench.story s WHERE s.id BETWEEN $1 AND $2 AND s.b_start IS NOT NULL
UNION ALL
SELECT 3 * ${N} + s.id, s.id, s.prod1, coalesce(s.change_mrr, s.m1), s.back_at, NULL FROM bench.story s WHERE s.id BETWEEN $1 AND $2 AND s.back_at IS NOT NULL`;

/** The ledger the commands would have written for the same story. */
export const movementsSql = `INSERT INTO "MrrMovement" ("customerId", "subscriptionId", kind, "amountMinor", "occurredAt", "churnEventId", "retentionActionId")
SELECT s.id, s.id, 'NEW'::"MrrMovementKind", s.m1, s.signed, NULL::int, NULL::int FROM bench.story s WHERE s.id BETWEEN $1 AND $2
UNION ALL
SELECT s.id, ${N} + s.id, (CASE WHEN s.change_mrr < s.m1 THEN 'CONTRACTION' ELSE 'EXPANSION' END)::"MrrMovementKind", abs(s.m1 - s.change_mrr),
  s.change_at, CASE WHEN s.change_mrr < s.m1 THEN ${N} + s.id END, NULL FROM bench.story s WHERE s.id BETWEEN $1 AND $2 AND s.change_at IS NOT NULL
UNION ALL
SELECT s.id, 2 * ${N} + s.id, 'EXPANSION', s.m2, s.b_start, NULL, NULL FROM bench.story s WHERE s.id BETWEEN $1 AND $2 AND s.b_start IS NOT NULL
UNION ALL
SELECT s.id, 2 * ${N} + s.id, 'CONTRACTION', s.m2, s.b_end, NULL, NULL FROM bench.story s
WHERE s.id BETWEEN $1 AND $2 AND s.b_end IS NOT NULL AND s.churn_at IS NULL
UNION ALL
SELECT s.id, CASE WHEN s.change_at IS NOT NULL THEN ${N} + s.id ELSE s.id END, 'CHURN',
  coalesce(s.change_mrr, s.m1) + CASE WHEN s.b_start IS NOT NULL THEN s.m2 ELSE 0 END, s.churn_at, s.id, NULL
FROM bench.story s WHERE s.id BETWEEN $1 AND $2 AND s.churn_at IS NOT NULL
UNION ALL
SELECT s.id, 3 * ${N} + s.id, 'REACTIVATION', coalesce(s.change_mrr, s.m1), s.back_at, NULL,
  CASE WHEN s.action_kind IS NOT NULL THEN s.id END FROM bench.story s WHERE s.id BETWEEN $1 AND $2 AND s.back_at IS NOT NULL`;
