// The involuntary path: a payment fails (the customer is PAST_DUE and the PAYMENT_FAILED playbook plans the
// recovery), is retried (attempts count up), and ends RECOVERED (ACTIVE again) or CHURNED (an INVOLUNTARY churn
// with reason PAYMENT_FAILURE, logged exactly as logChurn would).
import { canWriteChurn } from "../access.ts";
import { builder } from "../builder.ts";
import type { Context } from "../context.ts";
import { parseId } from "../crud.ts";
import { logChurnCore } from "../domain/churn.ts";
import { type Audit, IDEMPOTENCY_KEY_DOC, lockCustomer, noRow, runCommand, type Tx, updateCustomer } from "../domain/command.ts";
import { emit } from "../domain/events.ts";
import { liveSubscriptions } from "../domain/mrr.ts";
import { cancelPaymentRecovery, suggestActions } from "../domain/playbooks.ts";
import { PaymentFailureOutcomeEnum } from "../enums.ts";
import { badInput, notFound } from "../errors.ts";
import * as v from "../validators.ts";

interface FailureResult {
  paymentFailureId: number;
  customerId: number;
  churnEventId: number | null;
  actionIds: number[];
}

const RecordPaymentFailureInput = builder.inputType("RecordPaymentFailureInput", {
  description: "A failed payment reported by billing.",
  fields: (t) => ({
    customerId: t.id({ required: true, description: "Whose payment failed (must have an active subscription)." }),
    subscriptionId: t.id({ description: "The active subscription it was for, if known." }),
    amountMinor: t.int({
      required: true,
      description: "Amount that failed, in minor units (more than 0).",
      validate: v.minorUnits.min(1, "must be more than 0"),
    }),
    currency: t.string({ description: "ISO 4217 currency (default the customer's).", validate: v.currency }),
    failedAt: t.field({ type: "DateTime", description: "When this attempt failed (default now)." }),
    failureCode: t.string({
      required: true,
      description: "Processor code: card_expired, insufficient_funds, processing_error, ...",
      validate: v.text(64).regex(/^[a-z0-9_]+$/, "must be a processor code in lower case, e.g. card_expired"),
    }),
  }),
});

const PaymentFailurePayload = builder.objectRef<FailureResult>("PaymentFailurePayload").implement({
  description: "What recordPaymentFailure or resolvePaymentFailure did.",
  fields: (t) => ({
    paymentFailure: t.prismaField({
      type: "PaymentFailure",
      description: "The failure (new, retried, or resolved).",
      resolve: (query, r, _a, ctx: Context) => ctx.prisma.paymentFailure.findUniqueOrThrow({ ...query, where: { id: r.paymentFailureId } }),
    }),
    customer: t.prismaField({
      type: "Customer",
      description: "The customer afterwards: PAST_DUE, ACTIVE again, or CHURNED.",
      resolve: (query, r, _a, ctx: Context) => ctx.prisma.customer.findUniqueOrThrow({ ...query, where: { id: r.customerId } }),
    }),
    churnEvent: t.prismaField({
      type: "ChurnEvent",
      nullable: true,
      description: "The INVOLUNTARY churn a CHURNED outcome logged.",
      resolve: (query, r, _a, ctx: Context) =>
        r.churnEventId === null ? noRow(query) : ctx.prisma.churnEvent.findUnique({ ...query, where: { id: r.churnEventId } }),
    }),
    actions: t.prismaField({
      type: ["RetentionAction"],
      description: "Actions created: the recovery plan of a new failure, or those the churn's playbooks suggested.",
      resolve: (query, r, _a, ctx: Context) =>
        ctx.prisma.retentionAction.findMany({ ...query, where: { id: { in: r.actionIds } }, orderBy: [{ dueAt: "asc" }, { id: "asc" }] }),
    }),
  }),
});

type RecordArgs = {
  customerId: string | number;
  subscriptionId?: string | number | null;
  amountMinor: number;
  currency?: string | null;
  failedAt?: Date | null;
  failureCode: string;
};

async function record(tx: Tx, audit: Audit, input: RecordArgs): Promise<FailureResult> {
  const action = "recordPaymentFailure";
  const customer = await lockCustomer(tx, parseId(input.customerId, "input.customerId"), "input.customerId");
  const subs = await liveSubscriptions(tx, customer.id);
  if (customer.status === "CHURNED" || subs.length === 0)
    throw badInput("input.customerId", `customer ${customer.id} has no active subscription: no payment is due`);
  const subscriptionId = input.subscriptionId == null ? null : parseId(input.subscriptionId, "input.subscriptionId");
  if (subscriptionId !== null && !subs.some((s) => s.id === subscriptionId))
    throw badInput("input.subscriptionId", `is not an active subscription of customer ${customer.id}`);
  const failedAt = input.failedAt ?? new Date();
  const data = { amountMinor: input.amountMinor, currency: input.currency ?? customer.currency, failureCode: input.failureCode };
  // a retry of a payment that is still failing counts up on the open failure (failedAt stays the first failure)
  const open = await tx.paymentFailure.findFirst({
    where: { customerId: customer.id, subscriptionId, status: "OPEN" },
    orderBy: { id: "asc" },
  });
  let failureId: number;
  let actionIds: number[] = [];
  if (open) {
    const after = await tx.paymentFailure.update({ where: { id: open.id }, data: { ...data, attempts: { increment: 1 } } });
    audit({ action, entity: "PaymentFailure", entityId: open.id, before: open, after });
    failureId = open.id;
  } else {
    const created = await tx.paymentFailure.create({ data: { ...data, customerId: customer.id, subscriptionId, failedAt } });
    audit({ action, entity: "PaymentFailure", entityId: created.id, after: created });
    failureId = created.id;
    actionIds = await suggestActions(tx, audit, action, { trigger: "PAYMENT_FAILED", customer, at: failedAt });
  }
  if (customer.status !== "PAST_DUE") await updateCustomer(tx, audit, action, customer, { status: "PAST_DUE" });
  await emit(tx, "payment.failed", {
    paymentFailureId: failureId,
    customerId: customer.id,
    subscriptionId,
    failureCode: input.failureCode,
  });
  return { paymentFailureId: failureId, customerId: customer.id, churnEventId: null, actionIds };
}

builder.mutationField("recordPaymentFailure", (t) =>
  t.field({
    type: PaymentFailurePayload,
    description:
      "Record a failed payment: a new OPEN failure (with the PAYMENT_FAILED playbook's recovery actions, due failedAt + dueInDays) or, when one is " +
      "already OPEN for the same subscription, one more attempt on it. The customer becomes PAST_DUE. One transaction, audited.",
    authScopes: canWriteChurn,
    args: {
      input: t.arg({ type: RecordPaymentFailureInput, required: true, description: "What to do; see the input type." }),
      idempotencyKey: t.arg.string({ description: IDEMPOTENCY_KEY_DOC }),
    },
    resolve: (_root, { input, idempotencyKey }, ctx) =>
      runCommand(ctx, "recordPaymentFailure", idempotencyKey, (tx, audit) => record(tx, audit, input)),
  }),
);

async function resolve(
  tx: Tx,
  audit: Audit,
  ctx: Context,
  args: { id: string | number; outcome: "RECOVERED" | "CHURNED"; effectiveAt?: Date | null; notes?: string | null },
): Promise<FailureResult> {
  const action = "resolvePaymentFailure";
  const id = parseId(args.id);
  const found = await tx.paymentFailure.findUnique({ where: { id } });
  if (!found) throw notFound("PaymentFailure", id);
  const customer = await lockCustomer(tx, found.customerId, "id");
  const failure = await tx.paymentFailure.findUniqueOrThrow({ where: { id } }); // as it is now that we hold the lock
  if (failure.status !== "OPEN") throw badInput("id", `payment failure ${id} is already ${failure.status}`);
  if (args.outcome === "CHURNED") {
    const effectiveAt = args.effectiveAt ?? new Date();
    const churn = await logChurnCore(
      tx,
      audit,
      ctx,
      action,
      {
        customerId: customer.id,
        type: "INVOLUNTARY",
        primaryReasonCode: "PAYMENT_FAILURE",
        requestedAt: new Date(Math.min(failure.failedAt.getTime(), effectiveAt.getTime())),
        effectiveAt,
        notes: args.notes,
        source: "BILLING",
      },
      { resolvingFailureId: id },
    );
    return { paymentFailureId: id, customerId: customer.id, churnEventId: churn.churnEventId, actionIds: churn.suggestedActionIds };
  }
  const after = await tx.paymentFailure.update({ where: { id }, data: { status: "RECOVERED", resolvedAt: new Date() } });
  audit({ action, entity: "PaymentFailure", entityId: id, before: failure, after });
  if ((await tx.paymentFailure.count({ where: { customerId: customer.id, status: "OPEN" } })) === 0) {
    await cancelPaymentRecovery(tx, audit, action, customer.id);
    if (customer.status === "PAST_DUE") await updateCustomer(tx, audit, action, customer, { status: "ACTIVE" });
  }
  return { paymentFailureId: id, customerId: customer.id, churnEventId: null, actionIds: [] };
}

builder.mutationField("resolvePaymentFailure", (t) =>
  t.field({
    type: PaymentFailurePayload,
    description:
      "Close an OPEN payment failure. RECOVERED: the payment went through; once no failure is open the customer is ACTIVE again and the open " +
      "recovery actions are cancelled. CHURNED: recovery failed; logs an INVOLUNTARY churn with reason PAYMENT_FAILURE (source BILLING, exactly as " +
      "logChurn: subscriptions end at effectiveAt, win-back eligible only if this failure had fewer than 2 attempts) and links it to the failure.",
    authScopes: canWriteChurn,
    args: {
      id: t.arg.id({ required: true, description: "The OPEN payment failure." }),
      outcome: t.arg({ type: PaymentFailureOutcomeEnum, required: true, description: "How it ended." }),
      effectiveAt: t.arg({ type: "DateTime", description: "CHURNED: when the subscriptions end (default now)." }),
      notes: t.arg.string({ description: "CHURNED: notes on the churn event.", validate: v.text(4000) }),
      idempotencyKey: t.arg.string({ description: IDEMPOTENCY_KEY_DOC }),
    },
    resolve: (_root, { idempotencyKey, ...args }, ctx) =>
      runCommand(ctx, "resolvePaymentFailure", idempotencyKey, (tx, audit) => resolve(tx, audit, ctx, args)),
  }),
);
