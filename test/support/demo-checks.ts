// SQL checks of generated data: a canonical hash of a table, MRR consistency between subscriptions and
// movements, and cross-row rules foreign keys cannot express. Each check returns what it found wrong.
import { DEFAULT_ANCHOR } from "@churnstile/prisma/demo";
import type { TestDatabase } from "./database.ts";

const anchor = DEFAULT_ANCHOR.toISOString().slice(0, 10);
const SIGNED = `CASE WHEN kind IN ('NEW', 'EXPANSION', 'REACTIVATION') THEN "amountMinor" ELSE -"amountMinor" END`;

/** md5 over every row's text, in a canonical order: equal hashes mean equal tables. */
export async function tableHash(db: TestDatabase, table: string): Promise<string> {
  const rows = await db.prisma.$queryRawUnsafe<{ h: string }[]>(
    `SELECT md5(COALESCE(string_agg(t::text, '|' ORDER BY t::text), '')) AS h FROM "${table}" t`,
  );
  return rows[0].h;
}

/** Customer-days where subscriptions and movements disagree, or a movement's kind does not fit the MRR change. */
export async function mrrMismatches(db: TestDatabase): Promise<unknown[]> {
  const q = (sql: string) => db.prisma.$queryRawUnsafe<Record<string, unknown>[]>(sql);
  const atAnchor = await q(`
    SELECT c.id, c."mrrMinor", COALESCE(s.mrr, 0) AS subscriptions, COALESCE(m.mrr, 0) AS movements FROM "Customer" c
    LEFT JOIN (SELECT "customerId", SUM("mrrMinor") AS mrr FROM "Subscription" WHERE "startedAt" < DATE '${anchor}' AND ("endedAt" IS NULL OR "endedAt" > DATE '${anchor}') GROUP BY 1) s ON s."customerId" = c.id
    LEFT JOIN (SELECT "customerId", SUM(${SIGNED}) AS mrr FROM "MrrMovement" GROUP BY 1) m ON m."customerId" = c.id
    WHERE c."mrrMinor" <> COALESCE(s.mrr, 0) OR c."mrrMinor" <> COALESCE(m.mrr, 0)`);
  const monthly = await q(`
    WITH months AS (SELECT generate_series(DATE '${anchor}' - INTERVAL '25 months', DATE '${anchor}', INTERVAL '1 month') AS d),
    subs AS (SELECT m.d, s."customerId", SUM(s."mrrMinor") AS mrr FROM months m JOIN "Subscription" s ON s."startedAt" <= m.d AND (s."endedAt" IS NULL OR s."endedAt" > m.d) GROUP BY 1, 2),
    moves AS (SELECT m.d, v."customerId", SUM(${SIGNED}) AS mrr FROM months m JOIN "MrrMovement" v ON v."occurredAt" <= m.d GROUP BY 1, 2)
    SELECT COALESCE(s.d, v.d) AS d, COALESCE(s."customerId", v."customerId") AS customer, s.mrr AS subscriptions, v.mrr AS movements
    FROM subs s FULL JOIN moves v ON v.d = s.d AND v."customerId" = s."customerId" WHERE COALESCE(s.mrr, 0) <> COALESCE(v.mrr, 0) LIMIT 5`);
  const kinds = await q(`
    WITH daily AS (
      SELECT "customerId" AS c, "occurredAt" AS d, SUM(${SIGNED}) AS net, bool_or(kind = 'CHURN') AS churn, bool_or(kind = 'CONTRACTION') AS contraction,
             bool_or(kind = 'EXPANSION') AS expansion, bool_or(kind IN ('NEW', 'REACTIVATION')) AS starts
      FROM "MrrMovement" GROUP BY 1, 2),
    running AS (SELECT *, SUM(net) OVER (PARTITION BY c ORDER BY d) AS after FROM daily)
    SELECT c, d, net, after FROM running
    WHERE (churn AND after <> 0) OR (contraction AND after <= 0) OR (expansion AND after - net <= 0) OR (starts AND after - net <> 0) LIMIT 5`);
  return [...atAnchor, ...monthly, ...kinds];
}

/** Counts of rows breaking a rule; only the non-zero ones are returned. */
export async function integrityViolations(db: TestDatabase): Promise<Record<string, number>> {
  const rules: Record<string, string> = {
    subscriptionWithoutCustomer: `SELECT COUNT(*) FROM "Subscription" s LEFT JOIN "Customer" c ON c.id = s."customerId" WHERE c.id IS NULL`,
    movementOfOtherCustomersSubscription: `SELECT COUNT(*) FROM "MrrMovement" m JOIN "Subscription" s ON s.id = m."subscriptionId" WHERE s."customerId" <> m."customerId"`,
    movementOfOtherCustomersChurn: `SELECT COUNT(*) FROM "MrrMovement" m JOIN "ChurnEvent" e ON e.id = m."churnEventId" WHERE e."customerId" <> m."customerId"`,
    actionOfOtherCustomersChurn: `SELECT COUNT(*) FROM "RetentionAction" a JOIN "ChurnEvent" e ON e.id = a."churnEventId" WHERE e."customerId" <> a."customerId"`,
    surveyOfOtherCustomersChurn: `SELECT COUNT(*) FROM "ExitSurveyResponse" r JOIN "ChurnEvent" e ON e.id = r."churnEventId" WHERE e."customerId" <> r."customerId"`,
    paymentFailureOfOtherCustomersSubscription: `SELECT COUNT(*) FROM "PaymentFailure" f JOIN "Subscription" s ON s.id = f."subscriptionId" WHERE s."customerId" <> f."customerId"`,
    firstMovementNotNew: `SELECT COUNT(*) FROM (SELECT DISTINCT ON ("customerId") kind FROM "MrrMovement" ORDER BY "customerId", "occurredAt", id) f WHERE kind <> 'NEW'`,
    reactivationWithoutPriorChurn: `SELECT COUNT(*) FROM "MrrMovement" r WHERE kind = 'REACTIVATION' AND NOT EXISTS (SELECT 1 FROM "MrrMovement" c WHERE c."customerId" = r."customerId" AND c.kind = 'CHURN' AND c."occurredAt" < r."occurredAt")`,
    reactivationNotAttributed: `SELECT COUNT(*) FROM "MrrMovement" m LEFT JOIN "RetentionAction" a ON a.id = m."retentionActionId" WHERE m.kind = 'REACTIVATION' AND (a.outcome IS DISTINCT FROM 'WON_BACK' OR a."completedAt" > m."occurredAt")`,
    reactivationWithoutReversedChurn: `SELECT COUNT(*) FROM "MrrMovement" m WHERE kind = 'REACTIVATION' AND NOT EXISTS (SELECT 1 FROM "ChurnEvent" e WHERE e."customerId" = m."customerId" AND e."reversedAt" = m."occurredAt")`,
    reversedChurnWithoutReactivation: `SELECT COUNT(*) FROM "ChurnEvent" e WHERE "reversedAt" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "MrrMovement" m WHERE m."customerId" = e."customerId" AND m.kind = 'REACTIVATION' AND m."occurredAt" = e."reversedAt")`,
    churnLossNotItsMovements: `SELECT COUNT(*) FROM "ChurnEvent" e WHERE e."mrrLostMinor" <> (SELECT COALESCE(SUM("amountMinor"), 0) FROM "MrrMovement" m WHERE m."churnEventId" = e.id)`,
    churnEventWithoutMovement: `SELECT COUNT(*) FROM "ChurnEvent" e WHERE NOT EXISTS (SELECT 1 FROM "MrrMovement" m WHERE m."churnEventId" = e.id AND m.kind = CASE WHEN e.type = 'REVENUE' THEN 'CONTRACTION'::"MrrMovementKind" ELSE 'CHURN'::"MrrMovementKind" END)`,
    churnedStatusButPaying: `SELECT COUNT(*) FROM "Customer" WHERE (status = 'CHURNED') <> ("mrrMinor" = 0 AND status <> 'TRIAL')`,
    completedSurveyWithoutAnswers: `SELECT COUNT(*) FROM "ExitSurveyResponse" WHERE (status = 'COMPLETED') <> (answers IS NOT NULL AND "submittedAt" IS NOT NULL)`,
    pendingSurveyExpired: `SELECT COUNT(*) FROM "ExitSurveyResponse" WHERE status = 'PENDING' AND "expiresAt" <= DATE '${anchor}'`,
    doneActionWithoutCompletion: `SELECT COUNT(*) FROM "RetentionAction" WHERE (status = 'DONE') <> ("completedAt" IS NOT NULL)`,
    ownerNotAUser: `SELECT COUNT(*) FROM "Customer" c WHERE "ownerId" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "User" u WHERE u.id = c."ownerId")`,
    snapshotOutsideActivity: `SELECT COUNT(*) FROM "EngagementSnapshot" s JOIN "Customer" c ON c.id = s."customerId" WHERE s."periodStart" < date_trunc('month', c."signedUpAt") OR s."periodStart" >= DATE '${anchor}'`,
  };
  const found: Record<string, number> = {};
  for (const [name, sql] of Object.entries(rules)) {
    const n = Number((await db.prisma.$queryRawUnsafe<{ count: bigint }[]>(sql))[0].count);
    if (n !== 0) found[name] = n;
  }
  return found;
}
