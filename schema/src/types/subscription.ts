// Subscriptions: what a customer pays for. Active on days startedAt <= d < endedAt. Read-only here: they are
// started, changed and ended by commands that also write the MRR movement and keep Customer.mrrMinor in step.
import type { Prisma } from "@churnstile/prisma";
import { canRead } from "../access.ts";
import { builder } from "../builder.ts";
import { between, eq, fk, idsIn, liveCustomer, range } from "../filters.ts";
import { defineList } from "../lists.ts";

builder.prismaObject("Subscription", {
  description: "A customer's subscription to one product. Active on days startedAt <= d < endedAt (endedAt null = still running).",
  fields: (t) => ({
    id: t.exposeID("id", { description: "Stable identifier." }),
    customer: t.relation("customer", { description: "Who subscribes." }),
    product: t.relation("product", { description: "What they subscribe to." }),
    mrrMinor: t.exposeInt("mrrMinor", { description: "What this subscription adds to MRR, in minor units (cents)." }),
    currency: t.exposeString("currency", { description: "ISO 4217 currency of mrrMinor." }),
    startedAt: t.expose("startedAt", { type: "DateTime", description: "First instant it is active." }),
    endedAt: t.expose("endedAt", {
      type: "DateTime",
      nullable: true,
      description: "First instant it is no longer active; null while it runs.",
    }),
    movements: t.relation("movements", {
      description: "MRR movements it caused, oldest first.",
      query: { orderBy: { occurredAt: "asc" } },
    }),
  }),
});

const SubscriptionFilter = builder.inputType("SubscriptionFilter", {
  description: "Narrows a subscription list; all given conditions must hold.",
  fields: (t) => ({
    ids: t.idList({ description: "Only these ids." }),
    customerId: t.id({ description: "Only this customer's subscriptions." }),
    productId: t.id({ description: "Only subscriptions to this product." }),
    currency: t.string({ description: "Only this currency." }),
    activeAt: t.field({ type: "DateTime", description: "Only subscriptions active at this instant (startedAt <= t < endedAt)." }),
    ended: t.boolean({ description: "true: only ended ones (endedAt set); false: only open-ended ones." }),
    startedFrom: t.field({ type: "DateTime", description: "Started on or after this instant." }),
    startedTo: t.field({ type: "DateTime", description: "Started before this instant." }),
    endedFrom: t.field({ type: "DateTime", description: "Ended on or after this instant." }),
    endedTo: t.field({ type: "DateTime", description: "Ended before this instant." }),
    mrrMin: t.int({ description: "MRR at least this (minor units)." }),
    mrrMax: t.int({ description: "MRR at most this (minor units)." }),
  }),
});

defineList({
  model: "Subscription",
  plural: "Subscriptions",
  connection: "subscriptions",
  filter: SubscriptionFilter,
  sortable: ["startedAt", "endedAt", "mrrMinor", "customerId", "productId"],
  authScopes: canRead,
  // AND keeps conditions on the same column (ended, activeAt, endedFrom/To) from overwriting each other.
  where: (f): Prisma.SubscriptionWhereInput => ({
    AND: [
      liveCustomer,
      idsIn(f?.ids),
      fk("customerId", f?.customerId),
      fk("productId", f?.productId),
      eq("currency", f?.currency?.toUpperCase()),
      f?.ended != null ? { endedAt: f.ended ? { not: null } : null } : {},
      f?.activeAt ? { startedAt: { lte: f.activeAt }, OR: [{ endedAt: null }, { endedAt: { gt: f.activeAt } }] } : {},
      range("startedAt", f?.startedFrom, f?.startedTo),
      range("endedAt", f?.endedFrom, f?.endedTo),
      between("mrrMinor", f?.mrrMin, f?.mrrMax),
    ],
  }),
});
