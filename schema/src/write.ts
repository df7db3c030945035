// Every write runs in one transaction that also writes its audit rows, so a failed write leaves
// nothing behind and an acknowledged one is always audited. Optional idempotency keys make a retried
// command return the first call's result instead of doing the work twice.
import { Prisma, type PrismaClient } from "@churnstile/prisma";
import type { Context } from "./context.ts";
import { badInput, conflict, UserError } from "./errors.ts";
import { refreshHealthForCustomers } from "./health/refresh.ts";

export type Tx = Prisma.TransactionClient;

export interface AuditEntry {
  action: string;
  entity: string;
  entityId: string | number;
  before?: unknown;
  after?: unknown;
}

const json = (v: unknown) => (v === undefined || v === null ? Prisma.DbNull : (JSON.parse(JSON.stringify(v)) as Prisma.InputJsonValue));

/** Database constraint violations as errors the caller can act on. */
export function explainDbError(e: unknown): unknown {
  // A row still referenced by others (ON DELETE RESTRICT): PostgreSQL reports 23503 "update or delete on
  // table … violates foreign key constraint", PGlite surfaces 23001; either way the caller must remove or
  // reassign the referencing rows first.
  const cause = e as {
    meta?: { driverAdapterError?: { cause?: { originalCode?: string; originalMessage?: string } } };
    cause?: { originalCode?: string; originalMessage?: string };
  };
  const adapterCause = cause?.meta?.driverAdapterError?.cause ?? cause?.cause;
  if (adapterCause?.originalCode === "23001" || /^update or delete on table/.test(adapterCause?.originalMessage ?? "")) {
    const table = /on table "([^"]+)"\s*$/.exec(adapterCause?.originalMessage ?? "")?.[1];
    return conflict(`still in use${table ? ` by ${table} rows` : ""}: remove or reassign those first, or deactivate it instead`, "id");
  }
  if (!(e instanceof Prisma.PrismaClientKnownRequestError)) return e;
  const meta = (e.meta ?? {}) as {
    target?: string[] | string;
    field_name?: string;
    modelName?: string;
    driverAdapterError?: { cause?: { constraint?: { fields?: string[]; index?: string } } };
  };
  const constraint = meta.driverAdapterError?.cause?.constraint;
  // PGlite names the columns; node-postgres only the index ("Customer_externalId_key" → externalId)
  const fromIndex = constraint?.index?.split("_").slice(1, -1);
  const fields = constraint?.fields ?? fromIndex ?? (Array.isArray(meta.target) ? meta.target : meta.target ? [meta.target] : []);
  const field = fields.map((f) => f.replaceAll('"', "")).join(",") || meta.field_name || "input";
  if (e.code === "P2002") return conflict(`${meta.modelName ?? "A row"} with this ${field} already exists`, field);
  if (e.code === "P2003") return badInput(field.replace(/_fkey$/, ""), "refers to a row that does not exist");
  if (e.code === "P2025") return new UserError("NOT_FOUND", e.message.split("\n").at(-1) ?? "not found");
  return e;
}

/** Tables the health score reads (health/score-sql.ts): a write to one of their rows rescores its customer. */
const HEALTH_INPUTS = new Set(["Customer", "Interaction", "Ticket", "EngagementSnapshot", "Subscription", "MrrMovement"]);

/** The customers whose health inputs these audited writes changed (both sides of a row moved between customers). */
export function healthCustomerIds(entries: readonly AuditEntry[]): number[] {
  const ids = new Set<number>();
  for (const e of entries) {
    if (!HEALTH_INPUTS.has(e.entity)) continue;
    if (e.entity === "Customer") ids.add(Number(e.entityId));
    for (const row of [e.before, e.after] as ({ customerId?: unknown } | undefined)[]) {
      if (typeof row?.customerId === "number") ids.add(row.customerId);
    }
  }
  return [...ids];
}

/** Records audit entries; `settle()` rescores the customers written so far, so a read-back in the transaction is current. */
export type Recorder = ((entry: AuditEntry) => void) & { settle: () => Promise<void> };

function recorder(tx: Tx, entries: AuditEntry[]): Recorder {
  let settled = 0;
  const record = ((entry: AuditEntry) => void entries.push(entry)) as Recorder;
  record.settle = async () => {
    const ids = healthCustomerIds(entries.slice(settled));
    settled = entries.length;
    await refreshHealthForCustomers(tx, ids);
  };
  return record;
}

/** Attempts of a write that PostgreSQL aborted as a deadlock or serialization failure. */
export const WRITE_ATTEMPTS = 4;

/** Prisma reports these as P2034, or from a raw statement as P2010 carrying the driver adapter's error kind. */
function isWriteConflict(e: unknown): boolean {
  const err = e as { code?: string; meta?: { driverAdapterError?: { cause?: { kind?: string } } } };
  return err.code === "P2034" || err.meta?.driverAdapterError?.cause?.kind === "TransactionWriteConflict";
}

/**
 * Runs a write in one transaction. Writers meet on shared rows (the metric rollups the triggers keep), so two
 * transactions can deadlock; PostgreSQL then aborts one, and it is run again from the start, which is safe because
 * everything it does, webhook events included, is inside the transaction.
 */
export async function writeTx<T>(ctx: Context, fn: (tx: Tx, audit: Recorder) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await runTx(ctx, fn);
    } catch (e) {
      if (attempt >= WRITE_ATTEMPTS || !isWriteConflict(e)) throw explainDbError(e);
      await new Promise((resolve) => setTimeout(resolve, 10 * attempt * (1 + Math.random())));
    }
  }
}

function runTx<T>(ctx: Context, fn: (tx: Tx, audit: Recorder) => Promise<T>): Promise<T> {
  return (ctx.prisma as PrismaClient).$transaction(
    async (tx) => {
      const entries: AuditEntry[] = [];
      const audit = recorder(tx, entries);
      const result = await fn(tx, audit);
      // scores stay current with the writes that change their inputs, committed or rolled back with them
      await audit.settle();
      if (entries.length) {
        await tx.auditLog.createMany({
          data: entries.map((e) => ({
            action: e.action,
            entity: e.entity,
            entityId: String(e.entityId),
            before: json(e.before),
            after: json(e.after),
            actorUserId: ctx.actor?.kind === "user" ? ctx.actor.id : null,
            actorApiKeyId: ctx.actor?.kind === "apiKey" ? ctx.actor.id : null,
            requestId: ctx.requestId,
          })),
        });
      }
      return result;
    },
    { timeout: 30_000, maxWait: 10_000 },
  );
}

const actorKey = (ctx: Context) => (ctx.actor ? `${ctx.actor.kind}:${ctx.actor.id}` : "anonymous");

/** The stored key of an idempotent call: keys are per actor and operation, so two callers never share results. */
export const idempotencyId = (ctx: Context, operation: string, key: string) => `${actorKey(ctx)}:${operation}:${key}`;

/** The result stored for an idempotent call, if it was made. */
export const storedResult = async <R>(ctx: Context, operation: string, key: string) =>
  (await ctx.prisma.idempotencyKey.findUnique({ where: { key: idempotencyId(ctx, operation, key) } }))?.result as R | undefined;

/**
 * Runs `fn` in a write transaction once per (actor, operation, key). A replay returns the stored result;
 * a concurrent duplicate loses the unique-key race, rolls back, and also returns the stored result.
 */
export async function idempotentWrite<R extends object>(
  ctx: Context,
  operation: string,
  key: string | null | undefined,
  fn: (tx: Tx, audit: Recorder) => Promise<R>,
): Promise<R> {
  if (key == null) return writeTx(ctx, fn);
  if (key.length < 8 || key.length > 200) throw badInput("idempotencyKey", "must be 8 to 200 characters");
  const stored = () => storedResult<R>(ctx, operation, key);
  const earlier = await stored();
  if (earlier) return earlier;
  try {
    return await runTx(ctx, async (tx, audit) => {
      const result = await fn(tx, audit);
      await tx.idempotencyKey.create({
        data: { key: idempotencyId(ctx, operation, key), operation, actor: actorKey(ctx), result: json(result) as Prisma.InputJsonValue },
      });
      return result;
    });
  } catch (e) {
    if (e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002") {
      const winner = await stored();
      if (winner) return winner;
    }
    throw explainDbError(e);
  }
}
