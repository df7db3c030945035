-- Ticket statistics pre-aggregated for ticketStats, kept in step with "Ticket", "Subscription" and "Customer" by
-- triggers inside the writer's own statement (API, demo loader, tests alike). Months are numbered year * 12 + month - 1
-- (UTC), so a whole-month range [from, to) is months [m1, m2). The rollups count customers that are not soft-deleted;
-- "TicketRollupCustomerMonth" and "TicketRollupPaidSpan" hold every customer's state, so a soft delete or restore
-- takes a customer out or puts it back without rereading its history. Ticket and subscription writers hold a shared
-- transaction advisory lock and a soft delete or restore an exclusive one, so neither decides from a stale view of the
-- other (a ticket written while its customer is being soft-deleted is counted and then taken out, or never counted).

-- CreateTable
CREATE TABLE "TicketRollupMonth" (
    "measure" TEXT NOT NULL,
    "month" INTEGER NOT NULL,
    "bucket" INTEGER NOT NULL,
    "tickets" INTEGER NOT NULL,

    CONSTRAINT "TicketRollupMonth_pkey" PRIMARY KEY ("measure","month","bucket")
);

-- CreateTable
CREATE TABLE "TicketRollupTopic" (
    "month" INTEGER NOT NULL,
    "topic" TEXT NOT NULL,
    "complaints" INTEGER NOT NULL,

    CONSTRAINT "TicketRollupTopic_pkey" PRIMARY KEY ("month","topic")
);

-- CreateTable
CREATE TABLE "TicketRollupRate" (
    "fromMonth" INTEGER NOT NULL,
    "toMonth" INTEGER NOT NULL,
    "tickets" INTEGER NOT NULL,
    "customers" INTEGER NOT NULL,

    CONSTRAINT "TicketRollupRate_pkey" PRIMARY KEY ("fromMonth","toMonth","tickets")
);

-- CreateTable
CREATE TABLE "TicketRollupCustomerMonth" (
    "customerId" INTEGER NOT NULL,
    "month" INTEGER NOT NULL,
    "tickets" INTEGER NOT NULL,

    CONSTRAINT "TicketRollupCustomerMonth_pkey" PRIMARY KEY ("customerId","month")
);

-- CreateTable
CREATE TABLE "TicketRollupPaidSpan" (
    "customerId" INTEGER NOT NULL,
    "startMonth" INTEGER NOT NULL,
    "endMonth" INTEGER NOT NULL,
    "subscriptions" INTEGER NOT NULL,

    CONSTRAINT "TicketRollupPaidSpan_pkey" PRIMARY KEY ("customerId","startMonth","endMonth")
);

-- ─── Month numbers and duration buckets ──────────────────────────────────────────────────────────────────────────

CREATE FUNCTION ticket_rollup_month(t timestamp) RETURNS integer LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $fn$ SELECT (extract(year FROM t) * 12 + extract(month FROM t) - 1)::integer $fn$;

-- The first month starting at or after t: a subscription ending at t overlaps [m1, m2) only if m1 is before it.
CREATE FUNCTION ticket_rollup_month_ceil(t timestamp) RETURNS integer LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $fn$ SELECT ticket_rollup_month(t) + (t > date_trunc('month', t))::integer $fn$;

-- A duration's bucket: exact milliseconds below 128 ms, then 64 buckets per doubling (each under 1.6% wide, as in an
-- HDR histogram); negative durations share bucket -1. Bucket order is duration order, so a percentile's bucket is
-- found from counts alone and only that bucket's few tickets are read and sorted. The bit length `e` comes from a
-- float logarithm and is corrected by one either way, so the result is exact. Built-ins only: index expressions are
-- evaluated with search_path = pg_catalog during maintenance (PostgreSQL 17, so PGlite).
CREATE FUNCTION ticket_rollup_bucket(d interval) RETURNS integer LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $fn$
DECLARE
  ms bigint := floor(extract(epoch FROM d) * 1000);
  e integer;
BEGIN
  IF ms < 0 THEN RETURN -1; ELSIF ms < 128 THEN RETURN ms; END IF;
  e := floor(ln(ms::float8) / ln(2::float8));
  IF ms >> (e - 6) >= 128 THEN e := e + 1; ELSIF ms >> (e - 6) < 64 THEN e := e - 1; END IF;
  RETURN 64 * (e - 6) + (ms >> (e - 6));
END $fn$;

-- One ticket's rows in "TicketRollupMonth": opened (bucket 0), response and resolution time buckets, CSAT score.
CREATE FUNCTION ticket_rollup_measures(response interval, resolution interval, csat integer)
  RETURNS TABLE (measure text, bucket integer) LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $fn$
  SELECT m.measure, m.bucket FROM (VALUES ('opened', 0), ('response', ticket_rollup_bucket(response)),
    ('resolution', ticket_rollup_bucket(resolution)), ('csat', csat)) AS m(measure, bucket)
  WHERE m.bucket IS NOT NULL $fn$;

-- Percentiles read the tickets of one bucket in a range from these alone (index-only; Prisma does not model
-- expression indexes).
CREATE INDEX "Ticket_response_bucket_idx" ON "Ticket" (ticket_rollup_bucket("firstResponseAt" - "openedAt"), "openedAt")
  INCLUDE ("firstResponseAt", "customerId");
CREATE INDEX "Ticket_resolution_bucket_idx" ON "Ticket" (ticket_rollup_bucket("resolvedAt" - "openedAt"), "openedAt")
  INCLUDE ("resolvedAt", "customerId");

-- ─── Active customers by tickets, for every whole-month range at once ────────────────────────────────────────────
-- "TicketRollupRate" is a 2-D difference table: the customers active in [m1, m2) with n tickets in it are
-- sum(customers) over the rows with fromMonth <= m1, toMonth <= m2 and tickets = n. A customer's (active, n) is
-- constant on the cells of a grid whose lines are its ticket months + 1, its paid subscriptions' start months + 1 and
-- end months, so it adds +1/-1 at the four corners of each cell where it is active (cells wholly below the diagonal,
-- which no range reaches, are left out). A span (startMonth b, endMonth a) makes [m1, m2) active when m1 < a and
-- m2 > b; endMonth 2147483647 is a subscription without an end.

-- Session scratch tables: the customers to recount and one statement's changed rows.
CREATE FUNCTION ticket_rollup_scratch() RETURNS void LANGUAGE plpgsql AS $fn$
BEGIN
  IF to_regclass('pg_temp.ticket_rollup_ids') IS NULL THEN
    CREATE TEMP TABLE ticket_rollup_ids (id integer PRIMARY KEY) ON COMMIT DELETE ROWS;
    CREATE TEMP TABLE ticket_rollup_tickets ("customerId" integer, month integer, kind text, topic text, response interval,
      resolution interval, csat integer, sign integer) ON COMMIT DELETE ROWS;
    CREATE TEMP TABLE ticket_rollup_spans ("customerId" integer, "startMonth" integer, "endMonth" integer, sign integer)
      ON COMMIT DELETE ROWS;
  END IF;
END $fn$;

-- Adds sign × the cells of the customers in ticket_rollup_ids, as "TicketRollupCustomerMonth" and
-- "TicketRollupPaidSpan" hold them now. Cells are upserted in key order, so concurrent writers lock rows in one order.
CREATE FUNCTION ticket_rollup_rate_apply(sign integer) RETURNS void LANGUAGE plpgsql AS $fn$
BEGIN
  WITH spans AS (
    SELECT p."customerId" AS cid, p."startMonth" AS b, nullif(p."endMonth", 2147483647) AS a
    FROM "TicketRollupPaidSpan" p JOIN ticket_rollup_ids i ON i.id = p."customerId"),
  lines AS (  -- grid lines, each with the tickets of the month just before it
    SELECT cid, 0 AS z, 0 AS c FROM spans
    UNION ALL SELECT m."customerId", m.month + 1, m.tickets FROM "TicketRollupCustomerMonth" m JOIN ticket_rollup_ids i ON i.id = m."customerId"
    UNION ALL SELECT cid, a, 0 FROM spans WHERE a IS NOT NULL
    UNION ALL SELECT cid, b + 1, 0 FROM spans),
  points AS (  -- each line with the tickets before it and the next line
    SELECT cid, z, (sum(sum(c)) OVER w)::integer AS before, lead(z) OVER w AS next
    FROM lines GROUP BY cid, z WINDOW w AS (PARTITION BY cid ORDER BY z)),
  froms AS (  -- a from-line with the earliest start among the spans still paid after it
    SELECT p.cid, p.z AS x, p.next AS nx, p.before, min(s.b) AS bmin
    FROM points p JOIN spans s ON s.cid = p.cid AND (s.a IS NULL OR p.z < s.a) GROUP BY 1, 2, 3, 4),
  cells AS (  -- the active cells on or above the diagonal, with their ticket count
    SELECT f.x, f.nx, t.z AS y, t.next AS ny, t.before - f.before AS n
    FROM froms f JOIN points t ON t.cid = f.cid AND t.z > f.bmin AND t.z >= f.x),
  corners AS (
    SELECT e.x, e.y, c.n, sum(e.d) AS d
    FROM cells c CROSS JOIN LATERAL (VALUES (c.x, c.y, 1), (c.nx, c.y, -1), (c.x, c.ny, -1), (c.nx, c.ny, 1)) AS e(x, y, d)
    WHERE e.x IS NOT NULL AND e.y IS NOT NULL GROUP BY 1, 2, 3 HAVING sum(e.d) <> 0)
  INSERT INTO "TicketRollupRate" AS r ("fromMonth", "toMonth", "tickets", "customers")
  SELECT x, y, n, sign * d FROM corners ORDER BY 1, 2, 3
  ON CONFLICT ("fromMonth", "toMonth", "tickets") DO UPDATE SET "customers" = r."customers" + EXCLUDED."customers";
END $fn$;

-- ─── Triggers ────────────────────────────────────────────────────────────────────────────────────────────────────

-- Ticket and subscription writers share the lock (they never wait for each other); a soft delete, restore or rebuild
-- takes it alone. Held to the end of the transaction. The key is "ticket" in ASCII.
CREATE FUNCTION ticket_rollup_lock(alone boolean) RETURNS void LANGUAGE plpgsql AS $fn$
BEGIN
  IF alone THEN PERFORM pg_advisory_xact_lock(127995988370804); ELSE PERFORM pg_advisory_xact_lock_shared(127995988370804); END IF;
END $fn$;

-- The signed tickets in ticket_rollup_tickets (all of counted customers) into the month measures and complaint topics.
CREATE FUNCTION ticket_rollup_stats_apply() RETURNS void LANGUAGE plpgsql AS $fn$
BEGIN
  INSERT INTO "TicketRollupMonth" AS r ("measure", "month", "bucket", "tickets")
  SELECT m.measure, t.month, m.bucket, sum(t.sign) FROM ticket_rollup_tickets t
  CROSS JOIN LATERAL ticket_rollup_measures(t.response, t.resolution, t.csat) m
  GROUP BY 1, 2, 3 HAVING sum(t.sign) <> 0 ORDER BY 1, 2, 3
  ON CONFLICT ("measure", "month", "bucket") DO UPDATE SET "tickets" = r."tickets" + EXCLUDED."tickets";
  INSERT INTO "TicketRollupTopic" AS r ("month", "topic", "complaints")
  SELECT month, topic, sum(sign) FROM ticket_rollup_tickets WHERE kind = 'COMPLAINT'
  GROUP BY 1, 2 HAVING sum(sign) <> 0 ORDER BY 1, 2
  ON CONFLICT ("month", "topic") DO UPDATE SET "complaints" = r."complaints" + EXCLUDED."complaints";
  DELETE FROM ticket_rollup_tickets;
END $fn$;

-- Keeps in ticket_rollup_ids only the customers the rollups count: existing and not soft-deleted.
CREATE FUNCTION ticket_rollup_keep_counted() RETURNS boolean LANGUAGE plpgsql AS $fn$
BEGIN
  DELETE FROM ticket_rollup_ids i WHERE NOT EXISTS (SELECT 1 FROM "Customer" c WHERE c.id = i.id AND c."deletedAt" IS NULL);
  ANALYZE ticket_rollup_ids; -- the plans differ for one customer and for a bulk load
  RETURN EXISTS (SELECT 1 FROM ticket_rollup_ids);
END $fn$;

-- Trigger body on "Ticket": the statement's rows from its transition tables, signed (+1 new, -1 old). Customers whose
-- monthly counts changed have their rate cells taken out and put back around the change of their counts.
CREATE FUNCTION ticket_rollup_tickets_changed() RETURNS trigger LANGUAGE plpgsql AS $fn$
DECLARE
  changed text := CASE TG_OP
    WHEN 'INSERT' THEN 'SELECT *, 1 AS sign FROM new_rows'
    WHEN 'DELETE' THEN 'SELECT *, -1 AS sign FROM old_rows'
    ELSE 'SELECT *, 1 AS sign FROM new_rows UNION ALL SELECT *, -1 AS sign FROM old_rows' END;
  counted boolean;
BEGIN
  IF TG_OP = 'TRUNCATE' THEN
    PERFORM ticket_rollup_rebuild();
    RETURN NULL;
  END IF;
  PERFORM ticket_rollup_lock(false);
  PERFORM ticket_rollup_scratch();
  EXECUTE format($sql$
    INSERT INTO ticket_rollup_tickets SELECT d."customerId", ticket_rollup_month(d."openedAt"), d.kind::text, d.topic,
      d."firstResponseAt" - d."openedAt", d."resolvedAt" - d."openedAt", d.csat, d.sign FROM (%s) d$sql$, changed);
  ANALYZE ticket_rollup_tickets;
  INSERT INTO ticket_rollup_ids SELECT DISTINCT "customerId" FROM ticket_rollup_tickets GROUP BY "customerId", month HAVING sum(sign) <> 0;
  counted := ticket_rollup_keep_counted();
  IF counted THEN PERFORM ticket_rollup_rate_apply(-1); END IF;
  INSERT INTO "TicketRollupCustomerMonth" AS r ("customerId", "month", "tickets")
  SELECT "customerId", month, sum(sign) FROM ticket_rollup_tickets GROUP BY 1, 2 HAVING sum(sign) <> 0 ORDER BY 1, 2
  ON CONFLICT ("customerId", "month") DO UPDATE SET "tickets" = r."tickets" + EXCLUDED."tickets";
  DELETE FROM "TicketRollupCustomerMonth" m USING (SELECT DISTINCT "customerId" FROM ticket_rollup_tickets) t
  WHERE m."customerId" = t."customerId" AND m."tickets" = 0;
  IF counted THEN PERFORM ticket_rollup_rate_apply(1); END IF;
  DELETE FROM ticket_rollup_ids;
  DELETE FROM ticket_rollup_tickets t WHERE NOT EXISTS (SELECT 1 FROM "Customer" c WHERE c.id = t."customerId" AND c."deletedAt" IS NULL);
  PERFORM ticket_rollup_stats_apply();
  RETURN NULL;
END $fn$;

-- Trigger body on "Subscription": paid spans that changed; those customers' rate cells are recounted around it.
CREATE FUNCTION ticket_rollup_subscriptions_changed() RETURNS trigger LANGUAGE plpgsql AS $fn$
DECLARE
  changed text := CASE TG_OP
    WHEN 'INSERT' THEN 'SELECT *, 1 AS sign FROM new_rows'
    WHEN 'DELETE' THEN 'SELECT *, -1 AS sign FROM old_rows'
    ELSE 'SELECT *, 1 AS sign FROM new_rows UNION ALL SELECT *, -1 AS sign FROM old_rows' END;
  counted boolean;
BEGIN
  IF TG_OP = 'TRUNCATE' THEN
    PERFORM ticket_rollup_rebuild();
    RETURN NULL;
  END IF;
  PERFORM ticket_rollup_lock(false);
  PERFORM ticket_rollup_scratch();
  EXECUTE format($sql$
    INSERT INTO ticket_rollup_spans SELECT d."customerId", ticket_rollup_month(d."startedAt"),
      coalesce(ticket_rollup_month_ceil(d."endedAt"), 2147483647), sum(d.sign)
    FROM (%s) d WHERE d."mrrMinor" > 0 GROUP BY 1, 2, 3 HAVING sum(d.sign) <> 0$sql$, changed);
  INSERT INTO ticket_rollup_ids SELECT DISTINCT "customerId" FROM ticket_rollup_spans;
  counted := ticket_rollup_keep_counted();
  IF counted THEN PERFORM ticket_rollup_rate_apply(-1); END IF;
  INSERT INTO "TicketRollupPaidSpan" AS r ("customerId", "startMonth", "endMonth", "subscriptions")
  SELECT "customerId", "startMonth", "endMonth", sign FROM ticket_rollup_spans ORDER BY 1, 2, 3
  ON CONFLICT ("customerId", "startMonth", "endMonth") DO UPDATE SET "subscriptions" = r."subscriptions" + EXCLUDED."subscriptions";
  DELETE FROM "TicketRollupPaidSpan" p USING (SELECT DISTINCT "customerId" FROM ticket_rollup_spans) s
  WHERE p."customerId" = s."customerId" AND p."subscriptions" = 0;
  IF counted THEN PERFORM ticket_rollup_rate_apply(1); END IF;
  DELETE FROM ticket_rollup_spans;
  DELETE FROM ticket_rollup_ids;
  RETURN NULL;
END $fn$;

-- Takes the customers in ticket_rollup_ids out of every rollup (sign -1) or puts them back (+1), from their state
-- rows and their tickets.
CREATE FUNCTION ticket_rollup_customers_apply(sign integer) RETURNS void LANGUAGE plpgsql AS $fn$
BEGIN
  ANALYZE ticket_rollup_ids;
  PERFORM ticket_rollup_rate_apply(sign);
  INSERT INTO ticket_rollup_tickets SELECT t."customerId", ticket_rollup_month(t."openedAt"), t.kind::text, t.topic,
    t."firstResponseAt" - t."openedAt", t."resolvedAt" - t."openedAt", t.csat, sign
  FROM "Ticket" t JOIN ticket_rollup_ids i ON i.id = t."customerId";
  PERFORM ticket_rollup_stats_apply();
  DELETE FROM ticket_rollup_ids;
END $fn$;

-- Trigger body on "Customer" updates: the customers soft-deleted (out) and restored (back in) by the statement.
CREATE FUNCTION ticket_rollup_customers_changed() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM new_rows n JOIN old_rows o ON o.id = n.id WHERE (n."deletedAt" IS NULL) <> (o."deletedAt" IS NULL)) THEN
    RETURN NULL; -- most customer updates: nothing to do, no lock
  END IF;
  PERFORM ticket_rollup_lock(true);
  PERFORM ticket_rollup_scratch();
  INSERT INTO ticket_rollup_ids SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id
  WHERE n."deletedAt" IS NOT NULL AND o."deletedAt" IS NULL;
  PERFORM ticket_rollup_customers_apply(-1);
  INSERT INTO ticket_rollup_ids SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id
  WHERE n."deletedAt" IS NULL AND o."deletedAt" IS NOT NULL;
  PERFORM ticket_rollup_customers_apply(1);
  RETURN NULL;
END $fn$;

-- Trigger body before a customer row is deleted: a counted customer leaves the rollups first; the cascaded deletes of
-- its tickets and subscriptions then find it gone and only empty its state rows.
CREATE FUNCTION ticket_rollup_customer_deleting() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  IF OLD."deletedAt" IS NULL THEN
    PERFORM ticket_rollup_lock(true);
    PERFORM ticket_rollup_scratch();
    INSERT INTO ticket_rollup_ids VALUES (OLD.id);
    PERFORM ticket_rollup_customers_apply(-1);
  END IF;
  RETURN OLD;
END $fn$;

-- Recomputes every rollup from "Ticket", "Subscription" and "Customer": the backfill below, after a TRUNCATE, and
-- after a load that bypassed the triggers (session_replication_role = replica, as the benchmark loader does).
CREATE FUNCTION ticket_rollup_rebuild() RETURNS void LANGUAGE plpgsql AS $fn$
BEGIN
  PERFORM ticket_rollup_lock(true);
  PERFORM ticket_rollup_scratch();
  PERFORM set_config('work_mem', '256MB', true); -- the one-pass grouping of every ticket stays in memory
  TRUNCATE "TicketRollupMonth", "TicketRollupTopic", "TicketRollupRate", "TicketRollupCustomerMonth", "TicketRollupPaidSpan";
  INSERT INTO "TicketRollupCustomerMonth" ("customerId", "month", "tickets")
  SELECT "customerId", ticket_rollup_month("openedAt"), count(*) FROM "Ticket" GROUP BY 1, 2;
  INSERT INTO "TicketRollupPaidSpan" ("customerId", "startMonth", "endMonth", "subscriptions")
  SELECT "customerId", ticket_rollup_month("startedAt"), coalesce(ticket_rollup_month_ceil("endedAt"), 2147483647), count(*)
  FROM "Subscription" WHERE "mrrMinor" > 0 GROUP BY 1, 2, 3;
  INSERT INTO "TicketRollupMonth" ("measure", "month", "bucket", "tickets")
  SELECT m.measure, ticket_rollup_month(t."openedAt"), m.bucket, count(*) FROM "Ticket" t
  JOIN "Customer" c ON c.id = t."customerId" AND c."deletedAt" IS NULL
  CROSS JOIN LATERAL ticket_rollup_measures(t."firstResponseAt" - t."openedAt", t."resolvedAt" - t."openedAt", t.csat) m
  GROUP BY 1, 2, 3;
  INSERT INTO "TicketRollupTopic" ("month", "topic", "complaints")
  SELECT ticket_rollup_month(t."openedAt"), t.topic, count(*) FROM "Ticket" t
  JOIN "Customer" c ON c.id = t."customerId" AND c."deletedAt" IS NULL WHERE t.kind = 'COMPLAINT' GROUP BY 1, 2;
  DELETE FROM ticket_rollup_ids;
  INSERT INTO ticket_rollup_ids SELECT DISTINCT p."customerId" FROM "TicketRollupPaidSpan" p
  JOIN "Customer" c ON c.id = p."customerId" AND c."deletedAt" IS NULL;
  ANALYZE ticket_rollup_ids;
  ANALYZE "TicketRollupCustomerMonth";
  ANALYZE "TicketRollupPaidSpan";
  PERFORM ticket_rollup_rate_apply(1);
  DELETE FROM ticket_rollup_ids;
END $fn$;

CREATE TRIGGER ticket_rollup_insert AFTER INSERT ON "Ticket"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION ticket_rollup_tickets_changed();
CREATE TRIGGER ticket_rollup_update AFTER UPDATE ON "Ticket"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION ticket_rollup_tickets_changed();
CREATE TRIGGER ticket_rollup_delete AFTER DELETE ON "Ticket"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION ticket_rollup_tickets_changed();
CREATE TRIGGER ticket_rollup_truncate AFTER TRUNCATE ON "Ticket"
  FOR EACH STATEMENT EXECUTE FUNCTION ticket_rollup_tickets_changed();
CREATE TRIGGER ticket_rollup_insert AFTER INSERT ON "Subscription"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION ticket_rollup_subscriptions_changed();
CREATE TRIGGER ticket_rollup_update AFTER UPDATE ON "Subscription"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION ticket_rollup_subscriptions_changed();
CREATE TRIGGER ticket_rollup_delete AFTER DELETE ON "Subscription"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION ticket_rollup_subscriptions_changed();
CREATE TRIGGER ticket_rollup_truncate AFTER TRUNCATE ON "Subscription"
  FOR EACH STATEMENT EXECUTE FUNCTION ticket_rollup_subscriptions_changed();
CREATE TRIGGER ticket_rollup_update AFTER UPDATE ON "Customer"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION ticket_rollup_customers_changed();
CREATE TRIGGER ticket_rollup_deleting BEFORE DELETE ON "Customer"
  FOR EACH ROW EXECUTE FUNCTION ticket_rollup_customer_deleting();

-- Backfill from the data already here.
SELECT ticket_rollup_rebuild();
