-- CreateEnum
CREATE TYPE "MetricGranularity" AS ENUM ('WEEK', 'MONTH', 'QUARTER');

-- CreateTable
CREATE TABLE "MrrStep" (
    "customerId" INTEGER NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,
    "mrrBefore" BIGINT NOT NULL,
    "mrrAfter" BIGINT NOT NULL,
    "kind" "MrrMovementKind" NOT NULL,
    "nextAt" TIMESTAMP(3),

    CONSTRAINT "MrrStep_pkey" PRIMARY KEY ("customerId","at")
);

-- CreateTable
CREATE TABLE "MrrContribution" (
    "customerId" INTEGER NOT NULL,
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

    CONSTRAINT "MrrContribution_pkey" PRIMARY KEY ("customerId","granularity","periodStart")
);

-- CreateTable
CREATE TABLE "MrrRollup" (
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

    CONSTRAINT "MrrRollup_pkey" PRIMARY KEY ("granularity","periodStart","plan","country","churnType","reasonId")
);

-- CreateTable
CREATE TABLE "CohortContribution" (
    "customerId" INTEGER NOT NULL,
    "k" INTEGER NOT NULL,
    "signupMonth" TIMESTAMP(3) NOT NULL,
    "plan" "Plan" NOT NULL,
    "country" TEXT NOT NULL,
    "activeDelta" INTEGER NOT NULL,
    "mrrDeltaMinor" BIGINT NOT NULL,

    CONSTRAINT "CohortContribution_pkey" PRIMARY KEY ("customerId","k")
);

-- CreateTable
CREATE TABLE "CohortRollup" (
    "signupMonth" TIMESTAMP(3) NOT NULL,
    "k" INTEGER NOT NULL,
    "plan" "Plan" NOT NULL,
    "country" TEXT NOT NULL,
    "activeDelta" INTEGER NOT NULL,
    "mrrDeltaMinor" BIGINT NOT NULL,

    CONSTRAINT "CohortRollup_pkey" PRIMARY KEY ("signupMonth","k","plan","country")
);

-- CreateIndex
CREATE INDEX "MrrStep_kind_at_customerId_nextAt_idx" ON "MrrStep"("kind", "at", "customerId", "nextAt");

-- CreateIndex
CREATE INDEX "MrrContribution_granularity_customerId_periodStart_joined_l_idx" ON "MrrContribution"("granularity", "customerId", "periodStart", "joined", "left");



-- ─── Keeping the tables above in step with the facts, inside the writing transaction ─────────────────────────────
-- Every write that can change a customer's MRR timeline, churn label or grouping attributes re-contributes that
-- customer: its stored contributions come out, its steps are rebuilt from its subscriptions, its new contributions go
-- in, and each rollup row takes the net change (a row the write does not change is not touched). Statement-level
-- triggers with transition tables make a bulk insert one set-based pass. Rollup rows are upserted in key order so
-- concurrent writers lock them in the same order.

CREATE FUNCTION "mrr_recontribute"(ids integer[]) RETURNS void LANGUAGE plpgsql AS $fn$
BEGIN
  IF coalesce(cardinality(ids), 0) = 0 THEN RETURN; END IF;
  IF to_regclass('pg_temp.mrr_ids') IS NULL THEN
    CREATE TEMP TABLE mrr_ids (id integer PRIMARY KEY) ON COMMIT DELETE ROWS;
  END IF;
  IF to_regclass('pg_temp.mrr_rollup_delta') IS NULL THEN
    -- the change to each rollup row: stored contributions negated, then the new ones
    CREATE TEMP TABLE mrr_rollup_delta (LIKE "MrrRollup") ON COMMIT DELETE ROWS;
    CREATE TEMP TABLE cohort_rollup_delta (LIKE "CohortRollup") ON COMMIT DELETE ROWS;
  END IF;
  DELETE FROM mrr_ids;
  INSERT INTO mrr_ids SELECT DISTINCT u FROM unnest(ids) AS u WHERE u IS NOT NULL;
  ANALYZE mrr_ids; -- the plans below differ for one customer and for a bulk load

  -- 1. the stored contributions come out (negated into the deltas)
  WITH gone AS (DELETE FROM "MrrContribution" mc USING mrr_ids i WHERE mc."customerId" = i.id RETURNING mc.*)
  INSERT INTO mrr_rollup_delta SELECT granularity, "periodStart", plan, country, "churnType", "reasonId", -joined, -"left", -"newMinor",
    -"expansionMinor", -"contractionMinor", -"churnedMinor", -"reactivationMinor", -"cohortDeltaMinor", -"netMinor" FROM gone;
  WITH gone AS (DELETE FROM "CohortContribution" cc USING mrr_ids i WHERE cc."customerId" = i.id RETURNING cc.*)
  INSERT INTO cohort_rollup_delta SELECT "signupMonth", k, plan, country, -"activeDelta", -"mrrDeltaMinor" FROM gone;

  -- 2. the steps, from the paid subscriptions: +MRR at a start, -MRR at an end, netted per instant; a step from 0 is
  -- NEW when no paid subscription of the customer started before it, else REACTIVATION
  DELETE FROM "MrrStep" st USING mrr_ids i WHERE st."customerId" = i.id;
  INSERT INTO "MrrStep" ("customerId", at, "mrrBefore", "mrrAfter", kind, "nextAt")
  SELECT n.cid, n.at, n.after - n.delta, n.after,
    (CASE WHEN n.after = n.delta THEN CASE WHEN n.at <= n.first_paid THEN 'NEW' ELSE 'REACTIVATION' END
          WHEN n.after = 0 THEN 'CHURN' WHEN n.delta > 0 THEN 'EXPANSION' ELSE 'CONTRACTION' END)::"MrrMovementKind",
    lead(n.at) OVER (PARTITION BY n.cid ORDER BY n.at)
  FROM (
    SELECT c.cid, c.at, c.delta, c.first_paid, sum(c.delta) OVER (PARTITION BY c.cid ORDER BY c.at) AS after
    FROM (
      SELECT x.cid, x.at, sum(x.delta) AS delta, min(x.first_paid) AS first_paid FROM (
        SELECT s."customerId" AS cid, s."startedAt" AS at, s."mrrMinor"::bigint AS delta,
          min(s."startedAt") OVER (PARTITION BY s."customerId") AS first_paid
        FROM "Subscription" s JOIN mrr_ids i ON i.id = s."customerId" WHERE s."mrrMinor" > 0
        UNION ALL
        SELECT s."customerId", s."endedAt", -s."mrrMinor"::bigint, NULL
        FROM "Subscription" s JOIN mrr_ids i ON i.id = s."customerId" WHERE s."mrrMinor" > 0 AND s."endedAt" IS NOT NULL
      ) x GROUP BY x.cid, x.at HAVING sum(x.delta) <> 0
    ) c
  ) n;

  -- 3. the contributions of customers that count (not soft-deleted), per calendar week, month and quarter
  INSERT INTO "MrrContribution" ("customerId", granularity, "periodStart", plan, country, "churnType", "reasonId", joined, "left",
    "newMinor", "expansionMinor", "contractionMinor", "churnedMinor", "reactivationMinor", "cohortDeltaMinor", "netMinor")
  SELECT p.cid, p.granularity, p.ps, cu.plan, cu.country, coalesce(ev.type::text, ''), coalesce(ev."primaryReasonId", 0),
    (p.s0 = 0 AND p.s1 > 0)::int, (p.s0 > 0 AND p.s1 = 0)::int,
    p.new, p.expansion, p.contraction, p.churned, p.reactivation, CASE WHEN p.s0 > 0 THEN p.s1 - p.s0 ELSE 0 END, p.s1 - p.s0
  FROM (
    SELECT st."customerId" AS cid, g.granularity, g.span, date_trunc(g.unit, st.at) AS ps,
      (array_agg(st."mrrBefore" ORDER BY st.at))[1] AS s0, (array_agg(st."mrrAfter" ORDER BY st.at DESC))[1] AS s1,
      coalesce(sum(st."mrrAfter" - st."mrrBefore") FILTER (WHERE st.kind = 'NEW'), 0) AS new,
      coalesce(sum(st."mrrAfter" - st."mrrBefore") FILTER (WHERE st.kind = 'EXPANSION'), 0) AS expansion,
      coalesce(sum(st."mrrBefore" - st."mrrAfter") FILTER (WHERE st.kind = 'CONTRACTION'), 0) AS contraction,
      coalesce(sum(st."mrrBefore" - st."mrrAfter") FILTER (WHERE st.kind = 'CHURN'), 0) AS churned,
      coalesce(sum(st."mrrAfter" - st."mrrBefore") FILTER (WHERE st.kind = 'REACTIVATION'), 0) AS reactivation
    FROM "MrrStep" st JOIN mrr_ids i ON i.id = st."customerId"
    CROSS JOIN (VALUES ('WEEK'::"MetricGranularity", 'week', interval '1 week'), ('MONTH', 'month', interval '1 month'),
      ('QUARTER', 'quarter', interval '3 months')) AS g(granularity, unit, span)
    GROUP BY 1, 2, 3, 4
  ) p
  JOIN "Customer" cu ON cu.id = p.cid AND cu."deletedAt" IS NULL
  -- a churned customer's label: its last non-REVENUE churn event effective inside the period
  LEFT JOIN LATERAL (
    SELECT e.type, e."primaryReasonId" FROM "ChurnEvent" e
    WHERE p.s0 > 0 AND p.s1 = 0 AND e."customerId" = p.cid AND e.type <> 'REVENUE' AND e."effectiveAt" >= p.ps AND e."effectiveAt" < p.ps + p.span
    ORDER BY e."effectiveAt" DESC, e.id DESC LIMIT 1) ev ON true;

  INSERT INTO mrr_rollup_delta SELECT granularity, "periodStart", plan, country, "churnType", "reasonId", joined, "left", "newMinor",
    "expansionMinor", "contractionMinor", "churnedMinor", "reactivationMinor", "cohortDeltaMinor", "netMinor"
  FROM "MrrContribution" mc JOIN mrr_ids i ON i.id = mc."customerId";

  -- cohort cells: a step counts from the k-th month after the signup month (steps before signup count at k = 0);
  -- k = -1 holds the customer itself (cohort sizes)
  INSERT INTO "CohortContribution" ("customerId", k, "signupMonth", plan, country, "activeDelta", "mrrDeltaMinor")
  SELECT cu.id, -1, date_trunc('month', cu."signedUpAt"), cu.plan, cu.country, 1, 0
  FROM "Customer" cu JOIN mrr_ids i ON i.id = cu.id WHERE cu."deletedAt" IS NULL
  UNION ALL
  SELECT cu.id, GREATEST(0, ((extract(year FROM st.at) - extract(year FROM cu."signedUpAt")) * 12
      + extract(month FROM st.at) - extract(month FROM cu."signedUpAt"))::int) AS k,
    date_trunc('month', cu."signedUpAt"), cu.plan, cu.country,
    count(*) FILTER (WHERE st."mrrBefore" = 0) - count(*) FILTER (WHERE st."mrrAfter" = 0), sum(st."mrrAfter" - st."mrrBefore")
  FROM "MrrStep" st JOIN mrr_ids i ON i.id = st."customerId" JOIN "Customer" cu ON cu.id = st."customerId" AND cu."deletedAt" IS NULL
  GROUP BY 1, 2, 3, 4, 5;

  INSERT INTO cohort_rollup_delta SELECT "signupMonth", k, plan, country, "activeDelta", "mrrDeltaMinor"
  FROM "CohortContribution" cc JOIN mrr_ids i ON i.id = cc."customerId";

  -- 4. the rollups take the net change per row: rows whose figures did not change are not touched (nor locked)
  INSERT INTO "MrrRollup" AS r
  SELECT granularity, "periodStart", plan, country, "churnType", "reasonId", sum(joined), sum("left"), sum("newMinor"),
    sum("expansionMinor"), sum("contractionMinor"), sum("churnedMinor"), sum("reactivationMinor"), sum("cohortDeltaMinor"), sum("netMinor")
  FROM mrr_rollup_delta GROUP BY 1, 2, 3, 4, 5, 6
  HAVING (sum(joined), sum("left"), sum("newMinor"), sum("expansionMinor"), sum("contractionMinor"), sum("churnedMinor"),
    sum("reactivationMinor"), sum("cohortDeltaMinor"), sum("netMinor")) <> (0, 0, 0, 0, 0, 0, 0, 0, 0)
  ORDER BY 1, 2, 3, 4, 5, 6
  ON CONFLICT (granularity, "periodStart", plan, country, "churnType", "reasonId") DO UPDATE SET
    joined = r.joined + EXCLUDED.joined, "left" = r."left" + EXCLUDED."left", "newMinor" = r."newMinor" + EXCLUDED."newMinor",
    "expansionMinor" = r."expansionMinor" + EXCLUDED."expansionMinor", "contractionMinor" = r."contractionMinor" + EXCLUDED."contractionMinor",
    "churnedMinor" = r."churnedMinor" + EXCLUDED."churnedMinor", "reactivationMinor" = r."reactivationMinor" + EXCLUDED."reactivationMinor",
    "cohortDeltaMinor" = r."cohortDeltaMinor" + EXCLUDED."cohortDeltaMinor", "netMinor" = r."netMinor" + EXCLUDED."netMinor";
  INSERT INTO "CohortRollup" AS r
  SELECT "signupMonth", k, plan, country, sum("activeDelta"), sum("mrrDeltaMinor") FROM cohort_rollup_delta GROUP BY 1, 2, 3, 4
  HAVING (sum("activeDelta"), sum("mrrDeltaMinor")) <> (0, 0) ORDER BY 1, 2, 3, 4
  ON CONFLICT ("signupMonth", k, plan, country) DO UPDATE SET
    "activeDelta" = r."activeDelta" + EXCLUDED."activeDelta", "mrrDeltaMinor" = r."mrrDeltaMinor" + EXCLUDED."mrrDeltaMinor";
  DELETE FROM mrr_rollup_delta;
  DELETE FROM cohort_rollup_delta;
  DELETE FROM mrr_ids;
END $fn$;

-- Trigger bodies: the customers a statement touched (transition tables hold its rows).
CREATE FUNCTION "mrr_touched_inserted"() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN PERFORM "mrr_recontribute"(ARRAY(SELECT DISTINCT "customerId" FROM new_rows)); RETURN NULL; END $fn$;
CREATE FUNCTION "mrr_touched_deleted"() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN PERFORM "mrr_recontribute"(ARRAY(SELECT DISTINCT "customerId" FROM old_rows)); RETURN NULL; END $fn$;
CREATE FUNCTION "mrr_touched_updated"() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  PERFORM "mrr_recontribute"(ARRAY(SELECT "customerId" FROM old_rows UNION SELECT "customerId" FROM new_rows));
  RETURN NULL;
END $fn$;
CREATE FUNCTION "mrr_customers_inserted"() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN PERFORM "mrr_recontribute"(ARRAY(SELECT id FROM new_rows)); RETURN NULL; END $fn$;
CREATE FUNCTION "mrr_customers_deleted"() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN PERFORM "mrr_recontribute"(ARRAY(SELECT id FROM old_rows)); RETURN NULL; END $fn$;
-- A customer's grouping attributes or soft delete changed: only those customers, only when they changed.
CREATE FUNCTION "mrr_customer_updated"() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  PERFORM "mrr_recontribute"(ARRAY(
    SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id
    WHERE (n.plan, n.country, n."signedUpAt", n."deletedAt" IS NULL) IS DISTINCT FROM (o.plan, o.country, o."signedUpAt", o."deletedAt" IS NULL)));
  RETURN NULL;
END $fn$;
-- TRUNCATE fires no row triggers: emptied subscriptions empty what they give (the cohort sizes are rebuilt from the
-- customers); emptied churn events relabel all.
CREATE FUNCTION "mrr_subscriptions_truncated"() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  TRUNCATE "MrrStep", "MrrContribution", "MrrRollup", "CohortContribution", "CohortRollup";
  PERFORM "mrr_recontribute"(ARRAY(SELECT id FROM "Customer"));
  RETURN NULL;
END $fn$;
CREATE FUNCTION "mrr_churn_events_truncated"() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN PERFORM "mrr_recontribute"(ARRAY(SELECT DISTINCT "customerId" FROM "MrrContribution" WHERE "reasonId" <> 0)); RETURN NULL; END $fn$;

CREATE TRIGGER "Subscription_mrr_insert" AFTER INSERT ON "Subscription" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "mrr_touched_inserted"();
CREATE TRIGGER "Subscription_mrr_update" AFTER UPDATE ON "Subscription" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "mrr_touched_updated"();
CREATE TRIGGER "Subscription_mrr_delete" AFTER DELETE ON "Subscription" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "mrr_touched_deleted"();
CREATE TRIGGER "Subscription_mrr_truncate" AFTER TRUNCATE ON "Subscription"
  FOR EACH STATEMENT EXECUTE FUNCTION "mrr_subscriptions_truncated"();
CREATE TRIGGER "ChurnEvent_mrr_insert" AFTER INSERT ON "ChurnEvent" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "mrr_touched_inserted"();
CREATE TRIGGER "ChurnEvent_mrr_update" AFTER UPDATE ON "ChurnEvent" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "mrr_touched_updated"();
CREATE TRIGGER "ChurnEvent_mrr_delete" AFTER DELETE ON "ChurnEvent" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "mrr_touched_deleted"();
CREATE TRIGGER "ChurnEvent_mrr_truncate" AFTER TRUNCATE ON "ChurnEvent"
  FOR EACH STATEMENT EXECUTE FUNCTION "mrr_churn_events_truncated"();
CREATE TRIGGER "Customer_mrr_insert" AFTER INSERT ON "Customer" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "mrr_customers_inserted"();
CREATE TRIGGER "Customer_mrr_delete" AFTER DELETE ON "Customer" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "mrr_customers_deleted"();
CREATE TRIGGER "Customer_mrr_update" AFTER UPDATE ON "Customer" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "mrr_customer_updated"();

-- Backfill from the data already here.
SELECT "mrr_recontribute"(ARRAY(SELECT id FROM "Customer"));
