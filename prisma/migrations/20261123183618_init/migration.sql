-- CreateEnum
CREATE TYPE "Role" AS ENUM ('ADMIN', 'MANAGER', 'AGENT', 'ANALYST');

-- CreateEnum
CREATE TYPE "CustomerStatus" AS ENUM ('TRIAL', 'ACTIVE', 'PAST_DUE', 'CHURNED');

-- CreateEnum
CREATE TYPE "Satisfaction" AS ENUM ('SATISFIED', 'INDIFFERENT', 'DISSATISFIED');

-- CreateEnum
CREATE TYPE "Plan" AS ENUM ('STARTER', 'GROWTH', 'BUSINESS', 'ENTERPRISE');

-- CreateEnum
CREATE TYPE "MrrMovementKind" AS ENUM ('NEW', 'EXPANSION', 'CONTRACTION', 'CHURN', 'REACTIVATION');

-- CreateEnum
CREATE TYPE "InteractionKind" AS ENUM ('CALL', 'EMAIL', 'MEETING', 'CHAT');

-- CreateEnum
CREATE TYPE "TicketKind" AS ENUM ('QUESTION', 'INCIDENT', 'COMPLAINT', 'FEATURE_REQUEST', 'BILLING');

-- CreateEnum
CREATE TYPE "TicketChannel" AS ENUM ('EMAIL', 'PHONE', 'CHAT', 'WEB', 'SOCIAL');

-- CreateEnum
CREATE TYPE "TicketStatus" AS ENUM ('OPEN', 'PENDING', 'RESOLVED', 'CLOSED');

-- CreateEnum
CREATE TYPE "TicketPriority" AS ENUM ('LOW', 'NORMAL', 'HIGH', 'URGENT');

-- CreateEnum
CREATE TYPE "ChurnType" AS ENUM ('VOLUNTARY', 'INVOLUNTARY', 'COMPETITIVE', 'PASSIVE', 'REVENUE');

-- CreateEnum
CREATE TYPE "ReasonCategory" AS ENUM ('FIT', 'ONBOARDING', 'PRODUCT', 'USAGE', 'VALUE', 'ORGANISATION', 'PRICE', 'SERVICE', 'EXPERIENCE', 'PAYMENT', 'COMPETITION', 'LOYALTY');

-- CreateEnum
CREATE TYPE "OwnerTeam" AS ENUM ('MARKETING_SALES', 'SALES_ONBOARDING', 'PRODUCT_SUPPORT', 'SUPPORT_ONBOARDING', 'SUPPORT_METRICS_RELATIONSHIP', 'SUPPORT_RELATIONSHIP', 'PRICING', 'SUPPORT', 'PRODUCT_DESIGN', 'BILLING', 'PRODUCT_MARKETING', 'CUSTOMER_SUCCESS');

-- CreateEnum
CREATE TYPE "ChurnSource" AS ENUM ('CONSOLE', 'API', 'EXIT_SURVEY', 'BILLING', 'IMPORT');

-- CreateEnum
CREATE TYPE "PaymentFailureStatus" AS ENUM ('OPEN', 'RECOVERED', 'CHURNED');

-- CreateEnum
CREATE TYPE "FeatureStatus" AS ENUM ('REQUESTED', 'PLANNED', 'SHIPPED');

-- CreateEnum
CREATE TYPE "SurveyChannel" AS ENUM ('LINK', 'PHONE', 'CONSOLE');

-- CreateEnum
CREATE TYPE "SurveyStatus" AS ENUM ('PENDING', 'COMPLETED', 'EXPIRED');

-- CreateEnum
CREATE TYPE "SegmentKind" AS ENUM ('DYNAMIC', 'STATIC');

-- CreateEnum
CREATE TYPE "ActionKind" AS ENUM ('WE_MISS_YOU_EMAIL', 'DISCOUNT_OFFER', 'CALLBACK', 'CHECK_IN_CALL', 'ONBOARDING', 'TRAINING', 'LOYALTY_INVITE', 'GREETING', 'RECOMMENDATION', 'REFUND', 'ROADMAP_UPDATE', 'PAYMENT_RECOVERY', 'BETTER_FIT');

-- CreateEnum
CREATE TYPE "ActionStatus" AS ENUM ('PLANNED', 'IN_PROGRESS', 'DONE', 'CANCELLED');

-- CreateEnum
CREATE TYPE "ActionOutcome" AS ENUM ('RETAINED', 'WON_BACK', 'DECLINED', 'NO_RESPONSE', 'LET_GO');

-- CreateEnum
CREATE TYPE "ActionTrigger" AS ENUM ('MANUAL', 'CHURN_LOGGED', 'AT_RISK', 'PAYMENT_FAILED', 'FEATURE_SHIPPED', 'BIRTHDAY', 'ANNIVERSARY');

-- CreateEnum
CREATE TYPE "MessageKind" AS ENUM ('WE_MISS_YOU', 'WIN_BACK_PRICE', 'WIN_BACK_SERVICE', 'WIN_BACK_OPTIONS', 'FEATURE_SHIPPED', 'PAYMENT_RECOVERY', 'BIRTHDAY', 'ANNIVERSARY', 'EXIT_SURVEY_INVITE');

-- CreateEnum
CREATE TYPE "DeliveryStatus" AS ENUM ('PENDING', 'DELIVERED', 'FAILED');

-- CreateTable
CREATE TABLE "User" (
    "id" SERIAL NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "locale" TEXT NOT NULL DEFAULT 'en',
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Session" (
    "id" SERIAL NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "userId" INTEGER NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastUsedAt" TIMESTAMP(3),

    CONSTRAINT "Session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApiKey" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "secretHash" TEXT NOT NULL,
    "scopes" TEXT[],
    "expiresAt" TIMESTAMP(3),
    "lastUsedAt" TIMESTAMP(3),
    "revokedAt" TIMESTAMP(3),
    "createdById" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ApiKey_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" SERIAL NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorUserId" INTEGER,
    "actorApiKeyId" INTEGER,
    "action" TEXT NOT NULL,
    "entity" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "before" JSONB,
    "after" JSONB,
    "requestId" TEXT,

    CONSTRAINT "AuditLog_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IdempotencyKey" (
    "key" TEXT NOT NULL,
    "operation" TEXT NOT NULL,
    "actor" TEXT NOT NULL,
    "result" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "IdempotencyKey_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "AppSetting" (
    "key" TEXT NOT NULL,
    "value" JSONB NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AppSetting_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "Customer" (
    "id" SERIAL NOT NULL,
    "externalId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "email" TEXT,
    "company" TEXT,
    "country" TEXT NOT NULL,
    "city" TEXT,
    "industry" TEXT,
    "plan" "Plan" NOT NULL,
    "mrrMinor" INTEGER NOT NULL DEFAULT 0,
    "currency" CHAR(3) NOT NULL DEFAULT 'USD',
    "status" "CustomerStatus" NOT NULL DEFAULT 'ACTIVE',
    "satisfaction" "Satisfaction",
    "signedUpAt" TIMESTAMP(3) NOT NULL,
    "lastInteractionAt" TIMESTAMP(3),
    "locale" TEXT NOT NULL DEFAULT 'en',
    "birthday" DATE,
    "ownerId" INTEGER,
    "abusive" BOOLEAN NOT NULL DEFAULT false,
    "healthScore" INTEGER,
    "healthModelVersion" INTEGER,
    "healthFactors" JSONB,
    "healthUpdatedAt" TIMESTAMP(3),
    "deletedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Customer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Product" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "priceMinor" INTEGER NOT NULL,
    "currency" CHAR(3) NOT NULL DEFAULT 'USD',
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Product_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Subscription" (
    "id" SERIAL NOT NULL,
    "customerId" INTEGER NOT NULL,
    "productId" INTEGER NOT NULL,
    "mrrMinor" INTEGER NOT NULL,
    "currency" CHAR(3) NOT NULL DEFAULT 'USD',
    "startedAt" TIMESTAMP(3) NOT NULL,
    "endedAt" TIMESTAMP(3),

    CONSTRAINT "Subscription_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MrrMovement" (
    "id" SERIAL NOT NULL,
    "customerId" INTEGER NOT NULL,
    "subscriptionId" INTEGER,
    "kind" "MrrMovementKind" NOT NULL,
    "amountMinor" INTEGER NOT NULL,
    "currency" CHAR(3) NOT NULL DEFAULT 'USD',
    "occurredAt" TIMESTAMP(3) NOT NULL,
    "churnEventId" INTEGER,
    "retentionActionId" INTEGER,

    CONSTRAINT "MrrMovement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EngagementSnapshot" (
    "id" SERIAL NOT NULL,
    "customerId" INTEGER NOT NULL,
    "periodStart" DATE NOT NULL,
    "logins" INTEGER NOT NULL DEFAULT 0,
    "activeDays" INTEGER NOT NULL DEFAULT 0,
    "activeWeeks" INTEGER NOT NULL DEFAULT 0,
    "emailsSent" INTEGER NOT NULL DEFAULT 0,
    "emailsOpened" INTEGER NOT NULL DEFAULT 0,
    "offersSent" INTEGER NOT NULL DEFAULT 0,
    "offersRedeemed" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "EngagementSnapshot_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Interaction" (
    "id" SERIAL NOT NULL,
    "customerId" INTEGER NOT NULL,
    "kind" "InteractionKind" NOT NULL,
    "inbound" BOOLEAN NOT NULL DEFAULT false,
    "summary" TEXT NOT NULL,
    "occurredAt" TIMESTAMP(3) NOT NULL,
    "userId" INTEGER,

    CONSTRAINT "Interaction_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Ticket" (
    "id" SERIAL NOT NULL,
    "customerId" INTEGER NOT NULL,
    "kind" "TicketKind" NOT NULL,
    "channel" "TicketChannel" NOT NULL,
    "topic" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "status" "TicketStatus" NOT NULL DEFAULT 'OPEN',
    "priority" "TicketPriority" NOT NULL DEFAULT 'NORMAL',
    "openedAt" TIMESTAMP(3) NOT NULL,
    "firstResponseAt" TIMESTAMP(3),
    "resolvedAt" TIMESTAMP(3),
    "csat" INTEGER,
    "assigneeId" INTEGER,

    CONSTRAINT "Ticket_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ChurnReason" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "category" "ReasonCategory" NOT NULL,
    "ownerTeam" "OwnerTeam" NOT NULL,
    "defaultChurnType" "ChurnType" NOT NULL,
    "churnTypes" "ChurnType"[],
    "requiresCompetitor" BOOLEAN NOT NULL DEFAULT false,
    "requiresFeature" BOOLEAN NOT NULL DEFAULT false,
    "description" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ChurnReason_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ChurnEvent" (
    "id" SERIAL NOT NULL,
    "customerId" INTEGER NOT NULL,
    "type" "ChurnType" NOT NULL,
    "primaryReasonId" INTEGER NOT NULL,
    "requestedAt" TIMESTAMP(3) NOT NULL,
    "effectiveAt" TIMESTAMP(3) NOT NULL,
    "mrrLostMinor" INTEGER NOT NULL,
    "currency" CHAR(3) NOT NULL DEFAULT 'USD',
    "competitor" TEXT,
    "featureRequestId" INTEGER,
    "preventable" BOOLEAN NOT NULL DEFAULT false,
    "winBackEligible" BOOLEAN NOT NULL DEFAULT true,
    "notes" TEXT,
    "loggedById" INTEGER,
    "loggedByApiKeyId" INTEGER,
    "source" "ChurnSource" NOT NULL DEFAULT 'CONSOLE',
    "reversedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ChurnEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PaymentFailure" (
    "id" SERIAL NOT NULL,
    "customerId" INTEGER NOT NULL,
    "subscriptionId" INTEGER,
    "amountMinor" INTEGER NOT NULL,
    "currency" CHAR(3) NOT NULL DEFAULT 'USD',
    "failedAt" TIMESTAMP(3) NOT NULL,
    "failureCode" TEXT NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 1,
    "status" "PaymentFailureStatus" NOT NULL DEFAULT 'OPEN',
    "resolvedAt" TIMESTAMP(3),
    "churnEventId" INTEGER,

    CONSTRAINT "PaymentFailure_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FeatureRequest" (
    "id" SERIAL NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "status" "FeatureStatus" NOT NULL DEFAULT 'REQUESTED',
    "shippedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FeatureRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ExitSurveyTemplate" (
    "id" SERIAL NOT NULL,
    "key" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "questions" JSONB NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ExitSurveyTemplate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ExitSurveyResponse" (
    "id" SERIAL NOT NULL,
    "templateId" INTEGER NOT NULL,
    "customerId" INTEGER NOT NULL,
    "churnEventId" INTEGER,
    "token" TEXT NOT NULL,
    "status" "SurveyStatus" NOT NULL DEFAULT 'PENDING',
    "channel" "SurveyChannel" NOT NULL DEFAULT 'LINK',
    "locale" TEXT NOT NULL DEFAULT 'en',
    "answers" JSONB,
    "submittedAt" TIMESTAMP(3),
    "submittedById" INTEGER,
    "expiresAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ExitSurveyResponse_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Segment" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "kind" "SegmentKind" NOT NULL,
    "rule" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Segment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SegmentMember" (
    "segmentId" INTEGER NOT NULL,
    "customerId" INTEGER NOT NULL,
    "addedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SegmentMember_pkey" PRIMARY KEY ("segmentId","customerId")
);

-- CreateTable
CREATE TABLE "RetentionAction" (
    "id" SERIAL NOT NULL,
    "customerId" INTEGER NOT NULL,
    "kind" "ActionKind" NOT NULL,
    "status" "ActionStatus" NOT NULL DEFAULT 'PLANNED',
    "trigger" "ActionTrigger" NOT NULL DEFAULT 'MANUAL',
    "dueAt" TIMESTAMP(3),
    "assigneeId" INTEGER,
    "outcome" "ActionOutcome",
    "outcomeNote" TEXT,
    "offer" TEXT,
    "churnEventId" INTEGER,
    "playbookId" INTEGER,
    "messageTemplateId" INTEGER,
    "featureRequestId" INTEGER,
    "completedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "RetentionAction_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Playbook" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "trigger" "ActionTrigger" NOT NULL,
    "conditions" JSONB NOT NULL,
    "actions" JSONB NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Playbook_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MessageTemplate" (
    "id" SERIAL NOT NULL,
    "kind" "MessageKind" NOT NULL,
    "locale" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "MessageTemplate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WebhookSubscription" (
    "id" SERIAL NOT NULL,
    "url" TEXT NOT NULL,
    "events" TEXT[],
    "secret" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "WebhookSubscription_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WebhookDelivery" (
    "id" SERIAL NOT NULL,
    "subscriptionId" INTEGER NOT NULL,
    "event" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "status" "DeliveryStatus" NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "responseStatus" INTEGER,
    "lastError" TEXT,
    "nextAttemptAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deliveredAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "WebhookDelivery_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "HealthModel" (
    "id" SERIAL NOT NULL,
    "version" INTEGER NOT NULL,
    "weights" JSONB NOT NULL,
    "thresholds" JSONB NOT NULL,
    "atRiskBelow" INTEGER NOT NULL DEFAULT 40,
    "active" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "HealthModel_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "_SecondaryReasons" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,

    CONSTRAINT "_SecondaryReasons_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE UNIQUE INDEX "Session_tokenHash_key" ON "Session"("tokenHash");

-- CreateIndex
CREATE INDEX "Session_userId_idx" ON "Session"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "ApiKey_prefix_key" ON "ApiKey"("prefix");

-- CreateIndex
CREATE INDEX "ApiKey_createdById_idx" ON "ApiKey"("createdById");

-- CreateIndex
CREATE INDEX "AuditLog_entity_entityId_idx" ON "AuditLog"("entity", "entityId");

-- CreateIndex
CREATE INDEX "AuditLog_actorUserId_idx" ON "AuditLog"("actorUserId");

-- CreateIndex
CREATE INDEX "AuditLog_actorApiKeyId_idx" ON "AuditLog"("actorApiKeyId");

-- CreateIndex
CREATE INDEX "AuditLog_at_idx" ON "AuditLog"("at");

-- CreateIndex
CREATE INDEX "IdempotencyKey_createdAt_idx" ON "IdempotencyKey"("createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Customer_externalId_key" ON "Customer"("externalId");

-- CreateIndex
CREATE INDEX "Customer_ownerId_idx" ON "Customer"("ownerId");

-- CreateIndex
CREATE INDEX "Customer_status_idx" ON "Customer"("status");

-- CreateIndex
CREATE INDEX "Customer_country_idx" ON "Customer"("country");

-- CreateIndex
CREATE INDEX "Customer_plan_idx" ON "Customer"("plan");

-- CreateIndex
CREATE INDEX "Customer_industry_idx" ON "Customer"("industry");

-- CreateIndex
CREATE INDEX "Customer_signedUpAt_idx" ON "Customer"("signedUpAt");

-- CreateIndex
CREATE INDEX "Customer_healthScore_idx" ON "Customer"("healthScore");

-- CreateIndex
CREATE INDEX "Customer_deletedAt_idx" ON "Customer"("deletedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Product_code_key" ON "Product"("code");

-- CreateIndex
CREATE INDEX "Subscription_customerId_idx" ON "Subscription"("customerId");

-- CreateIndex
CREATE INDEX "Subscription_productId_idx" ON "Subscription"("productId");

-- CreateIndex
CREATE INDEX "Subscription_startedAt_endedAt_idx" ON "Subscription"("startedAt", "endedAt");

-- CreateIndex
CREATE INDEX "MrrMovement_customerId_occurredAt_idx" ON "MrrMovement"("customerId", "occurredAt");

-- CreateIndex
CREATE INDEX "MrrMovement_occurredAt_kind_idx" ON "MrrMovement"("occurredAt", "kind");

-- CreateIndex
CREATE INDEX "MrrMovement_subscriptionId_idx" ON "MrrMovement"("subscriptionId");

-- CreateIndex
CREATE INDEX "MrrMovement_churnEventId_idx" ON "MrrMovement"("churnEventId");

-- CreateIndex
CREATE INDEX "MrrMovement_retentionActionId_idx" ON "MrrMovement"("retentionActionId");

-- CreateIndex
CREATE INDEX "EngagementSnapshot_periodStart_idx" ON "EngagementSnapshot"("periodStart");

-- CreateIndex
CREATE UNIQUE INDEX "EngagementSnapshot_customerId_periodStart_key" ON "EngagementSnapshot"("customerId", "periodStart");

-- CreateIndex
CREATE INDEX "Interaction_customerId_occurredAt_idx" ON "Interaction"("customerId", "occurredAt");

-- CreateIndex
CREATE INDEX "Interaction_userId_idx" ON "Interaction"("userId");

-- CreateIndex
CREATE INDEX "Ticket_customerId_openedAt_idx" ON "Ticket"("customerId", "openedAt");

-- CreateIndex
CREATE INDEX "Ticket_openedAt_kind_idx" ON "Ticket"("openedAt", "kind");

-- CreateIndex
CREATE INDEX "Ticket_topic_idx" ON "Ticket"("topic");

-- CreateIndex
CREATE INDEX "Ticket_assigneeId_idx" ON "Ticket"("assigneeId");

-- CreateIndex
CREATE INDEX "Ticket_status_idx" ON "Ticket"("status");

-- CreateIndex
CREATE UNIQUE INDEX "ChurnReason_code_key" ON "ChurnReason"("code");

-- CreateIndex
CREATE INDEX "ChurnEvent_customerId_effectiveAt_idx" ON "ChurnEvent"("customerId", "effectiveAt");

-- CreateIndex
CREATE INDEX "ChurnEvent_effectiveAt_type_idx" ON "ChurnEvent"("effectiveAt", "type");

-- CreateIndex
CREATE INDEX "ChurnEvent_primaryReasonId_idx" ON "ChurnEvent"("primaryReasonId");

-- CreateIndex
CREATE INDEX "ChurnEvent_featureRequestId_idx" ON "ChurnEvent"("featureRequestId");

-- CreateIndex
CREATE INDEX "ChurnEvent_loggedById_idx" ON "ChurnEvent"("loggedById");

-- CreateIndex
CREATE INDEX "ChurnEvent_loggedByApiKeyId_idx" ON "ChurnEvent"("loggedByApiKeyId");

-- CreateIndex
CREATE INDEX "PaymentFailure_customerId_failedAt_idx" ON "PaymentFailure"("customerId", "failedAt");

-- CreateIndex
CREATE INDEX "PaymentFailure_subscriptionId_idx" ON "PaymentFailure"("subscriptionId");

-- CreateIndex
CREATE INDEX "PaymentFailure_churnEventId_idx" ON "PaymentFailure"("churnEventId");

-- CreateIndex
CREATE INDEX "PaymentFailure_status_idx" ON "PaymentFailure"("status");

-- CreateIndex
CREATE UNIQUE INDEX "FeatureRequest_title_key" ON "FeatureRequest"("title");

-- CreateIndex
CREATE UNIQUE INDEX "ExitSurveyTemplate_key_version_key" ON "ExitSurveyTemplate"("key", "version");

-- CreateIndex
CREATE UNIQUE INDEX "ExitSurveyResponse_token_key" ON "ExitSurveyResponse"("token");

-- CreateIndex
CREATE INDEX "ExitSurveyResponse_templateId_idx" ON "ExitSurveyResponse"("templateId");

-- CreateIndex
CREATE INDEX "ExitSurveyResponse_customerId_idx" ON "ExitSurveyResponse"("customerId");

-- CreateIndex
CREATE INDEX "ExitSurveyResponse_churnEventId_idx" ON "ExitSurveyResponse"("churnEventId");

-- CreateIndex
CREATE INDEX "ExitSurveyResponse_submittedById_idx" ON "ExitSurveyResponse"("submittedById");

-- CreateIndex
CREATE INDEX "ExitSurveyResponse_submittedAt_idx" ON "ExitSurveyResponse"("submittedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Segment_name_key" ON "Segment"("name");

-- CreateIndex
CREATE INDEX "SegmentMember_customerId_idx" ON "SegmentMember"("customerId");

-- CreateIndex
CREATE INDEX "RetentionAction_customerId_idx" ON "RetentionAction"("customerId");

-- CreateIndex
CREATE INDEX "RetentionAction_assigneeId_status_dueAt_idx" ON "RetentionAction"("assigneeId", "status", "dueAt");

-- CreateIndex
CREATE INDEX "RetentionAction_status_dueAt_idx" ON "RetentionAction"("status", "dueAt");

-- CreateIndex
CREATE INDEX "RetentionAction_churnEventId_idx" ON "RetentionAction"("churnEventId");

-- CreateIndex
CREATE INDEX "RetentionAction_playbookId_idx" ON "RetentionAction"("playbookId");

-- CreateIndex
CREATE INDEX "RetentionAction_messageTemplateId_idx" ON "RetentionAction"("messageTemplateId");

-- CreateIndex
CREATE INDEX "RetentionAction_featureRequestId_idx" ON "RetentionAction"("featureRequestId");

-- CreateIndex
CREATE UNIQUE INDEX "Playbook_code_key" ON "Playbook"("code");

-- CreateIndex
CREATE UNIQUE INDEX "MessageTemplate_kind_locale_key" ON "MessageTemplate"("kind", "locale");

-- CreateIndex
CREATE INDEX "WebhookDelivery_subscriptionId_idx" ON "WebhookDelivery"("subscriptionId");

-- CreateIndex
CREATE INDEX "WebhookDelivery_status_nextAttemptAt_idx" ON "WebhookDelivery"("status", "nextAttemptAt");

-- CreateIndex
CREATE UNIQUE INDEX "HealthModel_version_key" ON "HealthModel"("version");

-- CreateIndex
CREATE INDEX "_SecondaryReasons_B_index" ON "_SecondaryReasons"("B");

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApiKey" ADD CONSTRAINT "ApiKey_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditLog" ADD CONSTRAINT "AuditLog_actorUserId_fkey" FOREIGN KEY ("actorUserId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditLog" ADD CONSTRAINT "AuditLog_actorApiKeyId_fkey" FOREIGN KEY ("actorApiKeyId") REFERENCES "ApiKey"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Customer" ADD CONSTRAINT "Customer_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Subscription" ADD CONSTRAINT "Subscription_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "Customer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Subscription" ADD CONSTRAINT "Subscription_productId_fkey" FOREIGN KEY ("productId") REFERENCES "Product"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MrrMovement" ADD CONSTRAINT "MrrMovement_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "Customer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MrrMovement" ADD CONSTRAINT "MrrMovement_subscriptionId_fkey" FOREIGN KEY ("subscriptionId") REFERENCES "Subscription"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MrrMovement" ADD CONSTRAINT "MrrMovement_churnEventId_fkey" FOREIGN KEY ("churnEventId") REFERENCES "ChurnEvent"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MrrMovement" ADD CONSTRAINT "MrrMovement_retentionActionId_fkey" FOREIGN KEY ("retentionActionId") REFERENCES "RetentionAction"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EngagementSnapshot" ADD CONSTRAINT "EngagementSnapshot_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "Customer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Interaction" ADD CONSTRAINT "Interaction_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "Customer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Interaction" ADD CONSTRAINT "Interaction_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Ticket" ADD CONSTRAINT "Ticket_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "Customer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Ticket" ADD CONSTRAINT "Ticket_assigneeId_fkey" FOREIGN KEY ("assigneeId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChurnEvent" ADD CONSTRAINT "ChurnEvent_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "Customer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChurnEvent" ADD CONSTRAINT "ChurnEvent_primaryReasonId_fkey" FOREIGN KEY ("primaryReasonId") REFERENCES "ChurnReason"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChurnEvent" ADD CONSTRAINT "ChurnEvent_featureRequestId_fkey" FOREIGN KEY ("featureRequestId") REFERENCES "FeatureRequest"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChurnEvent" ADD CONSTRAINT "ChurnEvent_loggedById_fkey" FOREIGN KEY ("loggedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChurnEvent" ADD CONSTRAINT "ChurnEvent_loggedByApiKeyId_fkey" FOREIGN KEY ("loggedByApiKeyId") REFERENCES "ApiKey"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PaymentFailure" ADD CONSTRAINT "PaymentFailure_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "Customer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PaymentFailure" ADD CONSTRAINT "PaymentFailure_subscriptionId_fkey" FOREIGN KEY ("subscriptionId") REFERENCES "Subscription"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PaymentFailure" ADD CONSTRAINT "PaymentFailure_churnEventId_fkey" FOREIGN KEY ("churnEventId") REFERENCES "ChurnEvent"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExitSurveyResponse" ADD CONSTRAINT "ExitSurveyResponse_templateId_fkey" FOREIGN KEY ("templateId") REFERENCES "ExitSurveyTemplate"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExitSurveyResponse" ADD CONSTRAINT "ExitSurveyResponse_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "Customer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExitSurveyResponse" ADD CONSTRAINT "ExitSurveyResponse_churnEventId_fkey" FOREIGN KEY ("churnEventId") REFERENCES "ChurnEvent"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExitSurveyResponse" ADD CONSTRAINT "ExitSurveyResponse_submittedById_fkey" FOREIGN KEY ("submittedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SegmentMember" ADD CONSTRAINT "SegmentMember_segmentId_fkey" FOREIGN KEY ("segmentId") REFERENCES "Segment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SegmentMember" ADD CONSTRAINT "SegmentMember_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "Customer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RetentionAction" ADD CONSTRAINT "RetentionAction_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "Customer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RetentionAction" ADD CONSTRAINT "RetentionAction_assigneeId_fkey" FOREIGN KEY ("assigneeId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RetentionAction" ADD CONSTRAINT "RetentionAction_churnEventId_fkey" FOREIGN KEY ("churnEventId") REFERENCES "ChurnEvent"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RetentionAction" ADD CONSTRAINT "RetentionAction_playbookId_fkey" FOREIGN KEY ("playbookId") REFERENCES "Playbook"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RetentionAction" ADD CONSTRAINT "RetentionAction_messageTemplateId_fkey" FOREIGN KEY ("messageTemplateId") REFERENCES "MessageTemplate"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RetentionAction" ADD CONSTRAINT "RetentionAction_featureRequestId_fkey" FOREIGN KEY ("featureRequestId") REFERENCES "FeatureRequest"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WebhookDelivery" ADD CONSTRAINT "WebhookDelivery_subscriptionId_fkey" FOREIGN KEY ("subscriptionId") REFERENCES "WebhookSubscription"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_SecondaryReasons" ADD CONSTRAINT "_SecondaryReasons_A_fkey" FOREIGN KEY ("A") REFERENCES "ChurnEvent"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_SecondaryReasons" ADD CONSTRAINT "_SecondaryReasons_B_fkey" FOREIGN KEY ("B") REFERENCES "ChurnReason"("id") ON DELETE CASCADE ON UPDATE CASCADE;
