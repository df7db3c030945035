// Every resource of the console, in menu order. Names are GraphQL type names (ra-data-graphql-simple).
import apiKeys from "./api-keys/index.ts";
import auditLogs from "./audit-logs/index.ts";
import churnEvents from "./churn-events/index.ts";
import churnReasons from "./churn-reasons/index.ts";
import customers from "./customers/index.ts";
import exitSurveyResponses from "./exit-survey-responses/index.ts";
import exitSurveyTemplates from "./exit-survey-templates/index.ts";
import featureRequests from "./feature-requests/index.ts";
import messageTemplates from "./message-templates/index.ts";
import playbooks from "./playbooks/index.ts";
import type { ResourceConfig } from "./resourceConfig.ts";
import retentionActions from "./retention-actions/index.ts";
import segments from "./segments/index.ts";
import subscriptions from "./subscriptions/index.ts";
import tickets from "./tickets/index.ts";
import users from "./users/index.ts";

export const RESOURCES: { name: string; config: ResourceConfig }[] = [
  { name: "Customer", config: customers },
  { name: "RetentionAction", config: retentionActions },
  { name: "ChurnEvent", config: churnEvents },
  { name: "Subscription", config: subscriptions },
  { name: "Ticket", config: tickets },
  { name: "Segment", config: segments },
  { name: "FeatureRequest", config: featureRequests },
  { name: "ExitSurveyResponse", config: exitSurveyResponses },
  { name: "ChurnReason", config: churnReasons },
  { name: "Playbook", config: playbooks },
  { name: "ExitSurveyTemplate", config: exitSurveyTemplates },
  { name: "MessageTemplate", config: messageTemplates },
  { name: "User", config: users },
  { name: "ApiKey", config: apiKeys },
  { name: "AuditLog", config: auditLogs },
];
