-- The ticket rollups' trigger on "Customer" updates asked `NOT EXISTS (new_rows JOIN old_rows …)` first. PostgreSQL
-- plans that as a nested loop hoping to stop at the first match; when nothing matches (almost every update: a health
-- refresh rewrites 20,000 customers per statement and soft-deletes none) it compares every pair of rows, so a 20,000-row
-- UPDATE took about 100 s (8,000 rows: 15 s). One grouped pass over a hash join finds the soft-deleted and restored
-- customers in linear time (8,000 rows: under 0.1 s of the statement).
CREATE OR REPLACE FUNCTION ticket_rollup_customers_changed() RETURNS trigger LANGUAGE plpgsql AS $fn$
DECLARE
  gone integer[];
  back integer[];
BEGIN
  SELECT array_agg(n.id) FILTER (WHERE n."deletedAt" IS NOT NULL), array_agg(n.id) FILTER (WHERE n."deletedAt" IS NULL)
  INTO gone, back
  FROM new_rows n JOIN old_rows o ON o.id = n.id WHERE (n."deletedAt" IS NULL) <> (o."deletedAt" IS NULL);
  IF gone IS NULL AND back IS NULL THEN
    RETURN NULL; -- most customer updates: nothing to do, no lock
  END IF;
  PERFORM ticket_rollup_lock(true);
  PERFORM ticket_rollup_scratch();
  INSERT INTO ticket_rollup_ids SELECT unnest(gone);
  PERFORM ticket_rollup_customers_apply(-1);
  INSERT INTO ticket_rollup_ids SELECT unnest(back);
  PERFORM ticket_rollup_customers_apply(1);
  RETURN NULL;
END $fn$;
