// Every resource of the console, in menu order. Names are GraphQL type names (ra-data-graphql-simple).
import churnEvents from "./churn-events/index.ts";
import churnReasons from "./churn-reasons/index.ts";
import customers from "./customers/index.ts";
import type { ResourceConfig } from "./resourceConfig.ts";
import retentionActions from "./retention-actions/index.ts";
import tickets from "./tickets/index.ts";

export const RESOURCES: { name: string; config: ResourceConfig }[] = [
  { name: "Customer", config: customers },
  { name: "ChurnEvent", config: churnEvents },
  { name: "ChurnReason", config: churnReasons },
  { name: "RetentionAction", config: retentionActions },
  { name: "Ticket", config: tickets },
];
