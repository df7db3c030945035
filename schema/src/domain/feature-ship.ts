// "When a feature that customers left for ships, tell each of them" (DESIGN.md). Set-based: the customers to tell
// are one SELECT, and their roadmap-update actions one INSERT ... SELECT, however many there are.
import { Prisma } from "@churnstile/prisma";
import type { Tx } from "./command.ts";

export const SHIP_TARGET_RULE =
  "One per customer who is CHURNED, not deleted, not abusive, whose latest unreversed non-REVENUE churn event citing the feature is " +
  "win-back eligible, and who has no ROADMAP_UPDATE action for this feature yet.";

/** One row per customer to tell: their latest open churn citing the feature. */
const targets = (featureId: number) => Prisma.sql`
  SELECT DISTINCT ON (e."customerId") e."customerId" AS "customerId", e.id AS "churnEventId", c."ownerId" AS "ownerId", c.locale AS locale
  FROM "ChurnEvent" e
  JOIN "Customer" c ON c.id = e."customerId"
  WHERE e."featureRequestId" = ${featureId} AND e."reversedAt" IS NULL AND e.type <> 'REVENUE' AND e."winBackEligible"
    AND c.status = 'CHURNED' AND c."deletedAt" IS NULL AND NOT c.abusive
    AND NOT EXISTS (
      SELECT 1 FROM "RetentionAction" a WHERE a."customerId" = c.id AND a."featureRequestId" = ${featureId} AND a.kind = 'ROADMAP_UPDATE')
  ORDER BY e."customerId", e."effectiveAt" DESC, e.id DESC`;

export async function countShipTargets(db: Pick<Tx, "$queryRaw">, featureId: number): Promise<number> {
  const [row] = await db.$queryRaw<{ n: bigint | number }[]>`SELECT count(*) AS n FROM (${targets(featureId)}) t`;
  return Number(row.n);
}

/** Inserts the ROADMAP_UPDATE actions (FEATURE_SHIPPED template in each customer's locale, else English); returns their ids. */
export async function createRoadmapActions(tx: Tx, featureId: number, dueAt: Date, playbookId: number | null): Promise<number[]> {
  const now = new Date();
  const template = (locale: Prisma.Sql) =>
    Prisma.sql`(SELECT m.id FROM "MessageTemplate" m WHERE m.kind = 'FEATURE_SHIPPED' AND m.active AND m.locale = ${locale})`;
  const rows = await tx.$queryRaw<{ id: number }[]>`
    INSERT INTO "RetentionAction"
      ("customerId", kind, status, trigger, "dueAt", "assigneeId", "churnEventId", "playbookId", "messageTemplateId", "featureRequestId", "createdAt", "updatedAt", version)
    SELECT t."customerId", 'ROADMAP_UPDATE', 'PLANNED', 'FEATURE_SHIPPED', ${dueAt}::timestamp(3), t."ownerId", t."churnEventId", ${playbookId}::int,
      COALESCE(${template(Prisma.sql`t.locale`)}, ${template(Prisma.sql`'en'`)}), ${featureId}::int, ${now}::timestamp(3), ${now}::timestamp(3), 1
    FROM (${targets(featureId)}) t
    RETURNING id`;
  return rows.map((r) => Number(r.id));
}
