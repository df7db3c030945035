// The SQL of a backtest (backtest.ts): per customer in scope active at asOf, (score, flagged, churned) rows, reached
// customer by customer (keyed), by id ranges (everyone, one grouped pass per table), or from a cache of as-of scores
// (asof-cache.ts, which re-scores its dirty customers keyed); one aggregate totals them.
import { Prisma } from "@churnstile/prisma";
import { liveBefore, ts } from "../metrics/sql.ts";
import type { ScoringModel } from "./model.ts";
import type { IdRange } from "./range-plan.ts";
import { scoredSql } from "./score-sql.ts";

/** Up to this many customers in a filter's scope (or dirty in a cache), their rows are read customer by customer. */
export const KEYED_UP_TO = 60_000;

/** What one customer's outcome needs: who to score, as of when, below which score it is flagged, and the horizon. */
export interface Outcomes {
  model: ScoringModel;
  asOf: Date;
  threshold: number;
  /** A condition on customer `c`: in the filter's scope and not soft-deleted. */
  inScope: Prisma.Sql;
  /** Churned in the horizon: its MRR reached zero (MrrMovement `m`), or a non-REVENUE churn took effect (ChurnEvent `e`). */
  churn: { mm: Prisma.Sql; ce: Prisma.Sql };
}

/** The aggregate row of a backtest. */
export type Totals = {
  flagged: number;
  notFlagged: number;
  churnedFlagged: number;
  churnedNotFlagged: number;
  meanChurned: number | null;
  meanRetained: number | null;
};

/** (score, flagged, churned) per customer in scope active at asOf, read customer by customer (few customers). */
export function keyedOutcomes(o: Outcomes): Prisma.Sql {
  const at = ts(o.asOf);
  const ids = Prisma.sql`SELECT c.id FROM "Customer" c WHERE ${o.inScope}
    AND EXISTS (SELECT 1 FROM "Subscription" s WHERE s."customerId" = c.id AND ${liveBefore("s", at)})`;
  return Prisma.sql`SELECT s.score, s.score < ${o.threshold}::int AS flagged,
      (EXISTS (SELECT 1 FROM "MrrMovement" m WHERE m."customerId" = s.id AND ${o.churn.mm})
       OR EXISTS (SELECT 1 FROM "ChurnEvent" e WHERE e."customerId" = s.id AND ${o.churn.ce})) AS churned
    FROM (${scoredSql(o.model, o.asOf, { ids })}) s`;
}

/** The same for the customers with ids in [first, last], one grouped pass per table (everyone, a range at a time). */
export function rangeOutcomes(o: Outcomes, { first, last }: IdRange): Prisma.Sql {
  const ids = (col: string) => Prisma.sql`${Prisma.raw(col)} BETWEEN ${first}::int AND ${last}::int`;
  return Prisma.sql`SELECT s.score, s.score < ${o.threshold}::int AS flagged, (mm.id IS NOT NULL OR ce.id IS NOT NULL) AS churned
    FROM (${scoredSql(o.model, o.asOf, { first, last, where: o.inScope, live: true })}) s
    LEFT JOIN (SELECT m."customerId" AS id FROM "MrrMovement" m WHERE ${ids('m."customerId"')} AND ${o.churn.mm} GROUP BY 1) mm
      ON mm.id = s.id
    LEFT JOIN (SELECT e."customerId" AS id FROM "ChurnEvent" e WHERE ${ids('e."customerId"')} AND ${o.churn.ce} GROUP BY 1) ce
      ON ce.id = s.id`;
}

/** The totals of `outcomes` (rows of score, flagged, churned), after the CTEs `ctes` (the scope's among them). */
export function totalsSql(ctes: Prisma.Sql[], outcomes: Prisma.Sql, extra: Prisma.Sql = Prisma.empty): Prisma.Sql {
  return Prisma.sql`WITH ${Prisma.join(ctes, ", ")}
    SELECT COUNT(*) FILTER (WHERE flagged)::int AS flagged, COUNT(*) FILTER (WHERE NOT flagged)::int AS "notFlagged",
      COUNT(*) FILTER (WHERE flagged AND churned)::int AS "churnedFlagged",
      COUNT(*) FILTER (WHERE NOT flagged AND churned)::int AS "churnedNotFlagged",
      (AVG(score) FILTER (WHERE churned))::float8 AS "meanChurned", (AVG(score) FILTER (WHERE NOT churned))::float8 AS "meanRetained"
      ${extra}
    FROM (${outcomes}) o`;
}
