// The rows the generator emits and the tables they go to. Row types are derived from the Prisma models
// (timestamps and dates travel as text), so a renamed or retyped column fails to compile here. Columns left
// out take the table default (currency USD, version 1). Tables are listed parents first: the load order.
import type {
  ChurnEvent,
  Customer,
  EngagementSnapshot,
  ExitSurveyResponse,
  Interaction,
  MrrMovement,
  PaymentFailure,
  RetentionAction,
  SegmentMember,
  Subscription,
  Ticket,
} from "../../generated/client.ts";

interface Models {
  Customer: Customer;
  Subscription: Subscription;
  ChurnEvent: ChurnEvent;
  EngagementSnapshot: EngagementSnapshot;
  Interaction: Interaction;
  Ticket: Ticket;
  SegmentMember: SegmentMember;
  _SecondaryReasons: { A: number; B: number }; // Prisma's implicit m2m table: A = ChurnEvent.id, B = ChurnReason.id
  PaymentFailure: PaymentFailure;
  ExitSurveyResponse: ExitSurveyResponse;
  RetentionAction: RetentionAction;
  MrrMovement: MrrMovement;
}

// biome-ignore format: one line per table reads better than one line per column
export const COLUMNS = {
  Customer: ["id", "externalId", "name", "email", "company", "country", "city", "industry", "plan", "mrrMinor", "status", "satisfaction", "signedUpAt", "lastInteractionAt", "locale", "birthday", "ownerId", "abusive", "deletedAt", "createdAt", "updatedAt"],
  Subscription: ["id", "customerId", "productId", "mrrMinor", "startedAt", "endedAt"],
  ChurnEvent: ["id", "customerId", "type", "primaryReasonId", "requestedAt", "effectiveAt", "mrrLostMinor", "competitor", "featureRequestId", "preventable", "winBackEligible", "notes", "loggedById", "source", "reversedAt", "createdAt"],
  EngagementSnapshot: ["id", "customerId", "periodStart", "logins", "activeDays", "activeWeeks", "emailsSent", "emailsOpened", "offersSent", "offersRedeemed"],
  Interaction: ["id", "customerId", "kind", "inbound", "summary", "occurredAt", "userId"],
  Ticket: ["id", "customerId", "kind", "channel", "topic", "subject", "status", "priority", "openedAt", "firstResponseAt", "resolvedAt", "csat", "assigneeId"],
  SegmentMember: ["segmentId", "customerId", "addedAt"],
  _SecondaryReasons: ["A", "B"],
  PaymentFailure: ["id", "customerId", "subscriptionId", "amountMinor", "failedAt", "failureCode", "attempts", "status", "resolvedAt", "churnEventId"],
  ExitSurveyResponse: ["id", "templateId", "customerId", "churnEventId", "token", "status", "channel", "locale", "answers", "submittedAt", "submittedById", "expiresAt", "createdAt"],
  RetentionAction: ["id", "customerId", "kind", "status", "trigger", "dueAt", "assigneeId", "outcome", "outcomeNote", "offer", "churnEventId", "playbookId", "messageTemplateId", "featureRequestId", "completedAt", "createdAt", "updatedAt"],
  MrrMovement: ["id", "customerId", "subscriptionId", "kind", "amountMinor", "occurredAt", "churnEventId", "retentionActionId"],
} as const satisfies { [T in keyof Models]: readonly (keyof Models[T])[] };

export type Table = keyof typeof COLUMNS;
/** Dates travel as text ("YYYY-MM-DD HH:MM:SS.mmm" UTC, or "YYYY-MM-DD" for date columns). */
type AsCsv<V> = V extends Date ? string : V;
export type TableRows = { [T in Table]: { [C in (typeof COLUMNS)[T][number]]: C extends keyof Models[T] ? AsCsv<Models[T][C]> : never } };

export const LOAD_ORDER = Object.keys(COLUMNS) as Table[];
/** Tables whose integer id the generator assigns (and whose sequence is moved past them afterwards). */
export const ID_TABLES = LOAD_ORDER.filter((t) => t !== "SegmentMember" && t !== "_SecondaryReasons");

export function copyStatement(table: Table, source: "STDIN" | "'/dev/blob'"): string {
  const columns = COLUMNS[table].map((c) => `"${c}"`).join(", ");
  return `COPY "${table}" (${columns}) FROM ${source} WITH (FORMAT csv)`;
}
