// Churn events: why a customer left (or pays less), with type, reasons and dates.
import { canRead } from "../access.ts";
import { builder } from "../builder.ts";
import { ChurnSourceEnum, ChurnTypeEnum } from "../enums.ts";
import { defineList } from "../lists.ts";

builder.prismaObject("ChurnEvent", {
  description: "One departure (or, for REVENUE, a drop in what a customer pays) with its reasons.",
  fields: (t) => ({
    id: t.exposeID("id", { description: "Stable identifier." }),
    type: t.expose("type", { type: ChurnTypeEnum, description: "The churn type." }),
    customer: t.relation("customer", { description: "Who churned." }),
    primaryReason: t.relation("primaryReason", { description: "The main reason." }),
    secondaryReasons: t.relation("secondaryReasons", { description: "Further reasons." }),
    requestedAt: t.expose("requestedAt", { type: "DateTime", description: "When the customer asked to leave (or the trigger happened)." }),
    effectiveAt: t.expose("effectiveAt", { type: "DateTime", description: "When the subscriptions ended (or the downgrade took effect)." }),
    mrrLostMinor: t.exposeInt("mrrLostMinor", { description: "MRR lost, in minor units." }),
    currency: t.exposeString("currency", { description: "ISO 4217 currency of mrrLostMinor." }),
    competitor: t.exposeString("competitor", { nullable: true, description: "The competitor the customer moved to (COMPETITIVE churn)." }),
    preventable: t.exposeBoolean("preventable", { description: "Staff judged the churn preventable." }),
    winBackEligible: t.exposeBoolean("winBackEligible", {
      description: "Worth winning back (false for payment defaulters and abusive accounts).",
    }),
    source: t.expose("source", { type: ChurnSourceEnum, description: "Where it was logged from." }),
    notes: t.exposeString("notes", { nullable: true, description: "Free-text notes." }),
    reversedAt: t.expose("reversedAt", {
      type: "DateTime",
      nullable: true,
      description: "When the customer came back (the churn was closed by a reactivation).",
    }),
    createdAt: t.expose("createdAt", { type: "DateTime", description: "When it was logged." }),
  }),
});

const ChurnEventFilter = builder.inputType("ChurnEventFilter", {
  description: "Narrows a churn-event list; all given conditions must hold.",
  fields: (t) => ({
    ids: t.idList({ description: "Only these ids." }),
    type: t.field({ type: ChurnTypeEnum, description: "Only this churn type." }),
    customerId: t.id({ description: "Only this customer's events." }),
    effectiveFrom: t.field({ type: "DateTime", description: "Effective on or after this instant." }),
    effectiveTo: t.field({ type: "DateTime", description: "Effective before this instant." }),
  }),
});

defineList({
  model: "ChurnEvent",
  plural: "ChurnEvents",
  filter: ChurnEventFilter,
  sortable: ["type", "effectiveAt", "requestedAt", "mrrLostMinor", "createdAt"],
  authScopes: canRead,
  where: (f) => ({
    customer: { deletedAt: null },
    ...(f?.ids ? { id: { in: f.ids.map(Number) } } : {}),
    ...(f?.type ? { type: f.type } : {}),
    ...(f?.customerId ? { customerId: Number(f.customerId) } : {}),
    ...(f?.effectiveFrom || f?.effectiveTo ? { effectiveAt: { gte: f.effectiveFrom ?? undefined, lt: f.effectiveTo ?? undefined } } : {}),
  }),
});
