-- Cached as-of health scores for healthBacktest (schema/src/health/asof-cache.ts). A cache ("HealthAsOfSnapshot" and
-- its "HealthAsOfScore" rows) is built in one transaction and keeps that transaction's pg_snapshot. Triggers on every
-- table the score reads upsert (customer, the writing transaction's id) into "HealthDirty" in the writer's own
-- transaction; a cached score is valid iff that customer's row is visible to the cache's snapshot (upserts of one row
-- serialize its writers, so when the last one is visible so are all before it). A rolled-back write leaves no mark
-- and needs none. Builders lock "HealthAsOfSnapshot" before their snapshot is taken, so a TRUNCATE (which no mark
-- can describe) drops every cache without racing a build.

-- CreateTable
CREATE TABLE "HealthAsOfSnapshot" (
    "id" SERIAL NOT NULL,
    "asOf" TIMESTAMP(3) NOT NULL,
    "modelVersion" INTEGER NOT NULL,
    "builtSnapshot" pg_snapshot NOT NULL,
    "builtAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "HealthAsOfSnapshot_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "HealthAsOfScore" (
    "snapshotId" INTEGER NOT NULL,
    "customerId" INTEGER NOT NULL,
    "score" SMALLINT NOT NULL,

    CONSTRAINT "HealthAsOfScore_pkey" PRIMARY KEY ("snapshotId","customerId")
);

-- CreateTable
CREATE TABLE "HealthDirty" (
    "customerId" INTEGER NOT NULL,
    "xid" xid8 NOT NULL,

    CONSTRAINT "HealthDirty_pkey" PRIMARY KEY ("customerId")
);

-- CreateIndex
CREATE UNIQUE INDEX "HealthAsOfSnapshot_asOf_modelVersion_key" ON "HealthAsOfSnapshot"("asOf", "modelVersion");

-- CreateIndex
CREATE INDEX "HealthDirty_xid_idx" ON "HealthDirty"("xid");

-- AddForeignKey
ALTER TABLE "HealthAsOfScore" ADD CONSTRAINT "HealthAsOfScore_snapshotId_fkey" FOREIGN KEY ("snapshotId") REFERENCES "HealthAsOfSnapshot"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The statement that marks the customers of a query's `id` column dirty for this transaction, in customer order
-- (concurrent writers lock the rows in one order); a row this transaction already marked is left alone (no new row
-- version per statement). Run by the trigger itself: only its own statements see the transition tables.
CREATE FUNCTION health_dirty_sql(changed text) RETURNS text LANGUAGE sql IMMUTABLE AS $fn$
  SELECT format($sql$
    INSERT INTO "HealthDirty" AS d ("customerId", "xid")
    SELECT DISTINCT c.id, pg_current_xact_id() FROM (%s) c WHERE c.id IS NOT NULL ORDER BY 1
    ON CONFLICT ("customerId") DO UPDATE SET "xid" = EXCLUDED."xid" WHERE d."xid" <> EXCLUDED."xid"$sql$, changed)
$fn$;

-- Trigger body on a signal table (rows with "id" and "customerId"): inserted and deleted rows' customers, and for an
-- update the old and new customers of rows whose score inputs (the trigger's arguments) changed. A TRUNCATE drops
-- every cache.
CREATE FUNCTION health_dirty_rows() RETURNS trigger LANGUAGE plpgsql AS $fn$
DECLARE
  inputs text;
BEGIN
  IF TG_OP = 'TRUNCATE' THEN
    TRUNCATE "HealthAsOfSnapshot", "HealthAsOfScore";
    RETURN NULL;
  END IF;
  IF TG_OP = 'INSERT' THEN
    EXECUTE health_dirty_sql('SELECT "customerId" AS id FROM new_rows');
  ELSIF TG_OP = 'DELETE' THEN
    EXECUTE health_dirty_sql('SELECT "customerId" AS id FROM old_rows');
  ELSE
    SELECT string_agg(format('n.%1$I IS DISTINCT FROM o.%1$I', a), ' OR ') INTO inputs FROM unnest(TG_ARGV) a;
    EXECUTE health_dirty_sql(format('SELECT unnest(ARRAY[n."customerId", o."customerId"]) AS id
      FROM new_rows n FULL JOIN old_rows o ON o.id = n.id WHERE n.id IS NULL OR o.id IS NULL OR %s', inputs));
  END IF;
  RETURN NULL;
END $fn$;

-- Trigger body on "Customer": a deleted customer, one soft-deleted or restored (a cache holds only the customers not
-- soft-deleted when it was built), or one whose scored columns changed. Stated satisfaction counts only when the row
-- was last changed before asOf, so a change of "updatedAt" matters when there is a satisfaction; the stored score's
-- own columns (healthScore, healthFactors, …: the refresh's UPDATE, which leaves "updatedAt" alone) and the filter
-- attributes (read live by the backtest) do not.
CREATE FUNCTION health_dirty_customers() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  IF TG_OP = 'TRUNCATE' THEN
    TRUNCATE "HealthAsOfSnapshot", "HealthAsOfScore";
  ELSIF TG_OP = 'DELETE' THEN
    EXECUTE health_dirty_sql('SELECT id FROM old_rows');
  ELSE
    EXECUTE health_dirty_sql('SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id
      WHERE (n."deletedAt" IS NULL) <> (o."deletedAt" IS NULL)
        OR n."signedUpAt" IS DISTINCT FROM o."signedUpAt" OR n."lastInteractionAt" IS DISTINCT FROM o."lastInteractionAt"
        OR n.satisfaction IS DISTINCT FROM o.satisfaction
        OR (n."updatedAt" IS DISTINCT FROM o."updatedAt" AND (n.satisfaction IS NOT NULL OR o.satisfaction IS NOT NULL))');
  END IF;
  RETURN NULL;
END $fn$;

CREATE TRIGGER health_dirty_insert AFTER INSERT ON "Interaction"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION health_dirty_rows();
CREATE TRIGGER health_dirty_update AFTER UPDATE ON "Interaction"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
  EXECUTE FUNCTION health_dirty_rows('customerId', 'occurredAt');
CREATE TRIGGER health_dirty_delete AFTER DELETE ON "Interaction"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION health_dirty_rows();
CREATE TRIGGER health_dirty_truncate AFTER TRUNCATE ON "Interaction" FOR EACH STATEMENT EXECUTE FUNCTION health_dirty_rows();

CREATE TRIGGER health_dirty_insert AFTER INSERT ON "Ticket"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION health_dirty_rows();
CREATE TRIGGER health_dirty_update AFTER UPDATE ON "Ticket"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
  EXECUTE FUNCTION health_dirty_rows('customerId', 'openedAt', 'kind', 'resolvedAt', 'csat');
CREATE TRIGGER health_dirty_delete AFTER DELETE ON "Ticket"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION health_dirty_rows();
CREATE TRIGGER health_dirty_truncate AFTER TRUNCATE ON "Ticket" FOR EACH STATEMENT EXECUTE FUNCTION health_dirty_rows();

CREATE TRIGGER health_dirty_insert AFTER INSERT ON "EngagementSnapshot"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION health_dirty_rows();
CREATE TRIGGER health_dirty_update AFTER UPDATE ON "EngagementSnapshot"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
  EXECUTE FUNCTION health_dirty_rows('customerId', 'periodStart', 'logins', 'activeWeeks', 'emailsSent', 'emailsOpened',
    'offersSent', 'offersRedeemed');
CREATE TRIGGER health_dirty_delete AFTER DELETE ON "EngagementSnapshot"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION health_dirty_rows();
CREATE TRIGGER health_dirty_truncate AFTER TRUNCATE ON "EngagementSnapshot" FOR EACH STATEMENT EXECUTE FUNCTION health_dirty_rows();

-- The population (a subscription with MRR live just before asOf) and products held.
CREATE TRIGGER health_dirty_insert AFTER INSERT ON "Subscription"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION health_dirty_rows();
CREATE TRIGGER health_dirty_update AFTER UPDATE ON "Subscription"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
  EXECUTE FUNCTION health_dirty_rows('customerId', 'productId', 'mrrMinor', 'startedAt', 'endedAt');
CREATE TRIGGER health_dirty_delete AFTER DELETE ON "Subscription"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION health_dirty_rows();
CREATE TRIGGER health_dirty_truncate AFTER TRUNCATE ON "Subscription" FOR EACH STATEMENT EXECUTE FUNCTION health_dirty_rows();

-- Downgrades (CONTRACTION movements).
CREATE TRIGGER health_dirty_insert AFTER INSERT ON "MrrMovement"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION health_dirty_rows();
CREATE TRIGGER health_dirty_update AFTER UPDATE ON "MrrMovement"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
  EXECUTE FUNCTION health_dirty_rows('customerId', 'kind', 'occurredAt');
CREATE TRIGGER health_dirty_delete AFTER DELETE ON "MrrMovement"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION health_dirty_rows();
CREATE TRIGGER health_dirty_truncate AFTER TRUNCATE ON "MrrMovement" FOR EACH STATEMENT EXECUTE FUNCTION health_dirty_rows();

CREATE TRIGGER health_dirty_update AFTER UPDATE ON "Customer"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION health_dirty_customers();
CREATE TRIGGER health_dirty_delete AFTER DELETE ON "Customer"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION health_dirty_customers();
CREATE TRIGGER health_dirty_truncate AFTER TRUNCATE ON "Customer" FOR EACH STATEMENT EXECUTE FUNCTION health_dirty_customers();
