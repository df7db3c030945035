// Load steps for what happens around the revenue: churn events (with reasons from the seeded catalogue), retention
// actions, support tickets, monthly engagement snapshots and segments. Chunked over ids $1..$2; $3 = anchor, $4 = N
// customers. Churn event ids: logo churn i, REVENUE churn N+i; a churned customer's retention action has id i.
import { CHURN_TYPES, pick, REASONS_BY_TYPE, rnd, TICKET_CHANNELS, TICKET_KINDS, TICKET_TOPICS, type Weights } from "./catalogue.ts";

const A = "$3::timestamp";
const N = "$4::int";

const reasonByType = (type: string, draw: string) =>
  `(CASE ${type} ${CHURN_TYPES.map(([t]) => `WHEN '${t}' THEN ${pick(REASONS_BY_TYPE[t], draw)}`).join(" ")} ELSE ${pick(REASONS_BY_TYPE.REVENUE, draw)} END)`;
// biome-ignore format: a table
const COMPETITORS: Weights = [["RetainHQ", 25], ["Stayflow", 20], ["LoyaltyCloud", 15], ["Keepwise", 12], ["ClientPulse", 10], ["Mizban CRM", 8]];
// biome-ignore format: a table
const SOURCES: Weights = [["CONSOLE", 40], ["API", 25], ["EXIT_SURVEY", 15], ["BILLING", 15], ["IMPORT", 5]];

export const churnEventsSql = `INSERT INTO "ChurnEvent" (id, "customerId", type, "primaryReasonId", "requestedAt", "effectiveAt", "mrrLostMinor",
  competitor, preventable, "winBackEligible", source, "reversedAt", "createdAt")
SELECT s.id, s.id, s.churn_type::"ChurnType", r.id, s.churn_at - interval '14 days' * ${rnd("s.id", 40)}, s.churn_at,
  coalesce(s.change_mrr, s.m1) + CASE WHEN s.b_start IS NOT NULL THEN s.m2 ELSE 0 END,
  CASE WHEN s.churn_type = 'COMPETITIVE' THEN ${pick(COMPETITORS, rnd("s.id", 41))} END, ${rnd("s.id", 42)} < 0.4, ${rnd("s.id", 43)} < 0.95,
  ${pick(SOURCES, rnd("s.id", 44))}::"ChurnSource", s.back_at, s.churn_at
FROM bench.story s JOIN "ChurnReason" r ON r.code = ${reasonByType("s.churn_type", rnd("s.id", 45))}
WHERE s.id BETWEEN $1 AND $2 AND s.churn_at IS NOT NULL
UNION ALL
SELECT ${N} + s.id, s.id, 'REVENUE', r.id, s.change_at - interval '7 days' * ${rnd("s.id", 46)}, s.change_at, s.m1 - s.change_mrr,
  NULL, ${rnd("s.id", 47)} < 0.3, false, 'BILLING', NULL, s.change_at
FROM bench.story s JOIN "ChurnReason" r ON r.code = ${pick(REASONS_BY_TYPE.REVENUE, rnd("s.id", 48))}
WHERE s.id BETWEEN $1 AND $2 AND s.change_mrr < s.m1`;

export const retentionActionsSql = `INSERT INTO "RetentionAction" (id, "customerId", kind, status, trigger, "dueAt", outcome, "churnEventId",
  "completedAt", "createdAt", "updatedAt")
SELECT s.id, s.id, s.action_kind::"ActionKind", 'DONE', 'CHURN_LOGGED', s.churn_at + interval '3 days',
  (CASE WHEN s.back_at IS NOT NULL THEN 'WON_BACK' WHEN ${rnd("s.id", 49)} < 0.5 THEN 'NO_RESPONSE' ELSE 'DECLINED' END)::"ActionOutcome",
  s.id, coalesce(s.back_at, s.churn_at + interval '5 days'), s.churn_at + interval '1 day', coalesce(s.back_at, s.churn_at + interval '5 days')
FROM bench.story s WHERE s.id BETWEEN $1 AND $2 AND s.action_kind IS NOT NULL`;

/**
 * Tickets $1..$2 (ticket ids): each picks a customer (skewed, so some customers write far more than others) and an
 * instant in the customer's active life; older tickets are resolved, most with a first response, many rated.
 */
export const ticketsSql = `INSERT INTO "Ticket" (id, "customerId", kind, channel, topic, subject, status, priority, "openedAt",
  "firstResponseAt", "resolvedAt", csat, "assigneeId")
SELECT j, s.id, t.kind::"TicketKind", ${pick(TICKET_CHANNELS, rnd("j", 52))}::"TicketChannel", t.topic, initcap(lower(t.kind)) || ': ' || t.topic,
  t.status::"TicketStatus", (CASE WHEN ${rnd("j", 53)} < 0.1 THEN 'HIGH' WHEN ${rnd("j", 53)} < 0.12 THEN 'URGENT' ELSE 'NORMAL' END)::"TicketPriority",
  t.opened, t.responded, CASE WHEN t.status IN ('RESOLVED', 'CLOSED') THEN t.responded + interval '1 hour' * (1 + 240 * ${rnd("j", 54)} ^ 2) END,
  CASE WHEN t.status IN ('RESOLVED', 'CLOSED') AND ${rnd("j", 55)} < 0.6 THEN 1 + floor(5 * ${rnd("j", 56)} ^ 0.6)::int END, s.owner
FROM generate_series($1::int, $2::int) AS j
JOIN bench.story s ON s.id = LEAST(${N}, 1 + floor(${N} * ${rnd("j", 50)} ^ 1.3)::int)
CROSS JOIN LATERAL (SELECT ${pick(TICKET_KINDS, rnd("j", 57))} AS kind,
  date_trunc('milliseconds', s.signed + (coalesce(CASE WHEN s.back_at IS NULL THEN s.churn_at END, ${A}) - s.signed) * ${rnd("j", 51)}) AS opened) t0
CROSS JOIN LATERAL (SELECT t0.kind, t0.opened,
  CASE WHEN t0.kind = 'BILLING' THEN 'billing' ELSE ${pick(TICKET_TOPICS, rnd("j", 58))} END AS topic,
  CASE WHEN t0.opened < ${A} - interval '14 days' THEN (CASE WHEN ${rnd("j", 59)} < 0.5 THEN 'RESOLVED' ELSE 'CLOSED' END)
       WHEN ${rnd("j", 59)} < 0.5 THEN 'OPEN' ELSE 'PENDING' END AS status,
  CASE WHEN ${rnd("j", 60)} < 0.97 THEN t0.opened + interval '1 hour' * (0.1 + 48 * ${rnd("j", 61)} ^ 3) END AS responded) t`;

/**
 * Monthly engagement of every fourth customer over the last 14 complete months of its active life. Logins
 * fade in the four months before a churn (the early-warning signal the health score reads).
 */
export const snapshotsSql = `INSERT INTO "EngagementSnapshot" ("customerId", "periodStart", logins, "activeDays", "activeWeeks", "emailsSent",
  "emailsOpened", "offersSent", "offersRedeemed")
SELECT s.id, g.m::date, e.logins, LEAST(28, round(e.logins * 0.7))::int, LEAST(4, ceil(LEAST(28, round(e.logins * 0.7)) / 3.0))::int, 4,
  floor(4.99 * ${rnd("kk.k", 71)} ^ 0.7)::int, o.offers, CASE WHEN o.offers > 0 AND ${rnd("kk.k", 72)} < 0.25 THEN 1 ELSE 0 END
FROM bench.story s
CROSS JOIN LATERAL (SELECT coalesce(CASE WHEN s.back_at IS NULL THEN s.churn_at END, ${A}) AS until) u
CROSS JOIN LATERAL generate_series(GREATEST(date_trunc('month', s.signed), date_trunc('month', ${A}) - interval '14 months'),
  date_trunc('month', u.until) - interval '1 month', interval '1 month') AS g(m)
CROSS JOIN LATERAL (SELECT s.id::bigint * 100000 + (extract(epoch FROM g.m) / 86400)::bigint AS k) kk
CROSS JOIN LATERAL (SELECT round((4 + 26 * ${rnd("s.id", 70)}) * (0.8 + 0.4 * ${rnd("kk.k", 73)})
  * CASE WHEN u.until < ${A} THEN LEAST(1.0, 0.25 + extract(epoch FROM u.until - g.m) / (86400 * 122.0)) ELSE 1.0 END)::int AS logins) e
CROSS JOIN LATERAL (SELECT CASE WHEN ${rnd("kk.k", 74)} < 0.3 THEN 1 ELSE 0 END AS offers) o
WHERE s.id BETWEEN $1 AND $2 AND s.id % 4 = 0`;

/** Two segments: a static one with members (Gulf key accounts) and a dynamic one (a rule over satisfaction). */
export const segmentsSql = [
  `INSERT INTO "Segment" (id, name, description, kind, rule, "updatedAt") VALUES
    (1, 'Gulf key accounts', 'Business and Enterprise customers in Saudi Arabia and the UAE.', 'STATIC', NULL, now()),
    (2, 'Dissatisfied customers', 'Customers who said they are dissatisfied.', 'DYNAMIC', '{"satisfaction":["DISSATISFIED"]}', now())`,
  `INSERT INTO "SegmentMember" ("segmentId", "customerId", "addedAt")
    SELECT 1, s.id, s.signed FROM bench.story s WHERE s.plan IN ('BUSINESS', 'ENTERPRISE') AND s.country IN ('SA', 'AE')`,
];
