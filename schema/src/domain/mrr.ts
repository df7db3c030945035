// Subscriptions are the source of truth for MRR: commands end, shrink or start subscriptions, write the MRR
// movement each change implies (one per subscription, like the ledger of the demo data), and then set
// customer.mrrMinor to the sum of the subscriptions that have not ended.
import type { MrrMovementKind, Subscription } from "@churnstile/prisma";
import { badInput } from "../errors.ts";
import type { Audit, Tx } from "./command.ts";

/** Subscriptions that have not ended, largest first (the order a REVENUE churn shrinks them in). */
export const liveSubscriptions = (tx: Tx, customerId: number) =>
  tx.subscription.findMany({ where: { customerId, endedAt: null }, orderBy: [{ mrrMinor: "desc" }, { id: "asc" }] });

export const sumMrr = (subs: { mrrMinor: number }[]) => subs.reduce((sum, s) => sum + s.mrrMinor, 0);

/** customer.mrrMinor as the subscriptions say it is. */
export async function mrrFromSubscriptions(tx: Tx, customerId: number): Promise<number> {
  const agg = await tx.subscription.aggregate({ _sum: { mrrMinor: true }, where: { customerId, endedAt: null } });
  return agg._sum.mrrMinor ?? 0;
}

interface Movement {
  kind: MrrMovementKind;
  amountMinor: number;
  occurredAt: Date;
  churnEventId?: number | null;
  retentionActionId?: number | null;
}

/** Writes one MRR movement of a subscription (audited). */
export async function recordMovement(tx: Tx, audit: Audit, action: string, sub: Subscription, m: Movement) {
  const row = await tx.mrrMovement.create({ data: { ...m, customerId: sub.customerId, subscriptionId: sub.id, currency: sub.currency } });
  audit({ action, entity: "MrrMovement", entityId: row.id, after: row });
  return row;
}

/** Ends a subscription at `at` (audited); `at` before its start is refused. */
export async function closeSubscription(tx: Tx, audit: Audit, action: string, sub: Subscription, at: Date) {
  // active on days startedAt <= d < endedAt: ending before the start would make a negative period
  if (at < sub.startedAt) throw badInput("effectiveAt", `is before subscription ${sub.id} started (${sub.startedAt.toISOString()})`);
  const after = await tx.subscription.update({ where: { id: sub.id }, data: { endedAt: at } });
  audit({ action, entity: "Subscription", entityId: sub.id, before: sub, after });
  return after;
}

export async function startSubscription(
  tx: Tx,
  audit: Audit,
  action: string,
  data: { customerId: number; productId: number; mrrMinor: number; currency: string; startedAt: Date },
) {
  const sub = await tx.subscription.create({ data });
  audit({ action, entity: "Subscription", entityId: sub.id, after: sub });
  return sub;
}

/** A lost customer: every live subscription ends at `at`, each with a CHURN movement. */
export async function churnSubscriptions(tx: Tx, audit: Audit, action: string, subs: Subscription[], at: Date, churnEventId: number) {
  for (const sub of subs) {
    await closeSubscription(tx, audit, action, sub, at);
    await recordMovement(tx, audit, action, sub, { kind: "CHURN", amountMinor: sub.mrrMinor, occurredAt: at, churnEventId });
  }
}

/**
 * A REVENUE churn of `loss` (0 < loss < total): a subscription worth exactly the loss is cancelled; otherwise
 * the largest ones are cancelled while the loss covers them, and the next is replaced at `at` by a cheaper one
 * of the same product (ending and restarting keeps the history of what was paid when). Each change is a
 * CONTRACTION movement.
 */
export async function contractSubscriptions(
  tx: Tx,
  audit: Audit,
  action: string,
  subs: Subscription[],
  loss: number,
  at: Date,
  churnEventId: number,
) {
  const exact = subs.find((s) => s.mrrMinor === loss);
  let remaining = loss;
  for (const sub of exact ? [exact] : subs) {
    if (remaining === 0) break;
    await closeSubscription(tx, audit, action, sub, at);
    if (sub.mrrMinor <= remaining) {
      remaining -= sub.mrrMinor;
      await recordMovement(tx, audit, action, sub, { kind: "CONTRACTION", amountMinor: sub.mrrMinor, occurredAt: at, churnEventId });
    } else {
      const cheaper = await startSubscription(tx, audit, action, {
        customerId: sub.customerId,
        productId: sub.productId,
        mrrMinor: sub.mrrMinor - remaining,
        currency: sub.currency,
        startedAt: at,
      });
      await recordMovement(tx, audit, action, cheaper, { kind: "CONTRACTION", amountMinor: remaining, occurredAt: at, churnEventId });
      remaining = 0;
    }
  }
}

/** A won-back customer: new subscriptions from `at`, each with a REACTIVATION movement attributed to the action. */
export async function reactivateSubscriptions(
  tx: Tx,
  audit: Audit,
  action: string,
  customer: { id: number; currency: string },
  items: { productId: number; mrrMinor: number }[],
  at: Date,
  retentionActionId: number | null,
) {
  const started: Subscription[] = [];
  for (const item of items) {
    const sub = await startSubscription(tx, audit, action, {
      customerId: customer.id,
      productId: item.productId,
      mrrMinor: item.mrrMinor,
      currency: customer.currency,
      startedAt: at,
    });
    await recordMovement(tx, audit, action, sub, { kind: "REACTIVATION", amountMinor: sub.mrrMinor, occurredAt: at, retentionActionId });
    started.push(sub);
  }
  return started;
}
