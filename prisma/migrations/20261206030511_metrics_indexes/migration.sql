-- DropIndex
DROP INDEX "Customer_deletedAt_idx";

-- DropIndex
DROP INDEX "Customer_signedUpAt_idx";

-- DropIndex
DROP INDEX "EngagementSnapshot_periodStart_idx";

-- DropIndex
DROP INDEX "Subscription_customerId_idx";

-- DropIndex
DROP INDEX "Subscription_startedAt_endedAt_idx";

-- DropIndex
DROP INDEX "Ticket_openedAt_kind_idx";

-- CreateIndex
CREATE INDEX "Customer_signedUpAt_id_deletedAt_idx" ON "Customer"("signedUpAt", "id", "deletedAt");

-- CreateIndex
CREATE INDEX "Customer_deletedAt_id_idx" ON "Customer"("deletedAt", "id");

-- CreateIndex
CREATE INDEX "EngagementSnapshot_periodStart_customerId_logins_activeDays_idx" ON "EngagementSnapshot"("periodStart", "customerId", "logins", "activeDays", "activeWeeks", "emailsSent", "emailsOpened", "offersSent", "offersRedeemed");

-- CreateIndex
CREATE INDEX "Subscription_customerId_startedAt_endedAt_mrrMinor_idx" ON "Subscription"("customerId", "startedAt", "endedAt", "mrrMinor");

-- CreateIndex
CREATE INDEX "Subscription_startedAt_endedAt_mrrMinor_customerId_idx" ON "Subscription"("startedAt", "endedAt", "mrrMinor", "customerId");

-- CreateIndex
CREATE INDEX "Subscription_endedAt_startedAt_mrrMinor_customerId_idx" ON "Subscription"("endedAt", "startedAt", "mrrMinor", "customerId");

-- CreateIndex
CREATE INDEX "Ticket_openedAt_kind_customerId_topic_firstResponseAt_resol_idx" ON "Ticket"("openedAt", "kind", "customerId", "topic", "firstResponseAt", "resolvedAt", "csat");
