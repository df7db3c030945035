// MRR movements: the ledger every revenue metric is computed from. Read-only: commands write them.
import type { Prisma } from "@churnstile/prisma";
import { canRead } from "../access.ts";
import { builder } from "../builder.ts";
import { MrrMovementKindEnum } from "../enums.ts";
import { between, fk, idsIn, liveCustomer, oneOf, range } from "../filters.ts";
import { defineList } from "../lists.ts";

builder.prismaObject("MrrMovement", {
  description: "One change in a customer's MRR: new, expansion, contraction, churn or reactivation.",
  fields: (t) => ({
    id: t.exposeID("id", { description: "Stable identifier." }),
    customer: t.relation("customer", { description: "Whose MRR changed." }),
    subscription: t.relation("subscription", { nullable: true, description: "The subscription that changed, if one did." }),
    kind: t.expose("kind", { type: MrrMovementKindEnum, description: "How the change is classified." }),
    amountMinor: t.exposeInt("amountMinor", { description: "Size of the change in minor units, always >= 0; the kind gives the sign." }),
    currency: t.exposeString("currency", { description: "ISO 4217 currency of amountMinor." }),
    occurredAt: t.expose("occurredAt", { type: "DateTime", description: "When it took effect." }),
    churnEvent: t.relation("churnEvent", { nullable: true, description: "The churn event behind a CHURN or CONTRACTION movement." }),
    retentionAction: t.relation("retentionAction", { nullable: true, description: "The win-back action a REACTIVATION is attributed to." }),
  }),
});

const MrrMovementFilter = builder.inputType("MrrMovementFilter", {
  description: "Narrows an MRR-movement list; all given conditions must hold.",
  fields: (t) => ({
    ids: t.idList({ description: "Only these ids." }),
    customerId: t.id({ description: "Only this customer's movements." }),
    subscriptionId: t.id({ description: "Only movements of this subscription." }),
    churnEventId: t.id({ description: "Only movements caused by this churn event." }),
    retentionActionId: t.id({ description: "Only reactivations attributed to this retention action." }),
    kind: t.field({ type: MrrMovementKindEnum, description: "Only this kind." }),
    kinds: t.field({ type: [MrrMovementKindEnum], description: "Only these kinds." }),
    occurredFrom: t.field({ type: "DateTime", description: "Took effect on or after this instant." }),
    occurredTo: t.field({ type: "DateTime", description: "Took effect before this instant." }),
    amountMin: t.int({ description: "Amount at least this (minor units)." }),
    amountMax: t.int({ description: "Amount at most this (minor units)." }),
  }),
});

defineList({
  model: "MrrMovement",
  plural: "MrrMovements",
  connection: "mrrMovements",
  filter: MrrMovementFilter,
  sortable: ["occurredAt", "kind", "amountMinor", "customerId"],
  authScopes: canRead,
  where: (f): Prisma.MrrMovementWhereInput => ({
    ...liveCustomer,
    ...idsIn(f?.ids),
    ...fk("customerId", f?.customerId),
    ...fk("subscriptionId", f?.subscriptionId),
    ...fk("churnEventId", f?.churnEventId),
    ...fk("retentionActionId", f?.retentionActionId),
    ...oneOf("kind", f?.kind, f?.kinds),
    ...range("occurredAt", f?.occurredFrom, f?.occurredTo),
    ...between("amountMinor", f?.amountMin, f?.amountMax),
  }),
});
