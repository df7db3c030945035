// Retention and win-back actions: the ops team's work queue.
import { canRead } from "../access.ts";
import { builder } from "../builder.ts";
import { ActionKindEnum, ActionOutcomeEnum, ActionStatusEnum, ActionTriggerEnum } from "../enums.ts";
import { eq, fk, oneOf, range } from "../filters.ts";
import { defineList } from "../lists.ts";

builder.prismaObject("RetentionAction", {
  description: "A step taken to keep a customer or win one back.",
  fields: (t) => ({
    id: t.exposeID("id", { description: "Stable identifier." }),
    customer: t.relation("customer", { description: "Whom it is for." }),
    kind: t.expose("kind", { type: ActionKindEnum, description: "What to do." }),
    status: t.expose("status", { type: ActionStatusEnum, description: "Progress." }),
    trigger: t.expose("trigger", { type: ActionTriggerEnum, description: "What created it." }),
    dueAt: t.expose("dueAt", { type: "DateTime", nullable: true, description: "When it is due (callbacks: the committed time)." }),
    assignee: t.relation("assignee", { nullable: true, description: "Who works it." }),
    outcome: t.expose("outcome", { type: ActionOutcomeEnum, nullable: true, description: "What it achieved, once done." }),
    offer: t.exposeString("offer", { nullable: true, description: "The offer made, if any." }),
    churnEvent: t.relation("churnEvent", { nullable: true, description: "The churn it responds to." }),
    completedAt: t.expose("completedAt", { type: "DateTime", nullable: true, description: "When it was completed." }),
    version: t.exposeInt("version", { description: "Optimistic-locking version." }),
  }),
});

const RetentionActionFilter = builder.inputType("RetentionActionFilter", {
  description: "Narrows a retention-action list; all given conditions must hold.",
  fields: (t) => ({
    ids: t.idList({ description: "Only these ids." }),
    customerId: t.id({ description: "Only this customer's actions." }),
    status: t.field({ type: ActionStatusEnum, description: "Only this status." }),
    statuses: t.field({ type: [ActionStatusEnum], description: "Only these statuses (e.g. PLANNED and IN_PROGRESS for the open queue)." }),
    kind: t.field({ type: ActionKindEnum, description: "Only this kind, e.g. CALLBACK." }),
    dueFrom: t.field({ type: "DateTime", description: "Due on or after this instant." }),
    dueTo: t.field({
      type: "DateTime",
      description: "Due before this instant (e.g. the end of today for what is due now, overdue included).",
    }),
    assigneeId: t.id({ description: "Only actions assigned to this user." }),
    churnEventId: t.id({ description: "Only actions responding to this churn event." }),
  }),
});

defineList({
  model: "RetentionAction",
  plural: "RetentionActions",
  filter: RetentionActionFilter,
  sortable: ["dueAt", "status", "kind", "createdAt"],
  authScopes: canRead,
  where: (f) => ({
    customer: { deletedAt: null },
    ...(f?.ids ? { id: { in: f.ids.map(Number) } } : {}),
    ...(f?.customerId ? { customerId: Number(f.customerId) } : {}),
    ...oneOf("status", f?.status, f?.statuses),
    ...eq("kind", f?.kind),
    ...range("dueAt", f?.dueFrom, f?.dueTo),
    ...(f?.assigneeId ? { assigneeId: Number(f.assigneeId) } : {}),
    ...fk("churnEventId", f?.churnEventId),
  }),
});
