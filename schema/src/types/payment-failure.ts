// Failed payments: the involuntary-churn path (failed → recovery attempts → recovered or churned).
// Read-only here: recordPaymentFailure and its follow-ups are domain commands.
import type { Prisma } from "@churnstile/prisma";
import { canRead } from "../access.ts";
import { builder } from "../builder.ts";
import { PaymentFailureStatusEnum } from "../enums.ts";
import { between, eq, fk, idsIn, liveCustomer, range } from "../filters.ts";
import { defineList } from "../lists.ts";

builder.prismaObject("PaymentFailure", {
  description: "A failed payment and its recovery.",
  fields: (t) => ({
    id: t.exposeID("id", { description: "Stable identifier." }),
    customer: t.relation("customer", { description: "Whose payment failed." }),
    subscription: t.relation("subscription", { nullable: true, description: "The subscription it was for, if known." }),
    amountMinor: t.exposeInt("amountMinor", { description: "Amount that failed, in minor units (cents)." }),
    currency: t.exposeString("currency", { description: "ISO 4217 currency of amountMinor." }),
    failedAt: t.expose("failedAt", { type: "DateTime", description: "When the payment first failed." }),
    failureCode: t.exposeString("failureCode", { description: "Processor code: card_expired, insufficient_funds, processing_error, ..." }),
    attempts: t.exposeInt("attempts", { description: "Payment attempts so far, the first included." }),
    status: t.expose("status", { type: PaymentFailureStatusEnum, description: "Where recovery stands." }),
    resolvedAt: t.expose("resolvedAt", { type: "DateTime", nullable: true, description: "When it was recovered or given up." }),
    churnEvent: t.relation("churnEvent", { nullable: true, description: "The involuntary churn it ended in, if it did." }),
  }),
});

const PaymentFailureFilter = builder.inputType("PaymentFailureFilter", {
  description: "Narrows a payment-failure list; all given conditions must hold.",
  fields: (t) => ({
    ids: t.idList({ description: "Only these ids." }),
    customerId: t.id({ description: "Only this customer's failures." }),
    subscriptionId: t.id({ description: "Only failures of this subscription." }),
    churnEventId: t.id({ description: "Only failures that ended in this churn event." }),
    status: t.field({ type: PaymentFailureStatusEnum, description: "Only this status." }),
    failureCode: t.string({ description: "Only this processor code." }),
    failedFrom: t.field({ type: "DateTime", description: "Failed on or after this instant." }),
    failedTo: t.field({ type: "DateTime", description: "Failed before this instant." }),
    amountMin: t.int({ description: "Amount at least this (minor units)." }),
    amountMax: t.int({ description: "Amount at most this (minor units)." }),
  }),
});

defineList({
  model: "PaymentFailure",
  plural: "PaymentFailures",
  connection: "paymentFailures",
  filter: PaymentFailureFilter,
  sortable: ["failedAt", "status", "amountMinor", "attempts", "resolvedAt", "failureCode"],
  authScopes: canRead,
  where: (f): Prisma.PaymentFailureWhereInput => ({
    ...liveCustomer,
    ...idsIn(f?.ids),
    ...fk("customerId", f?.customerId),
    ...fk("subscriptionId", f?.subscriptionId),
    ...fk("churnEventId", f?.churnEventId),
    ...eq("status", f?.status),
    ...eq("failureCode", f?.failureCode),
    ...range("failedAt", f?.failedFrom, f?.failedTo),
    ...between("amountMinor", f?.amountMin, f?.amountMax),
  }),
});
