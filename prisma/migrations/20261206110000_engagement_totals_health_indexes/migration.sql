-- Engagement summed per month, kept in step with "EngagementSnapshot" by triggers inside the writer's own statement
-- (whoever writes), so the unfiltered engagementTrends reads a dozen rows instead of summing millions of snapshots.
-- Every snapshot counts here, soft-deleted customers' too: a soft delete or restore changes no total (so nothing can
-- race with a concurrent snapshot write); the reader subtracts the few soft-deleted customers' snapshots itself.

-- CreateTable
CREATE TABLE "EngagementMonthTotal" (
    "periodStart" DATE NOT NULL,
    "snapshots" INTEGER NOT NULL DEFAULT 0,
    "logins" BIGINT NOT NULL DEFAULT 0,
    "activeDays" BIGINT NOT NULL DEFAULT 0,
    "activeWeeks" BIGINT NOT NULL DEFAULT 0,
    "emailsSent" BIGINT NOT NULL DEFAULT 0,
    "emailsOpened" BIGINT NOT NULL DEFAULT 0,
    "offersSent" BIGINT NOT NULL DEFAULT 0,
    "offersRedeemed" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "EngagementMonthTotal_pkey" PRIMARY KEY ("periodStart")
);

-- One statement's changes as one grouped upsert (statement-level, reading the transition tables: a bulk INSERT … SELECT
-- or COPY costs one aggregate, not a trigger call per row). Months are upserted in order, so concurrent writers take
-- their row locks in the same order.
CREATE FUNCTION engagement_month_total_apply() RETURNS trigger LANGUAGE plpgsql AS $fn$
DECLARE
  changed text := CASE TG_OP
    WHEN 'INSERT' THEN 'SELECT *, 1 AS sign FROM new_rows'
    WHEN 'DELETE' THEN 'SELECT *, -1 AS sign FROM old_rows'
    ELSE 'SELECT *, 1 AS sign FROM new_rows UNION ALL SELECT *, -1 AS sign FROM old_rows' END;
BEGIN
  IF TG_OP = 'TRUNCATE' THEN
    DELETE FROM "EngagementMonthTotal";
    RETURN NULL;
  END IF;
  EXECUTE format($sql$
    INSERT INTO "EngagementMonthTotal" AS t ("periodStart", "snapshots", "logins", "activeDays", "activeWeeks",
      "emailsSent", "emailsOpened", "offersSent", "offersRedeemed")
    SELECT d."periodStart", sum(d.sign), sum(d.sign * d."logins"), sum(d.sign * d."activeDays"), sum(d.sign * d."activeWeeks"),
      sum(d.sign * d."emailsSent"), sum(d.sign * d."emailsOpened"), sum(d.sign * d."offersSent"), sum(d.sign * d."offersRedeemed")
    FROM (%s) d GROUP BY d."periodStart" ORDER BY d."periodStart"
    ON CONFLICT ("periodStart") DO UPDATE SET "snapshots" = t."snapshots" + excluded."snapshots",
      "logins" = t."logins" + excluded."logins", "activeDays" = t."activeDays" + excluded."activeDays",
      "activeWeeks" = t."activeWeeks" + excluded."activeWeeks", "emailsSent" = t."emailsSent" + excluded."emailsSent",
      "emailsOpened" = t."emailsOpened" + excluded."emailsOpened", "offersSent" = t."offersSent" + excluded."offersSent",
      "offersRedeemed" = t."offersRedeemed" + excluded."offersRedeemed"$sql$, changed);
  RETURN NULL;
END $fn$;

CREATE TRIGGER engagement_month_total_insert AFTER INSERT ON "EngagementSnapshot"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION engagement_month_total_apply();
CREATE TRIGGER engagement_month_total_update AFTER UPDATE ON "EngagementSnapshot"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION engagement_month_total_apply();
CREATE TRIGGER engagement_month_total_delete AFTER DELETE ON "EngagementSnapshot"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION engagement_month_total_apply();
CREATE TRIGGER engagement_month_total_truncate AFTER TRUNCATE ON "EngagementSnapshot"
  FOR EACH STATEMENT EXECUTE FUNCTION engagement_month_total_apply();

-- Recomputes every total from the snapshots: the backfill below, and after a load that bypassed the triggers
-- (session_replication_role = replica, as the benchmark loader does).
CREATE FUNCTION engagement_month_total_rebuild() RETURNS void LANGUAGE sql AS $fn$
  DELETE FROM "EngagementMonthTotal";
  INSERT INTO "EngagementMonthTotal" ("periodStart", "snapshots", "logins", "activeDays", "activeWeeks",
    "emailsSent", "emailsOpened", "offersSent", "offersRedeemed")
  SELECT "periodStart", count(*), sum("logins"), sum("activeDays"), sum("activeWeeks"),
    sum("emailsSent"), sum("emailsOpened"), sum("offersSent"), sum("offersRedeemed")
  FROM "EngagementSnapshot" GROUP BY "periodStart";
$fn$;

SELECT engagement_month_total_rebuild();

-- The health score reads a customer's tickets, or a range of customers' in customer order, from the index alone
-- (kind, resolution and CSAT included): the per-customer lookup it widens keeps working as before.
-- DropIndex
DROP INDEX "Ticket_customerId_openedAt_idx";

-- CreateIndex
CREATE INDEX "Ticket_customerId_openedAt_kind_resolvedAt_csat_idx" ON "Ticket"("customerId", "openedAt", "kind", "resolvedAt", "csat");

-- The health score reads a range of customers in id order, with the columns it needs, from the index alone (the
-- customer rows are wide: their stored health factors); soft-deleted ones are left out from the index too.
-- CreateIndex
CREATE INDEX "Customer_id_deletedAt_signedUpAt_lastInteractionAt_updatedA_idx" ON "Customer"("id", "deletedAt", "signedUpAt", "lastInteractionAt", "updatedAt", "satisfaction");
