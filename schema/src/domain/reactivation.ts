// Winning a customer back: new subscriptions with REACTIVATION movements, the customer ACTIVE again, the open
// churn closed (reversedAt) and the win-back credited to the retention action that preceded it.
import type { RetentionAction } from "@churnstile/prisma";
import { parseId } from "../crud.ts";
import { badInput } from "../errors.ts";
import { type Audit, addDays, latestOpenChurn, lockCustomer, type Tx, updateCustomer } from "./command.ts";
import { emit } from "./events.ts";
import { mrrFromSubscriptions, reactivateSubscriptions } from "./mrr.ts";
import { WIN_BACK_WINDOW_DAYS } from "./win-back.ts";

export interface Reactivated {
  customerId: number;
  churnEventId: number | null;
  retentionActionId: number | null;
  subscriptionIds: number[];
}

export type ReactivateArgs = {
  customerId: string | number;
  subscriptions?: { productId: string | number; mrrMinor: number }[] | null;
  at?: Date | null;
  retentionActionId?: string | number | null;
};

/** The subscriptions to start: as sent (active products), or those the churn ended. */
async function itemsFor(tx: Tx, args: ReactivateArgs, customerId: number, churnEventId: number | null) {
  if (args.subscriptions?.length) {
    const items = args.subscriptions.map((s) => ({
      productId: parseId(s.productId, "input.subscriptions.productId"),
      mrrMinor: s.mrrMinor,
    }));
    const products = await tx.product.findMany({ where: { id: { in: items.map((i) => i.productId) } } });
    const bad = items.find((i) => !products.some((p) => p.id === i.productId && p.active));
    if (bad) throw badInput("input.subscriptions.productId", `product ${bad.productId} does not exist or is not active`);
    return items;
  }
  const ended =
    churnEventId === null
      ? await tx.subscription
          .findFirst({ where: { customerId, endedAt: { not: null } }, orderBy: { endedAt: "desc" } })
          .then((s) => (s ? tx.subscription.findMany({ where: { customerId, endedAt: s.endedAt } }) : []))
      : await tx.subscription.findMany({
          where: { customerId, movements: { some: { churnEventId, kind: "CHURN" } } },
          orderBy: { id: "asc" },
        });
  if (ended.length === 0) throw badInput("input.subscriptions", "there is no ended subscription to restart; send productId and mrrMinor");
  return ended.map((s) => ({ productId: s.productId, mrrMinor: s.mrrMinor }));
}

/** The action the win-back is credited to: the one named, or the latest worked action for the churn inside the window. */
async function attributedAction(
  tx: Tx,
  args: ReactivateArgs,
  customerId: number,
  event: { id: number; effectiveAt: Date } | null,
  at: Date,
): Promise<RetentionAction | null> {
  if (args.retentionActionId != null) {
    const id = parseId(args.retentionActionId, "input.retentionActionId");
    const named = await tx.retentionAction.findUnique({ where: { id } });
    if (named?.customerId !== customerId)
      throw badInput("input.retentionActionId", `retention action ${id} is not one of customer ${customerId}'s`);
    if (named.status === "CANCELLED") throw badInput("input.retentionActionId", `retention action ${id} was cancelled`);
    return named;
  }
  if (!event || at > addDays(event.effectiveAt, WIN_BACK_WINDOW_DAYS)) return null;
  const worked = await tx.retentionAction.findMany({ where: { churnEventId: event.id, status: { in: ["DONE", "IN_PROGRESS"] } } });
  const when = (a: RetentionAction) => (a.completedAt ?? a.updatedAt).getTime();
  const before = worked.filter((a) => a.status === "IN_PROGRESS" || when(a) <= at.getTime());
  return before.reduce<RetentionAction | null>(
    (best, a) => (best === null || when(a) > when(best) || (when(a) === when(best) && a.id > best.id) ? a : best),
    null,
  );
}

export async function reactivate(tx: Tx, audit: Audit, args: ReactivateArgs): Promise<Reactivated> {
  const action = "reactivateCustomer";
  const customer = await lockCustomer(tx, parseId(args.customerId, "input.customerId"), "input.customerId");
  if (customer.status !== "CHURNED")
    throw badInput("input.customerId", `customer ${customer.id} is ${customer.status}: only CHURNED customers are reactivated`);
  const at = args.at ?? new Date();
  const event = await latestOpenChurn(tx, customer.id);
  // win-back counts a return strictly after MRR reached zero; a return at that instant means they never left
  if (event && at <= event.effectiveAt)
    throw badInput("input.at", `must be after the churn took effect (${event.effectiveAt.toISOString()})`);
  const items = await itemsFor(tx, args, customer.id, event?.id ?? null);
  const credited = await attributedAction(tx, args, customer.id, event, at);

  const subs = await reactivateSubscriptions(tx, audit, action, customer, items, at, credited?.id ?? null);
  await updateCustomer(tx, audit, action, customer, { status: "ACTIVE", mrrMinor: await mrrFromSubscriptions(tx, customer.id) });
  if (event) {
    const after = await tx.churnEvent.update({ where: { id: event.id }, data: { reversedAt: at } });
    audit({ action, entity: "ChurnEvent", entityId: event.id, before: event, after });
  }
  if (credited && !(credited.status === "DONE" && credited.outcome === "WON_BACK")) {
    const done = credited.status === "DONE" ? {} : { status: "DONE" as const, completedAt: at };
    const after = await tx.retentionAction.update({
      where: { id: credited.id },
      data: { ...done, outcome: "WON_BACK", version: { increment: 1 } },
    });
    audit({ action, entity: "RetentionAction", entityId: credited.id, before: credited, after });
  }
  if (event) {
    // the rest of the win-back queue for this churn is moot now that they are back
    const moot = await tx.retentionAction.findMany({
      where: { churnEventId: event.id, status: { in: ["PLANNED", "IN_PROGRESS"] }, id: { not: credited?.id ?? 0 } },
    });
    for (const a of moot) {
      const after = await tx.retentionAction.update({ where: { id: a.id }, data: { status: "CANCELLED", version: { increment: 1 } } });
      audit({ action, entity: "RetentionAction", entityId: a.id, before: a, after });
    }
  }
  await emit(tx, "customer.reactivated", {
    customerId: customer.id,
    churnEventId: event?.id ?? null,
    retentionActionId: credited?.id ?? null,
  });
  if (credited && credited.status !== "DONE")
    await emit(tx, "action.completed", { retentionActionId: credited.id, customerId: customer.id, outcome: "WON_BACK" });
  return {
    customerId: customer.id,
    churnEventId: event?.id ?? null,
    retentionActionId: credited?.id ?? null,
    subscriptionIds: subs.map((s) => s.id),
  };
}
