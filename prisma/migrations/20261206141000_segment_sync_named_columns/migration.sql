-- A customer update re-evaluates segment membership only for the columns some dynamic rule names (and a soft delete
-- or restore, which every segment follows). A health refresh rewrites healthScore for every customer in batches of
-- 20,000; with no rule on healthScore that re-evaluated every rule for all of them for nothing (about 28 s of a
-- 1M-customer refresh). A key's name appearing in the rule text is enough: a false match only costs the re-evaluation.
CREATE OR REPLACE FUNCTION "segment_customer_rows_updated"() RETURNS trigger LANGUAGE plpgsql AS $fn$
DECLARE
  named text := (SELECT coalesce(string_agg(s.rule::text, ' '), '') FROM "Segment" s WHERE s.kind = 'DYNAMIC');
BEGIN
  PERFORM segment_membership_sync(ARRAY(SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id
    WHERE (n."deletedAt" IS NULL) <> (o."deletedAt" IS NULL)
      OR (strpos(named, '"country"') > 0 AND n.country IS DISTINCT FROM o.country)
      OR (strpos(named, '"plan"') > 0 AND n.plan IS DISTINCT FROM o.plan)
      OR (strpos(named, '"status"') > 0 AND n.status IS DISTINCT FROM o.status)
      OR (strpos(named, '"satisfaction"') > 0 AND n.satisfaction IS DISTINCT FROM o.satisfaction)
      OR (strpos(named, '"industry"') > 0 AND n.industry IS DISTINCT FROM o.industry)
      OR (strpos(named, '"healthScore"') > 0 AND n."healthScore" IS DISTINCT FROM o."healthScore")
      OR (strpos(named, '"mrrMinor"') > 0 AND n."mrrMinor" IS DISTINCT FROM o."mrrMinor")
      OR (strpos(named, '"signedUpAt"') > 0 AND n."signedUpAt" IS DISTINCT FROM o."signedUpAt")));
  RETURN NULL;
END $fn$;
