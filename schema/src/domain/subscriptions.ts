// Billing's side of MRR: one subscription started, repriced or ended. Each change writes one movement, classified
// the way the revenue metrics classify a change of the customer's MRR (metrics/revenue-churn.ts): from zero NEW (no
// earlier paid subscription) or REACTIVATION, to zero CHURN, otherwise EXPANSION or CONTRACTION. History is only
// appended to: a change dated before the customer's latest subscription change would rewrite MRR already reported.
// Health scores follow by themselves: the audited Subscription, MrrMovement and Customer rows rescore the customer
// before commit (write.ts).
import type { Customer, MrrMovementKind, Subscription } from "@churnstile/prisma";
import { badInput, notFound, UserError } from "../errors.ts";
import { type Audit, latestOpenChurn, lockCustomer, type Tx, updateCustomer } from "./command.ts";
import { closeSubscription, liveSubscriptions, mrrFromSubscriptions, recordMovement, startSubscription, sumMrr } from "./mrr.ts";
import { reactivate } from "./reactivation.ts";

export interface SubscriptionChange {
  customerId: number;
  /** The subscription started, repriced (its new row) or ended. */
  subscriptionId: number;
  /** changeSubscription: the row the new price replaced. */
  previousSubscriptionId: number | null;
  movementId: number | null;
}

/** Locks the customer; a deleted one is NOT_FOUND here, as it is to every read. */
async function lockLiveCustomer(tx: Tx, id: number, field: string): Promise<Customer> {
  const found = await tx.customer.findUnique({ where: { id }, select: { deletedAt: true } });
  if (!found) throw notFound("Customer", id);
  if (found.deletedAt) throw new UserError("NOT_FOUND", `Customer ${id} is deleted; restore it first`, { entity: "Customer", id, field });
  return lockCustomer(tx, id, field);
}

/** `at` may not precede the customer's latest subscription start or end. */
async function checkAppends(tx: Tx, customerId: number, at: Date, field: string) {
  const { _max } = await tx.subscription.aggregate({ _max: { startedAt: true, endedAt: true }, where: { customerId } });
  const latest = [_max.startedAt, _max.endedAt].filter((d): d is Date => d !== null).sort((a, b) => b.getTime() - a.getTime())[0];
  if (latest && at < latest)
    throw badInput(field, `is before the customer's latest subscription change (${latest.toISOString()}): MRR history is only appended to`);
}

export interface StartArgs {
  customerId: number;
  productId: number;
  mrrMinor: number;
  currency?: string | null;
  startedAt?: Date | null;
}

/** A new subscription. For a CHURNED customer that is a win-back, done exactly as reactivateCustomer does it. */
export async function startOne(tx: Tx, audit: Audit, args: StartArgs): Promise<SubscriptionChange> {
  const action = "startSubscription";
  const customer = await lockLiveCustomer(tx, args.customerId, "input.customerId");
  const product = await tx.product.findUnique({ where: { id: args.productId } });
  if (!product) throw badInput("input.productId", `no product ${args.productId} exists`);
  if (!product.active) throw badInput("input.productId", `product ${product.code} is no longer sold; pick an active product`);
  const currency = args.currency ?? customer.currency;
  if (currency !== customer.currency)
    throw badInput(
      "input.currency",
      `must be the customer's currency ${customer.currency}: their MRR adds up subscriptions in one currency`,
    );
  const at = args.startedAt ?? new Date();
  await checkAppends(tx, customer.id, at, "input.startedAt");

  if (customer.status === "CHURNED") {
    // reactivate() checks this too, naming its own argument; here the caller's is input.startedAt
    const churn = await latestOpenChurn(tx, customer.id);
    if (churn && at <= churn.effectiveAt)
      throw badInput("input.startedAt", `must be after the customer's churn took effect (${churn.effectiveAt.toISOString()})`);
    const back = await reactivate(tx, audit, {
      customerId: customer.id,
      subscriptions: [{ productId: product.id, mrrMinor: args.mrrMinor }],
      at,
    });
    const subscriptionId = back.subscriptionIds[0];
    const movement = await tx.mrrMovement.findFirst({ where: { subscriptionId }, select: { id: true } });
    return { customerId: customer.id, subscriptionId, previousSubscriptionId: null, movementId: movement?.id ?? null };
  }

  const before = sumMrr(await liveSubscriptions(tx, customer.id));
  const paidBefore = await tx.subscription.count({ where: { customerId: customer.id, mrrMinor: { gt: 0 }, startedAt: { lt: at } } });
  const kind: MrrMovementKind = before > 0 ? "EXPANSION" : paidBefore > 0 ? "REACTIVATION" : "NEW";
  const sub = await startSubscription(tx, audit, action, {
    customerId: customer.id,
    productId: product.id,
    mrrMinor: args.mrrMinor,
    currency,
    startedAt: at,
  });
  const movement = await recordMovement(tx, audit, action, sub, { kind, amountMinor: sub.mrrMinor, occurredAt: at });
  const mrrMinor = await mrrFromSubscriptions(tx, customer.id);
  // a trial that starts paying is a customer; other statuses (PAST_DUE) are billing's to change
  await updateCustomer(tx, audit, action, customer, customer.status === "TRIAL" ? { mrrMinor, status: "ACTIVE" } : { mrrMinor });
  return { customerId: customer.id, subscriptionId: sub.id, previousSubscriptionId: null, movementId: movement.id };
}

/** The running subscription and its locked customer; an ended one takes no more changes. */
async function runningSubscription(tx: Tx, id: number, at: Date | null | undefined, dateField: string) {
  const found = await tx.subscription.findUnique({ where: { id }, select: { customerId: true } });
  if (!found) throw notFound("Subscription", id);
  const customer = await lockLiveCustomer(tx, found.customerId, "input.subscriptionId");
  const sub = await tx.subscription.findUniqueOrThrow({ where: { id } }); // as it is now that we hold the lock
  if (sub.endedAt)
    throw badInput("input.subscriptionId", `subscription ${id} ended on ${sub.endedAt.toISOString()}; start a new one instead`);
  const when = at ?? new Date();
  if (when < sub.startedAt) throw badInput(dateField, `is before subscription ${id} started (${sub.startedAt.toISOString()})`);
  await checkAppends(tx, customer.id, when, dateField);
  return { customer, sub, at: when };
}

/** A price or seat change: the old row ends at `at` and a new one starts there, so what was paid when stays exact. */
export async function changeOne(
  tx: Tx,
  audit: Audit,
  args: { subscriptionId: number; mrrMinor: number; effectiveAt?: Date | null },
): Promise<SubscriptionChange> {
  const action = "changeSubscription";
  const { customer, sub, at } = await runningSubscription(tx, args.subscriptionId, args.effectiveAt, "input.effectiveAt");
  if (args.mrrMinor === sub.mrrMinor) throw badInput("input.mrrMinor", `is already subscription ${sub.id}'s MRR`);
  await closeSubscription(tx, audit, action, sub, at);
  const next = await startSubscription(tx, audit, action, {
    customerId: sub.customerId,
    productId: sub.productId,
    mrrMinor: args.mrrMinor,
    currency: sub.currency,
    startedAt: at,
  });
  const delta = args.mrrMinor - sub.mrrMinor;
  const kind: MrrMovementKind = delta > 0 ? "EXPANSION" : "CONTRACTION";
  const movement = await recordMovement(tx, audit, action, next, { kind, amountMinor: Math.abs(delta), occurredAt: at });
  await updateCustomer(tx, audit, action, customer, { mrrMinor: await mrrFromSubscriptions(tx, customer.id) });
  return { customerId: customer.id, subscriptionId: next.id, previousSubscriptionId: sub.id, movementId: movement.id };
}

/** Ends one subscription: CONTRACTION while others still pay, CHURN (and status CHURNED) when it was the last paid one. */
export async function endOne(tx: Tx, audit: Audit, args: { subscriptionId: number; endedAt?: Date | null }): Promise<SubscriptionChange> {
  const action = "endSubscription";
  const { customer, sub, at } = await runningSubscription(tx, args.subscriptionId, args.endedAt, "input.endedAt");
  const after = sumMrr((await liveSubscriptions(tx, customer.id)).filter((s) => s.id !== sub.id));
  const lastPaid = sub.mrrMinor > 0 && after === 0;
  // an open payment failure is a recovery in progress: its end is resolvePaymentFailure's, which records why
  if (lastPaid && (await tx.paymentFailure.count({ where: { customerId: customer.id, status: "OPEN" } })) > 0)
    throw badInput(
      "input.subscriptionId",
      `customer ${customer.id} has an open payment failure: resolve it with resolvePaymentFailure (outcome CHURNED ends the subscriptions)`,
    );
  const ended: Subscription = await closeSubscription(tx, audit, action, sub, at);
  const movement =
    sub.mrrMinor > 0
      ? await recordMovement(tx, audit, action, ended, {
          kind: lastPaid ? "CHURN" : "CONTRACTION",
          amountMinor: sub.mrrMinor,
          occurredAt: at,
        })
      : null;
  const mrrMinor = await mrrFromSubscriptions(tx, customer.id);
  await updateCustomer(tx, audit, action, customer, lastPaid ? { mrrMinor, status: "CHURNED" } : { mrrMinor });
  return { customerId: customer.id, subscriptionId: sub.id, previousSubscriptionId: null, movementId: movement?.id ?? null };
}
