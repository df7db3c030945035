// reactivateCustomer: the GraphQL surface of a win-back (the rules live in ../domain/reactivation.ts).
import { canWriteChurn } from "../access.ts";
import { builder } from "../builder.ts";
import type { Context } from "../context.ts";
import { IDEMPOTENCY_KEY_DOC, noRow, runCommand } from "../domain/command.ts";
import { type Reactivated, reactivate } from "../domain/reactivation.ts";
import { WIN_BACK_WINDOW_DAYS } from "../domain/win-back.ts";
import * as v from "../validators.ts";

const ReactivationSubscriptionInput = builder.inputType("ReactivationSubscriptionInput", {
  description: "One subscription the returning customer starts.",
  fields: (t) => ({
    productId: t.id({ required: true, description: "An active product." }),
    mrrMinor: t.int({
      required: true,
      description: "Its MRR in minor units (more than 0).",
      validate: v.minorUnits.min(1, "must be more than 0"),
    }),
  }),
});

const ReactivateCustomerInput = builder.inputType("ReactivateCustomerInput", {
  description: "A churned customer who comes back.",
  fields: (t) => ({
    customerId: t.id({ required: true, description: "A CHURNED customer." }),
    subscriptions: t.field({
      type: [ReactivationSubscriptionInput],
      description: "What they subscribe to now (default: the subscriptions their churn ended, at the same MRR).",
    }),
    at: t.field({
      type: "DateTime",
      description: "When they come back (default now; after the churn took effect, or it was never a departure).",
    }),
    retentionActionId: t.id({
      description: `The action that won them back (default: the latest DONE or IN_PROGRESS action for the open churn, if they return within ${WIN_BACK_WINDOW_DAYS} days of it).`,
    }),
  }),
});

const ReactivateCustomerPayload = builder.objectRef<Reactivated>("ReactivateCustomerPayload").implement({
  description: "What reactivateCustomer did.",
  fields: (t) => ({
    customer: t.prismaField({
      type: "Customer",
      description: "The customer, ACTIVE again with the new MRR.",
      resolve: (query, r, _a, ctx: Context) => ctx.prisma.customer.findUniqueOrThrow({ ...query, where: { id: r.customerId } }),
    }),
    churnEvent: t.prismaField({
      type: "ChurnEvent",
      nullable: true,
      description: "The churn this closes (reversedAt set), if one was open.",
      resolve: (query, r, _a, ctx: Context) =>
        r.churnEventId === null ? noRow(query) : ctx.prisma.churnEvent.findUnique({ ...query, where: { id: r.churnEventId } }),
    }),
    attributedAction: t.prismaField({
      type: "RetentionAction",
      nullable: true,
      description: "The retention action the win-back is attributed to (outcome WON_BACK), if any.",
      resolve: (query, r, _a, ctx: Context) =>
        r.retentionActionId === null
          ? noRow(query)
          : ctx.prisma.retentionAction.findUnique({ ...query, where: { id: r.retentionActionId } }),
    }),
    subscriptions: t.prismaField({
      type: ["Subscription"],
      description: "The subscriptions started.",
      resolve: (query, r, _a, ctx: Context) =>
        ctx.prisma.subscription.findMany({ ...query, where: { id: { in: r.subscriptionIds } }, orderBy: { id: "asc" } }),
    }),
  }),
});

builder.mutationField("reactivateCustomer", (t) =>
  t.field({
    type: ReactivateCustomerPayload,
    description:
      "Win back a CHURNED customer in one transaction: start subscriptions (REACTIVATION movements carrying the attributed action), make the customer " +
      `ACTIVE with the new MRR, close the open churn (reversedAt) and credit the win-back: the action named, or else the latest DONE or IN_PROGRESS ` +
      `action for that churn when they return within ${WIN_BACK_WINDOW_DAYS} days (it is completed with outcome WON_BACK). Other open actions for the churn are cancelled.`,
    authScopes: canWriteChurn,
    args: {
      input: t.arg({ type: ReactivateCustomerInput, required: true, description: "What to do; see the input type." }),
      idempotencyKey: t.arg.string({ description: IDEMPOTENCY_KEY_DOC }),
    },
    resolve: (_root, { input, idempotencyKey }, ctx) =>
      runCommand(ctx, "reactivateCustomer", idempotencyKey, (tx, audit) => reactivate(tx, audit, input)),
  }),
);
