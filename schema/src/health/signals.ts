// The raw signals of the health score as of an instant `asOf`: a SELECT of one row per customer scored (score-sql.ts
// turns them into factors). Each signal table is read by one aggregate per customer, the same aggregate
// text whichever of two ways the customers are reached:
// - keyed (a list of ids, e.g. the write paths): a LATERAL subquery per customer through the per-customer indexes;
// - a range of customer ids (a backtest, the full refresh): one grouped pass per table over the range, each read in
//   customer order from an index that starts with the customer id, so the passes merge-join on the customer id
//   without a sort or a million-entry hash table, and a range reads only its own slice of every table.
// A customer without rows in a table gets no row from a grouped pass where a LATERAL aggregate gives counts of 0, so
// every count is read through COALESCE(…, 0): both ways give identical signals, hence identical scores.
//
// Time rule (DESIGN.md): the state just before `asOf`: only events before it count, a subscription counts when it is
// live then, and engagement months count once complete (periodStart + 1 month ≤ asOf). Stated satisfaction
// (Customer.satisfaction) has no date of its own, so it counts only when the customer row was last changed before
// `asOf` (never in a backtest of the past, where it could leak an exit survey).
import { Prisma } from "@churnstile/prisma";
import { liveBefore, ts } from "../metrics/sql.ts";
import type { ScoringModel } from "./model.ts";

type Sql = Prisma.Sql;
const sql = Prisma.sql;
const num = (v: number) => sql`${v}::float8`;
const days = (v: number) => sql`(${v}::int * interval '1 day')`;
const months = (v: number) => sql`(${v}::int * interval '1 month')`;

/**
 * The customers to score: `ids` (a query of customer ids; a few), or those with `first` ≤ id ≤ `last` matching
 * `where` (a condition on customer `c`), and with `live`: only those with a subscription live just before `asOf`.
 */
export type Population = { ids: Sql } | { first: number; last: number; where: Sql; live: boolean };

/** One signal table: its rows `from` matching `where`, aggregated per customer (`customer`) into `columns`. */
interface Source {
  alias: string;
  from: Sql;
  customer: Sql;
  where: Sql;
  columns: Sql;
}

function sources(m: ScoringModel, asOf: Date): Source[] {
  const t = m.thresholds;
  const at = ts(asOf);
  const cur = sql`date_trunc('month', ${at})`; // engagement months before this one are complete
  const recent = sql`e."periodStart" >= ${cur} - ${months(t.loginTrend.recentMonths)}`;
  const baseline = sql`e."periodStart" < ${cur} - ${months(t.loginTrend.recentMonths)}
    AND e."periodStart" >= ${cur} - ${months(t.loginTrend.recentMonths + t.loginTrend.baselineMonths)}`;
  const within = (k: number) => sql`e."periodStart" >= ${cur} - ${months(k)}`;
  const engMonths = Math.max(
    t.loginTrend.recentMonths + t.loginTrend.baselineMonths,
    t.emailOpenRate.windowMonths,
    t.offerIndifference.windowMonths,
    t.weeklyEngagement.windowMonths,
  );
  const cDays = t.complaintTrend.windowDays;
  const since = (k: number) => sql`k."openedAt" >= ${at} - ${days(k)}`;
  const csat = sql`k."resolvedAt" < ${at} AND ${since(t.satisfaction.windowDays)}`;
  return [
    {
      alias: "li",
      from: sql`"Interaction" i`,
      customer: sql`i."customerId"`,
      where: sql`i."occurredAt" < ${at}`,
      columns: sql`MAX(i."occurredAt") AS at`,
    },
    {
      // one pass for the last ticket (any age: it is a "last interaction") and the windowed counts
      alias: "tk",
      from: sql`"Ticket" k`,
      customer: sql`k."customerId"`,
      where: sql`k."openedAt" < ${at}`,
      columns: sql`MAX(k."openedAt") AS at,
        COUNT(*) FILTER (WHERE ${since(t.ticketBand.windowDays)})::float8 AS band_tickets,
        COUNT(*) FILTER (WHERE k.kind = 'COMPLAINT' AND ${since(cDays)}) AS complaints_now,
        COUNT(*) FILTER (WHERE k.kind = 'COMPLAINT' AND NOT ${since(cDays)} AND ${since(2 * cDays)}) AS complaints_before,
        SUM(k.csat) FILTER (WHERE ${csat})::float8 AS csat_sum, COUNT(k.csat) FILTER (WHERE ${csat}) AS csat_n`,
    },
    {
      alias: "eng",
      from: sql`"EngagementSnapshot" e`,
      customer: sql`e."customerId"`,
      where: sql`e."periodStart" < ${cur} AND e."periodStart" >= ${cur} - ${months(engMonths)}`,
      columns: sql`AVG(e.logins) FILTER (WHERE ${recent})::float8 AS recent_logins, COUNT(*) FILTER (WHERE ${recent}) AS recent_n,
        AVG(e.logins) FILTER (WHERE ${baseline})::float8 AS base_logins,
        SUM(e."emailsOpened") FILTER (WHERE ${within(t.emailOpenRate.windowMonths)})::float8
          / NULLIF(SUM(e."emailsSent") FILTER (WHERE ${within(t.emailOpenRate.windowMonths)}), 0) AS open_rate,
        COALESCE(SUM(e."offersSent") FILTER (WHERE ${within(t.offerIndifference.windowMonths)}), 0)::float8 AS offers,
        COALESCE(SUM(e."offersRedeemed") FILTER (WHERE ${within(t.offerIndifference.windowMonths)}), 0)::float8 AS redeemed,
        AVG(e."activeWeeks") FILTER (WHERE ${within(t.weeklyEngagement.windowMonths)})::float8 AS active_weeks`,
    },
    {
      alias: "sub",
      from: sql`"Subscription" s`,
      customer: sql`s."customerId"`,
      where: liveBefore("s", at),
      columns: sql`COUNT(DISTINCT s."productId") AS held`,
    },
    {
      alias: "dg",
      from: sql`"MrrMovement" m`,
      customer: sql`m."customerId"`,
      where: sql`m.kind = 'CONTRACTION' AND m."occurredAt" < ${at} AND m."occurredAt" >= ${at} - ${days(t.downgrade.windowDays)}`,
      columns: sql`COUNT(*) AS n`,
    },
  ];
}

function joinSource(s: Source, who: Population): Sql {
  const a = Prisma.raw(s.alias);
  if ("ids" in who)
    return sql`LEFT JOIN LATERAL (SELECT ${s.columns} FROM ${s.from} WHERE ${s.customer} = c.id AND ${s.where}) ${a} ON true`;
  const join = s.alias === "sub" && who.live ? sql`JOIN` : sql`LEFT JOIN`; // a live subscription ⟺ a row of `sub`
  return sql`${join} (SELECT ${s.customer} AS customer_id, ${s.columns} FROM ${s.from}
      WHERE ${s.customer} BETWEEN ${who.first}::int AND ${who.last}::int AND ${s.where} GROUP BY 1) ${a} ON ${a}.customer_id = c.id`;
}

/**
 * SELECT (id, days_since, login_ratio, …): one row per customer of the population with its raw signals as of `asOf`,
 * ordered by id. Two levels, each with an ORDER BY (free: the passes already come in id order) that keeps the planner
 * from flattening it into the level above, so what a level computes is computed once per customer even where it is
 * read several times: tenure and stated satisfaction below, every signal in the factor formulas (score-sql.ts).
 * (A MATERIALIZED CTE would do that too, but would keep the statement from running in parallel workers.)
 */
export function signalsSql(m: ScoringModel, asOf: Date, who: Population): Sql {
  const t = m.thresholds;
  const at = ts(asOf);
  const zero = (col: string) => Prisma.raw(`COALESCE(${col}, 0)`); // a count: 0 where the table has no row
  const offers = zero("j.offers");
  // each customer's rows joined; tenure and stated satisfaction, read twice below, computed once here (as the float8
  // the expressions below always read them as)
  const joined = sql`SELECT c.id, c."signedUpAt", c."lastInteractionAt", li.at AS interaction_at, tk.at AS ticket_at,
      tk.band_tickets, tk.complaints_now, tk.complaints_before, tk.csat_sum, tk.csat_n, eng.recent_logins, eng.recent_n,
      eng.base_logins, eng.open_rate, eng.offers, eng.redeemed, eng.active_weeks, sub.held, dg.n AS contractions,
      (EXTRACT(EPOCH FROM (${at} - c."signedUpAt")) / 86400.0)::float8 AS tenure_days,
      (CASE WHEN c."updatedAt" <= ${at}
        THEN CASE c.satisfaction WHEN 'SATISFIED' THEN 5.0 WHEN 'INDIFFERENT' THEN 3.0 WHEN 'DISSATISFIED' THEN 1.0 END END)::float8 AS stated
    FROM ${"ids" in who ? sql`(${who.ids}) tg JOIN "Customer" c ON c.id = tg.id` : sql`"Customer" c`}
    ${Prisma.join(
      sources(m, asOf).map((s) => joinSource(s, who)),
      "\n    ",
    )}
    ${"ids" in who ? Prisma.empty : sql`WHERE c.id BETWEEN ${who.first}::int AND ${who.last}::int AND ${who.where}`}
    ORDER BY c.id`;
  return sql`SELECT j.id,
      EXTRACT(EPOCH FROM (${at} - GREATEST(j."signedUpAt", j.interaction_at, j.ticket_at,
        CASE WHEN j."lastInteractionAt" < ${at} THEN j."lastInteractionAt" END)))::float8 / 86400.0 AS days_since,
      CASE WHEN ${zero("j.recent_n")} > 0 AND j.base_logins > 0 THEN j.recent_logins / j.base_logins END AS login_ratio,
      (${zero("j.complaints_now")} - ${zero("j.complaints_before")})::float8 AS complaint_increase,
      CASE WHEN j.tenure_days >= ${num(t.ticketBand.minTenureDays)}
        THEN ${zero("j.band_tickets")} / (LEAST(${num(t.ticketBand.windowDays)}, j.tenure_days) / 30.4375) END AS tickets_per_month,
      j.open_rate,
      CASE WHEN ${offers} >= ${num(t.offerIndifference.minOffers)} THEN 1.0 - ${zero("j.redeemed")} / ${offers} END AS offers_ignored,
      ${zero("j.contractions")}::float8 AS downgrades,
      (COALESCE(j.csat_sum, 0) + COALESCE(j.stated, 0)) / NULLIF(${zero("j.csat_n")} + (j.stated IS NOT NULL)::int, 0) AS satisfaction,
      ${zero("j.held")}::float8 AS products_held,
      j.active_weeks
    FROM (${joined}) j
    ORDER BY j.id`;
}
