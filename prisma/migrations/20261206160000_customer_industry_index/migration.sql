-- An industry filter now names the stored spellings it matches (read by skipping through this index), so its
-- customers come from the index alone, as for plan, country and owner (migration customer_filter_indexes).
-- DropIndex
DROP INDEX "Customer_industry_idx";

-- CreateIndex
CREATE INDEX "Customer_industry_deletedAt_id_idx" ON "Customer"("industry", "deletedAt", "id");


