-- CreateTable
CREATE TABLE "SegmentMembership" (
    "segmentId" INTEGER NOT NULL,
    "customerId" INTEGER NOT NULL,

    CONSTRAINT "SegmentMembership_pkey" PRIMARY KEY ("segmentId","customerId")
);

-- CreateTable
CREATE TABLE "SegmentRollup" (
    "segmentId" INTEGER NOT NULL,
    "granularity" "MetricGranularity" NOT NULL,
    "periodStart" TIMESTAMP(3) NOT NULL,
    "plan" "Plan" NOT NULL,
    "country" TEXT NOT NULL,
    "churnType" TEXT NOT NULL DEFAULT '',
    "reasonId" INTEGER NOT NULL DEFAULT 0,
    "joined" INTEGER NOT NULL,
    "left" INTEGER NOT NULL,
    "newMinor" BIGINT NOT NULL,
    "expansionMinor" BIGINT NOT NULL,
    "contractionMinor" BIGINT NOT NULL,
    "churnedMinor" BIGINT NOT NULL,
    "reactivationMinor" BIGINT NOT NULL,
    "cohortDeltaMinor" BIGINT NOT NULL,
    "netMinor" BIGINT NOT NULL,

    CONSTRAINT "SegmentRollup_pkey" PRIMARY KEY ("segmentId","granularity","periodStart","plan","country","churnType","reasonId")
);

-- CreateIndex
CREATE INDEX "SegmentMembership_customerId_segmentId_idx" ON "SegmentMembership"("customerId", "segmentId");



-- ─── Dynamic segment rules in SQL ───────────────────────────────────────────────────────────────────────────────
-- The SQL twin of schema/src/segment-rule.ts: the same checks as its zod schema (a rule that fails them matches
-- nobody) and the same conditions as its Prisma translation. test/segment-membership.test.ts holds the two equal.

-- A list of 1 to 100 strings matching the pattern, or NULL.
CREATE FUNCTION "segment_rule_values"(v jsonb, pattern text) RETURNS text[] LANGUAGE sql IMMUTABLE AS $fn$
  SELECT CASE WHEN jsonb_typeof(v) = 'array' AND jsonb_array_length(v) BETWEEN 1 AND 100
    AND NOT EXISTS (SELECT 1 FROM jsonb_array_elements(v) x WHERE jsonb_typeof(x) <> 'string' OR NOT (x #>> '{}') ~ pattern)
  THEN ARRAY(SELECT x FROM jsonb_array_elements_text(v) x) END
$fn$;

-- `col >= min AND col <= max` for {min?, max?}: whole numbers within [lo, hi], at least one, min <= max; else NULL.
CREATE FUNCTION "segment_rule_range"(v jsonb, col text, lo bigint, hi bigint) RETURNS text LANGUAGE sql IMMUTABLE AS $fn$
  SELECT CASE WHEN jsonb_typeof(v) = 'object' AND v <> '{}' AND NOT EXISTS (
      SELECT 1 FROM jsonb_each(v) e WHERE e.key NOT IN ('min', 'max') OR jsonb_typeof(e.value) <> 'number'
        OR (e.value #>> '{}')::numeric <> trunc((e.value #>> '{}')::numeric) OR (e.value #>> '{}')::numeric NOT BETWEEN lo AND hi)
    AND coalesce((v->>'min')::numeric <= (v->>'max')::numeric, true)
  THEN concat_ws(' AND ', CASE WHEN v ? 'min' THEN format('%s >= %s', col, v->>'min') END,
    CASE WHEN v ? 'max' THEN format('%s <= %s', col, v->>'max') END) END
$fn$;

-- An ISO 8601 instant with an offset (as zod's iso.datetime({ offset: true })) as a UTC timestamp, or NULL.
CREATE FUNCTION "segment_rule_instant"(v jsonb) RETURNS timestamp LANGUAGE sql IMMUTABLE AS $fn$
  SELECT CASE WHEN jsonb_typeof(v) = 'string'
    AND (v #>> '{}') ~ '^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$'
  THEN ((v #>> '{}')::timestamptz AT TIME ZONE 'UTC') END
$fn$;

-- A condition on customer `c` for a rule node at nesting depth `depth`, or NULL when the node is not a valid rule.
CREATE FUNCTION "segment_rule_sql"(rule jsonb, depth integer DEFAULT 1) RETURNS text LANGUAGE plpgsql IMMUTABLE AS $fn$
DECLARE
  parts text[] := '{}';
  part text;
  k text;
  v jsonb;
  vals text[];
  a timestamp;
  b timestamp;
BEGIN
  IF depth > 5 OR jsonb_typeof(rule) IS DISTINCT FROM 'object' OR rule = '{}' THEN RETURN NULL; END IF;
  FOR k, v IN SELECT e.key, e.value FROM jsonb_each(rule) e ORDER BY e.key LOOP
    part := NULL;
    IF k IN ('and', 'or') THEN
      IF jsonb_typeof(v) = 'array' AND jsonb_array_length(v) BETWEEN 1 AND 20 THEN
        SELECT CASE WHEN count(*) = count(segment_rule_sql(x, depth + 1))
          THEN '(' || string_agg(segment_rule_sql(x, depth + 1), CASE k WHEN 'and' THEN ' AND ' ELSE ' OR ' END) || ')' END
        INTO part FROM jsonb_array_elements(v) x;
      END IF;
    ELSIF k = 'country' THEN
      vals := segment_rule_values(v, '^[A-Za-z]{2}$');
      IF vals IS NOT NULL THEN
        part := format('c.country = ANY (%L::text[])', (SELECT array_agg(upper(x)) FROM unnest(vals) x));
      END IF;
    ELSIF k IN ('plan', 'status', 'satisfaction') THEN
      vals := segment_rule_values(v, '');
      IF vals <@ (CASE k WHEN 'plan' THEN enum_range(NULL::"Plan")::text[] WHEN 'status' THEN enum_range(NULL::"CustomerStatus")::text[]
          ELSE enum_range(NULL::"Satisfaction")::text[] END) THEN
        part := format('c.%I::text = ANY (%L::text[])', k, vals);
      END IF;
    ELSIF k = 'industry' THEN
      vals := segment_rule_values(v, '\S'); -- zod trims, then needs one character
      IF vals IS NOT NULL THEN
        part := format('lower(c.industry) = ANY (%L::text[])', (SELECT array_agg(lower(btrim(x))) FROM unnest(vals) x));
      END IF;
    ELSIF k = 'healthScore' THEN
      part := segment_rule_range(v, 'c."healthScore"', 0, 100);
    ELSIF k = 'mrrMinor' THEN
      part := segment_rule_range(v, 'c."mrrMinor"', 0, 2000000000);
    ELSIF k = 'signedUpAt' THEN
      a := segment_rule_instant(v->'from');
      b := segment_rule_instant(v->'to');
      IF jsonb_typeof(v) = 'object' AND v <> '{}' AND NOT EXISTS (SELECT 1 FROM jsonb_object_keys(v) x WHERE x NOT IN ('from', 'to'))
        AND (a IS NOT NULL OR NOT v ? 'from') AND (b IS NOT NULL OR NOT v ? 'to') AND coalesce(a < b, true) THEN
        part := concat_ws(' AND ', CASE WHEN a IS NOT NULL THEN format('c."signedUpAt" >= %L::timestamp', a) END,
          CASE WHEN b IS NOT NULL THEN format('c."signedUpAt" < %L::timestamp', b) END);
      END IF;
    ELSIF k = 'churnReason' THEN
      -- the reason the customer gave in a completed exit survey (the answer to its `reason` question)
      vals := segment_rule_values(v, '^[A-Z][A-Z0-9_]*$');
      IF vals IS NOT NULL THEN
        part := format('EXISTS (SELECT 1 FROM "ExitSurveyResponse" r WHERE r."customerId" = c.id AND r.status = %L'
          ' AND r.answers -> %L = ANY (%L::jsonb[]))', 'COMPLETED', 'reason', (SELECT array_agg(to_jsonb(x)) FROM unnest(vals) x));
      END IF;
    END IF;
    IF part IS NULL THEN RETURN NULL; END IF; -- an unknown key or a value that fails the checks
    parts := parts || part;
  END LOOP;
  RETURN '(' || array_to_string(parts, ' AND ') || ')';
END $fn$;


-- ─── Membership, kept current inside the writing transaction ────────────────────────────────────────────────────
-- Re-evaluates every segment for the given customers and applies the difference to SegmentMembership.
CREATE FUNCTION "segment_membership_sync"(ids integer[]) RETURNS void LANGUAGE plpgsql AS $fn$
DECLARE
  seg record;
BEGIN
  IF coalesce(cardinality(ids), 0) = 0 THEN RETURN; END IF;
  IF to_regclass('pg_temp.segment_ids') IS NULL THEN
    CREATE TEMP TABLE segment_ids (id integer PRIMARY KEY) ON COMMIT DELETE ROWS;
    CREATE TEMP TABLE segment_wanted ("segmentId" integer, "customerId" integer) ON COMMIT DELETE ROWS;
  END IF;
  DELETE FROM segment_ids;
  DELETE FROM segment_wanted;
  INSERT INTO segment_ids SELECT DISTINCT u FROM unnest(ids) AS u WHERE u IS NOT NULL;
  ANALYZE segment_ids;
  INSERT INTO segment_wanted
  SELECT sm."segmentId", sm."customerId" FROM "SegmentMember" sm JOIN segment_ids i ON i.id = sm."customerId"
    JOIN "Segment" s ON s.id = sm."segmentId" AND s.kind = 'STATIC' JOIN "Customer" c ON c.id = sm."customerId" AND c."deletedAt" IS NULL;
  FOR seg IN SELECT s.id, coalesce(segment_rule_sql(s.rule), 'false') AS cond FROM "Segment" s WHERE s.kind = 'DYNAMIC' ORDER BY s.id LOOP
    EXECUTE format('INSERT INTO segment_wanted SELECT %s, c.id FROM "Customer" c JOIN segment_ids i ON i.id = c.id
      WHERE c."deletedAt" IS NULL AND %s', seg.id, seg.cond);
  END LOOP;
  INSERT INTO segment_wanted SELECT DISTINCT 0, w."customerId" FROM segment_wanted w;
  DELETE FROM "SegmentMembership" m USING segment_ids i WHERE m."customerId" = i.id
    AND NOT EXISTS (SELECT 1 FROM segment_wanted w WHERE w."segmentId" = m."segmentId" AND w."customerId" = m."customerId");
  INSERT INTO "SegmentMembership" ("segmentId", "customerId")
  SELECT w."segmentId", w."customerId" FROM segment_wanted w
  WHERE NOT EXISTS (SELECT 1 FROM "SegmentMembership" m WHERE m."segmentId" = w."segmentId" AND m."customerId" = w."customerId")
  ORDER BY 1, 2;
  DELETE FROM segment_wanted;
  DELETE FROM segment_ids;
END $fn$;

-- A segment was created, deleted or given another rule: the customers whose membership of it changes, re-evaluated.
CREATE FUNCTION "segment_membership_sync_segment"(sid integer) RETURNS void LANGUAGE plpgsql AS $fn$
DECLARE
  seg record;
  wanted integer[];
BEGIN
  SELECT s.kind, coalesce(segment_rule_sql(s.rule), 'false') AS cond INTO seg FROM "Segment" s WHERE s.id = sid;
  IF NOT FOUND THEN
    wanted := '{}';
  ELSIF seg.kind = 'STATIC' THEN
    wanted := ARRAY(SELECT sm."customerId" FROM "SegmentMember" sm JOIN "Customer" c ON c.id = sm."customerId"
      WHERE sm."segmentId" = sid AND c."deletedAt" IS NULL);
  ELSE
    EXECUTE format('SELECT ARRAY(SELECT c.id FROM "Customer" c WHERE c."deletedAt" IS NULL AND %s)', seg.cond) INTO wanted;
  END IF;
  PERFORM segment_membership_sync(ARRAY(
    (SELECT unnest(wanted) EXCEPT SELECT m."customerId" FROM "SegmentMembership" m WHERE m."segmentId" = sid)
    UNION ALL
    (SELECT m."customerId" FROM "SegmentMembership" m WHERE m."segmentId" = sid EXCEPT SELECT unnest(wanted))));
END $fn$;

-- Everything re-evaluated (after a TRUNCATE, and to backfill).
CREATE FUNCTION "segment_membership_rebuild"() RETURNS void LANGUAGE plpgsql AS $fn$
BEGIN
  TRUNCATE "SegmentMembership", "SegmentRollup";
  PERFORM segment_membership_sync(ARRAY(SELECT id FROM "Customer" WHERE "deletedAt" IS NULL));
END $fn$;

-- Trigger bodies: the customers (or segments) a statement touched, from its transition tables.
CREATE FUNCTION "segment_customers_inserted"() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN PERFORM segment_membership_sync(ARRAY(SELECT DISTINCT "customerId" FROM new_rows)); RETURN NULL; END $fn$;
CREATE FUNCTION "segment_customers_deleted"() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN PERFORM segment_membership_sync(ARRAY(SELECT DISTINCT "customerId" FROM old_rows)); RETURN NULL; END $fn$;
CREATE FUNCTION "segment_customers_updated"() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  PERFORM segment_membership_sync(ARRAY(SELECT "customerId" FROM old_rows UNION SELECT "customerId" FROM new_rows));
  RETURN NULL;
END $fn$;
CREATE FUNCTION "segment_customer_rows_inserted"() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN PERFORM segment_membership_sync(ARRAY(SELECT id FROM new_rows)); RETURN NULL; END $fn$;
CREATE FUNCTION "segment_customer_rows_deleted"() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN PERFORM segment_membership_sync(ARRAY(SELECT id FROM old_rows)); RETURN NULL; END $fn$;
-- Only customers whose fields a rule can name changed (a health refresh rewrites every row; most keep their score).
CREATE FUNCTION "segment_customer_rows_updated"() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  PERFORM segment_membership_sync(ARRAY(SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id
    WHERE (n.country, n.plan, n.status, n.satisfaction, n.industry, n."healthScore", n."mrrMinor", n."signedUpAt", n."deletedAt" IS NULL)
      IS DISTINCT FROM (o.country, o.plan, o.status, o.satisfaction, o.industry, o."healthScore", o."mrrMinor", o."signedUpAt", o."deletedAt" IS NULL)));
  RETURN NULL;
END $fn$;
CREATE FUNCTION "segment_rows_inserted"() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN PERFORM segment_membership_sync_segment(n.id) FROM (SELECT id FROM new_rows ORDER BY id) n; RETURN NULL; END $fn$;
CREATE FUNCTION "segment_rows_deleted"() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN PERFORM segment_membership_sync_segment(o.id) FROM (SELECT id FROM old_rows ORDER BY id) o; RETURN NULL; END $fn$;
CREATE FUNCTION "segment_rows_updated"() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  PERFORM segment_membership_sync_segment(x.id) FROM (
    SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id WHERE (n.kind, n.rule::text) IS DISTINCT FROM (o.kind, o.rule::text)
    UNION SELECT o.id FROM old_rows o WHERE NOT EXISTS (SELECT 1 FROM new_rows n WHERE n.id = o.id)
    UNION SELECT n.id FROM new_rows n WHERE NOT EXISTS (SELECT 1 FROM old_rows o WHERE o.id = n.id)
    ORDER BY 1) x;
  RETURN NULL;
END $fn$;
CREATE FUNCTION "segment_truncated"() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN PERFORM segment_membership_rebuild(); RETURN NULL; END $fn$;

CREATE TRIGGER "Segment_membership_insert" AFTER INSERT ON "Segment" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "segment_rows_inserted"();
CREATE TRIGGER "Segment_membership_update" AFTER UPDATE ON "Segment" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "segment_rows_updated"();
CREATE TRIGGER "Segment_membership_delete" AFTER DELETE ON "Segment" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "segment_rows_deleted"();
CREATE TRIGGER "Customer_segment_insert" AFTER INSERT ON "Customer" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "segment_customer_rows_inserted"();
CREATE TRIGGER "Customer_segment_update" AFTER UPDATE ON "Customer" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "segment_customer_rows_updated"();
CREATE TRIGGER "Customer_segment_delete" AFTER DELETE ON "Customer" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "segment_customer_rows_deleted"();
CREATE TRIGGER "SegmentMember_membership_insert" AFTER INSERT ON "SegmentMember" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "segment_customers_inserted"();
CREATE TRIGGER "SegmentMember_membership_update" AFTER UPDATE ON "SegmentMember" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "segment_customers_updated"();
CREATE TRIGGER "SegmentMember_membership_delete" AFTER DELETE ON "SegmentMember" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "segment_customers_deleted"();
CREATE TRIGGER "ExitSurveyResponse_membership_insert" AFTER INSERT ON "ExitSurveyResponse" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "segment_customers_inserted"();
CREATE TRIGGER "ExitSurveyResponse_membership_update" AFTER UPDATE ON "ExitSurveyResponse" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "segment_customers_updated"();
CREATE TRIGGER "ExitSurveyResponse_membership_delete" AFTER DELETE ON "ExitSurveyResponse" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "segment_customers_deleted"();
CREATE TRIGGER "Segment_membership_truncate" AFTER TRUNCATE ON "Segment" FOR EACH STATEMENT EXECUTE FUNCTION "segment_truncated"();
CREATE TRIGGER "SegmentMember_membership_truncate" AFTER TRUNCATE ON "SegmentMember" FOR EACH STATEMENT EXECUTE FUNCTION "segment_truncated"();
CREATE TRIGGER "Customer_segment_truncate" AFTER TRUNCATE ON "Customer" FOR EACH STATEMENT EXECUTE FUNCTION "segment_truncated"();
CREATE TRIGGER "ExitSurveyResponse_membership_truncate" AFTER TRUNCATE ON "ExitSurveyResponse"
  FOR EACH STATEMENT EXECUTE FUNCTION "segment_truncated"();


-- ─── SegmentRollup = Σ over current members of their MrrContribution, kept by triggers on both ──────────────────
-- Membership and contributions change in separate statements (a membership change adds or removes the member's
-- contributions as they are; a contribution change is applied to the segments the customer is in now), so the sums
-- hold after every statement whatever order the triggers of one write run in. Rows are upserted in key order.
CREATE FUNCTION "segment_rollup_apply"() RETURNS void LANGUAGE plpgsql AS $fn$
BEGIN
  INSERT INTO "SegmentRollup" AS r
  SELECT "segmentId", granularity, "periodStart", plan, country, "churnType", "reasonId", sum(joined), sum("left"), sum("newMinor"),
    sum("expansionMinor"), sum("contractionMinor"), sum("churnedMinor"), sum("reactivationMinor"), sum("cohortDeltaMinor"), sum("netMinor")
  FROM segment_rollup_delta GROUP BY 1, 2, 3, 4, 5, 6, 7
  HAVING (sum(joined), sum("left"), sum("newMinor"), sum("expansionMinor"), sum("contractionMinor"), sum("churnedMinor"),
    sum("reactivationMinor"), sum("cohortDeltaMinor"), sum("netMinor")) <> (0, 0, 0, 0, 0, 0, 0, 0, 0)
  ORDER BY 1, 2, 3, 4, 5, 6, 7
  ON CONFLICT ("segmentId", granularity, "periodStart", plan, country, "churnType", "reasonId") DO UPDATE SET
    joined = r.joined + EXCLUDED.joined, "left" = r."left" + EXCLUDED."left", "newMinor" = r."newMinor" + EXCLUDED."newMinor",
    "expansionMinor" = r."expansionMinor" + EXCLUDED."expansionMinor", "contractionMinor" = r."contractionMinor" + EXCLUDED."contractionMinor",
    "churnedMinor" = r."churnedMinor" + EXCLUDED."churnedMinor", "reactivationMinor" = r."reactivationMinor" + EXCLUDED."reactivationMinor",
    "cohortDeltaMinor" = r."cohortDeltaMinor" + EXCLUDED."cohortDeltaMinor", "netMinor" = r."netMinor" + EXCLUDED."netMinor";
  DELETE FROM segment_rollup_delta;
END $fn$;

CREATE FUNCTION "segment_rollup_delta_table"() RETURNS void LANGUAGE plpgsql AS $fn$
BEGIN
  IF to_regclass('pg_temp.segment_rollup_delta') IS NULL THEN
    CREATE TEMP TABLE segment_rollup_delta (LIKE "SegmentRollup") ON COMMIT DELETE ROWS;
  END IF;
END $fn$;

-- sign +1 / -1: the contributions of the rows in `changed` (a transition table of MrrContribution or of
-- SegmentMembership) joined to the other table.
CREATE FUNCTION "segment_rollup_members"() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  PERFORM segment_rollup_delta_table();
  IF TG_OP = 'INSERT' THEN
    INSERT INTO segment_rollup_delta SELECT m."segmentId", c.granularity, c."periodStart", c.plan, c.country, c."churnType", c."reasonId",
      c.joined, c."left", c."newMinor", c."expansionMinor", c."contractionMinor", c."churnedMinor", c."reactivationMinor",
      c."cohortDeltaMinor", c."netMinor"
    FROM new_rows m JOIN "MrrContribution" c ON c."customerId" = m."customerId";
  ELSE
    INSERT INTO segment_rollup_delta SELECT m."segmentId", c.granularity, c."periodStart", c.plan, c.country, c."churnType", c."reasonId",
      -c.joined, -c."left", -c."newMinor", -c."expansionMinor", -c."contractionMinor", -c."churnedMinor", -c."reactivationMinor",
      -c."cohortDeltaMinor", -c."netMinor"
    FROM old_rows m JOIN "MrrContribution" c ON c."customerId" = m."customerId";
  END IF;
  PERFORM segment_rollup_apply();
  RETURN NULL;
END $fn$;
CREATE FUNCTION "segment_rollup_contributions"() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  PERFORM segment_rollup_delta_table();
  IF TG_OP IN ('DELETE', 'UPDATE') THEN
    INSERT INTO segment_rollup_delta SELECT m."segmentId", c.granularity, c."periodStart", c.plan, c.country, c."churnType", c."reasonId",
      -c.joined, -c."left", -c."newMinor", -c."expansionMinor", -c."contractionMinor", -c."churnedMinor", -c."reactivationMinor",
      -c."cohortDeltaMinor", -c."netMinor"
    FROM old_rows c JOIN "SegmentMembership" m ON m."customerId" = c."customerId";
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO segment_rollup_delta SELECT m."segmentId", c.granularity, c."periodStart", c.plan, c.country, c."churnType", c."reasonId",
      c.joined, c."left", c."newMinor", c."expansionMinor", c."contractionMinor", c."churnedMinor", c."reactivationMinor",
      c."cohortDeltaMinor", c."netMinor"
    FROM new_rows c JOIN "SegmentMembership" m ON m."customerId" = c."customerId";
  END IF;
  PERFORM segment_rollup_apply();
  RETURN NULL;
END $fn$;
-- Emptied contributions (a subscriptions TRUNCATE) empty the sums; the contributions re-inserted next add back.
CREATE FUNCTION "segment_rollup_truncated"() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN TRUNCATE "SegmentRollup"; RETURN NULL; END $fn$;

CREATE TRIGGER "SegmentMembership_rollup_insert" AFTER INSERT ON "SegmentMembership" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "segment_rollup_members"();
CREATE TRIGGER "SegmentMembership_rollup_delete" AFTER DELETE ON "SegmentMembership" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "segment_rollup_members"();
CREATE TRIGGER "MrrContribution_segment_insert" AFTER INSERT ON "MrrContribution" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "segment_rollup_contributions"();
CREATE TRIGGER "MrrContribution_segment_update" AFTER UPDATE ON "MrrContribution" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "segment_rollup_contributions"();
CREATE TRIGGER "MrrContribution_segment_delete" AFTER DELETE ON "MrrContribution" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "segment_rollup_contributions"();
CREATE TRIGGER "MrrContribution_segment_truncate" AFTER TRUNCATE ON "MrrContribution"
  FOR EACH STATEMENT EXECUTE FUNCTION "segment_rollup_truncated"();

-- Backfill from the data already here.
SELECT "segment_membership_rebuild"();
