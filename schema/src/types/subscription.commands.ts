// startSubscription, changeSubscription, endSubscription: the GraphQL surface of billing's changes to what a
// customer pays (the rules live in ../domain/subscriptions.ts). Access as the other churn writes: billing hooks
// hold a `write:churn` key.
import { canWriteChurn } from "../access.ts";
import { builder } from "../builder.ts";
import type { Context } from "../context.ts";
import { parseId } from "../crud.ts";
import { IDEMPOTENCY_KEY_DOC, noRow, runCommand } from "../domain/command.ts";
import { changeOne, endOne, type SubscriptionChange, startOne } from "../domain/subscriptions.ts";
import * as v from "../validators.ts";

const positiveMrr = v.minorUnits.min(1, "must be more than 0");
const APPEND_ONLY = "not before the customer's latest subscription start or end (MRR history is only appended to)";

const StartSubscriptionInput = builder.inputType("StartSubscriptionInput", {
  description: "A subscription billing started.",
  fields: (t) => ({
    customerId: t.id({ required: true, description: "Who subscribes (not deleted)." }),
    productId: t.id({ required: true, description: "An active product." }),
    mrrMinor: t.int({ required: true, description: "What it adds to MRR, in minor units (more than 0).", validate: positiveMrr }),
    currency: t.string({
      description: "ISO 4217 currency; must be the customer's (the default), since their MRR adds up subscriptions in one currency.",
      validate: v.currency,
    }),
    startedAt: t.field({ type: "DateTime", description: `First instant it is active (default now; ${APPEND_ONLY}).` }),
  }),
});

const ChangeSubscriptionInput = builder.inputType("ChangeSubscriptionInput", {
  description: "A new price for a running subscription (a plan or seat change).",
  fields: (t) => ({
    subscriptionId: t.id({ required: true, description: "A subscription that has not ended." }),
    mrrMinor: t.int({
      required: true,
      description: "Its new MRR in minor units (more than 0, not the current one).",
      validate: positiveMrr,
    }),
    effectiveAt: t.field({
      type: "DateTime",
      description: `When the new price takes effect (default now; not before the subscription started, ${APPEND_ONLY}).`,
    }),
  }),
});

const EndSubscriptionInput = builder.inputType("EndSubscriptionInput", {
  description: "A subscription billing ended.",
  fields: (t) => ({
    subscriptionId: t.id({ required: true, description: "A subscription that has not ended." }),
    endedAt: t.field({
      type: "DateTime",
      description: `First instant it is no longer active (default now; not before it started, ${APPEND_ONLY}).`,
    }),
  }),
});

const SubscriptionChangePayload = builder.objectRef<SubscriptionChange>("SubscriptionChangePayload").implement({
  description: "What startSubscription, changeSubscription or endSubscription did.",
  fields: (t) => ({
    subscription: t.prismaField({
      type: "Subscription",
      description: "The subscription started, the new row of a changed one, or the one ended.",
      resolve: (query, r, _a, ctx: Context) => ctx.prisma.subscription.findUniqueOrThrow({ ...query, where: { id: r.subscriptionId } }),
    }),
    previous: t.prismaField({
      type: "Subscription",
      nullable: true,
      description: "changeSubscription: the row the new price replaced (ended at effectiveAt); null otherwise.",
      resolve: (query, r, _a, ctx: Context) =>
        r.previousSubscriptionId === null
          ? noRow(query)
          : ctx.prisma.subscription.findUnique({ ...query, where: { id: r.previousSubscriptionId } }),
    }),
    movement: t.prismaField({
      type: "MrrMovement",
      nullable: true,
      description: "The MRR movement written (null only when a subscription worth 0 ended).",
      resolve: (query, r, _a, ctx: Context) =>
        r.movementId === null ? noRow(query) : ctx.prisma.mrrMovement.findUnique({ ...query, where: { id: r.movementId } }),
    }),
    customer: t.prismaField({
      type: "Customer",
      description: "The customer afterwards: mrrMinor the sum of their running subscriptions, status as the change left it.",
      resolve: (query, r, _a, ctx: Context) => ctx.prisma.customer.findUniqueOrThrow({ ...query, where: { id: r.customerId } }),
    }),
  }),
});

const idempotencyArg = { description: IDEMPOTENCY_KEY_DOC };

builder.mutationField("startSubscription", (t) =>
  t.field({
    type: SubscriptionChangePayload,
    description:
      "Start a subscription in one audited transaction, with its MRR movement: EXPANSION when the customer already pays, else NEW (never paid " +
      "before) or REACTIVATION. A TRIAL customer becomes ACTIVE. For a CHURNED customer this is a win-back, done exactly as reactivateCustomer " +
      "(ACTIVE again, the open churn closed, the REACTIVATION credited to the retention action that preceded it). A deleted customer is NOT_FOUND.",
    authScopes: canWriteChurn,
    args: {
      input: t.arg({ type: StartSubscriptionInput, required: true, description: "What to do; see the input type." }),
      idempotencyKey: t.arg.string(idempotencyArg),
    },
    resolve: (_root, { input, idempotencyKey }, ctx) =>
      runCommand(ctx, "startSubscription", idempotencyKey, (tx, audit) =>
        startOne(tx, audit, {
          ...input,
          customerId: parseId(input.customerId, "input.customerId"),
          productId: parseId(input.productId, "input.productId"),
        }),
      ),
  }),
);

builder.mutationField("changeSubscription", (t) =>
  t.field({
    type: SubscriptionChangePayload,
    description:
      "Reprice a running subscription in one audited transaction: it ends at effectiveAt and a new row of the same product starts there with the " +
      "new MRR (so what was paid when stays exact), with an EXPANSION or CONTRACTION movement of the difference. A downgrade the customer asked " +
      "for can instead be logged as a REVENUE churn (logChurn) to record why.",
    authScopes: canWriteChurn,
    args: {
      input: t.arg({ type: ChangeSubscriptionInput, required: true, description: "What to do; see the input type." }),
      idempotencyKey: t.arg.string(idempotencyArg),
    },
    resolve: (_root, { input, idempotencyKey }, ctx) =>
      runCommand(ctx, "changeSubscription", idempotencyKey, (tx, audit) =>
        changeOne(tx, audit, { ...input, subscriptionId: parseId(input.subscriptionId, "input.subscriptionId") }),
      ),
  }),
);

builder.mutationField("endSubscription", (t) =>
  t.field({
    type: SubscriptionChangePayload,
    description:
      "End a running subscription in one audited transaction: a CONTRACTION movement while other subscriptions still pay. Ending the last paid " +
      "one is the customer's MRR reaching zero: a CHURN movement and status CHURNED, but no churn event — to record why a customer left, log " +
      "the churn with logChurn instead (it ends every subscription). Refused while a payment failure is open (resolvePaymentFailure ends that).",
    authScopes: canWriteChurn,
    args: {
      input: t.arg({ type: EndSubscriptionInput, required: true, description: "What to do; see the input type." }),
      idempotencyKey: t.arg.string(idempotencyArg),
    },
    resolve: (_root, { input, idempotencyKey }, ctx) =>
      runCommand(ctx, "endSubscription", idempotencyKey, (tx, audit) =>
        endOne(tx, audit, { ...input, subscriptionId: parseId(input.subscriptionId, "input.subscriptionId") }),
      ),
  }),
);
