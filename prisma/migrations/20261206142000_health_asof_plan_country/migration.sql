-- The backtest cache keeps each customer's plan and country as they were when it was built, so a backtest filtered
-- by them counts cached rows directly instead of joining every cached row to the filter's customers (1M, country=TR:
-- about 1 s). A change of either now marks the customer dirty, so its cached attributes are never used stale: a
-- dirty customer is re-scored and filtered live. The caches built before have no such columns: they are dropped
-- (the next backtest or scheduled refresh builds them again).
DELETE FROM "HealthAsOfSnapshot";

-- AlterTable
ALTER TABLE "HealthAsOfScore" ADD COLUMN     "country" TEXT NOT NULL,
ADD COLUMN     "plan" "Plan" NOT NULL;

CREATE OR REPLACE FUNCTION health_dirty_customers() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  IF TG_OP = 'TRUNCATE' THEN
    TRUNCATE "HealthAsOfSnapshot", "HealthAsOfScore";
  ELSIF TG_OP = 'DELETE' THEN
    EXECUTE health_dirty_sql('SELECT id FROM old_rows');
  ELSE
    EXECUTE health_dirty_sql('SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id
      WHERE (n."deletedAt" IS NULL) <> (o."deletedAt" IS NULL) OR n.plan <> o.plan OR n.country <> o.country
        OR n."signedUpAt" IS DISTINCT FROM o."signedUpAt" OR n."lastInteractionAt" IS DISTINCT FROM o."lastInteractionAt"
        OR n.satisfaction IS DISTINCT FROM o.satisfaction
        OR (n."updatedAt" IS DISTINCT FROM o."updatedAt" AND (n.satisfaction IS NOT NULL OR o.satisfaction IS NOT NULL))');
  END IF;
  RETURN NULL;
END $fn$;
