// Plumbing every domain command shares: one audited transaction with an optional idempotency key, the
// acting user or key, and a row lock that makes commands on the same customer run one after the other.
import type { Customer } from "@churnstile/prisma";
import type { Context } from "../context.ts";
import { badInput, notFound } from "../errors.ts";
import { type AuditEntry, idempotentWrite, storedResult, type Tx } from "../write.ts";

export type Audit = (entry: AuditEntry) => void;

/** A nullable payload row that is absent: the planned query is read anyway, so the unused-query check knows it was considered. */
export const noRow = (query: object) => {
  void { ...query };
  return null;
};

/** How every command documents its idempotencyKey argument. */
export const IDEMPOTENCY_KEY_DOC =
  "Any unique string of 8-200 characters: a retried call with the same key returns the first call's result and changes nothing.";
export type { Tx };

/**
 * Runs a command once per idempotency key. A concurrent twin with the same key waits on the same row lock,
 * then finds the work done and fails its checks; by then the winner's result is stored, so return that.
 */
export async function runCommand<R extends object>(
  ctx: Context,
  operation: string,
  key: string | null | undefined,
  fn: (tx: Tx, audit: Audit) => Promise<R>,
): Promise<R> {
  try {
    return await idempotentWrite(ctx, operation, key, fn);
  } catch (e) {
    if (key == null) throw e;
    const stored = await storedResult<R>(ctx, operation, key);
    if (stored) return stored;
    throw e;
  }
}

/** Who logged it: the columns a churn event (and survey response) keep about the actor. */
export const actorColumns = (ctx: Context) => ({
  loggedById: ctx.actor?.kind === "user" ? ctx.actor.id : null,
  loggedByApiKeyId: ctx.actor?.kind === "apiKey" ? ctx.actor.id : null,
});
export const actingUserId = (ctx: Context) => (ctx.actor?.kind === "user" ? ctx.actor.id : null);

/** Locks the customer row for the rest of the transaction and returns it; deleted customers take no commands. */
export async function lockCustomer(tx: Tx, id: number, field = "customerId"): Promise<Customer> {
  const locked = await tx.$queryRaw<{ id: number }[]>`SELECT id FROM "Customer" WHERE id = ${id} FOR UPDATE`;
  if (locked.length === 0) throw notFound("Customer", id);
  const customer = await tx.customer.findUniqueOrThrow({ where: { id } });
  if (customer.deletedAt) throw badInput(field, `customer ${id} is deleted; restore it first`);
  return customer;
}

/** The customer's open churn: their latest non-REVENUE churn event not reversed by a reactivation, or null. */
export const latestOpenChurn = (tx: Tx, customerId: number) =>
  tx.churnEvent.findFirst({
    where: { customerId, reversedAt: null, type: { not: "REVENUE" } },
    orderBy: [{ effectiveAt: "desc" }, { id: "desc" }],
  });

/** Writes customer changes with a version bump and an audit row holding before and after. */
export async function updateCustomer(
  tx: Tx,
  audit: Audit,
  action: string,
  before: Customer,
  data: Partial<Pick<Customer, "status" | "mrrMinor" | "satisfaction">>,
) {
  const after = await tx.customer.update({ where: { id: before.id }, data: { ...data, version: { increment: 1 } } });
  audit({ action, entity: "Customer", entityId: before.id, before, after });
  return after;
}

export const DAY_MS = 86_400_000;
export const addDays = (at: Date, days: number) => new Date(at.getTime() + days * DAY_MS);
