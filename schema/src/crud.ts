// createX / updateX / deleteX (+ restoreX for soft-deleted models, and bulk forms) with the flat arguments
// ra-data-graphql-simple sends. Each runs in one audited transaction; versioned models use optimistic locking.
import type { InputFieldMap } from "@pothos/core";
import { builder } from "./builder.ts";
import type { Context } from "./context.ts";
import { badInput, conflict, notFound } from "./errors.ts";
import type { delegateOf } from "./lists.ts";
import { type Tx, writeTx } from "./write.ts";

type MutationT = Parameters<Parameters<typeof builder.mutationFields>[0]>[0];
type ModelName = Parameters<typeof delegateOf>[1];
type Row = { id: number; version?: number; deletedAt?: Date | null };
type TxDelegate = {
  create: (a: object) => Promise<Row>;
  findUnique: (a: object) => Promise<Row | null>;
  findUniqueOrThrow: (a: object) => Promise<unknown>;
  update: (a: object) => Promise<Row>;
  updateMany: (a: object) => Promise<{ count: number }>;
  delete: (a: object) => Promise<Row>;
};
const txDelegate = (tx: Tx, model: ModelName) =>
  (tx as unknown as Record<string, TxDelegate>)[model.charAt(0).toLowerCase() + model.slice(1)];

export interface CrudSpec<C, U> {
  model: ModelName;
  authScopes: object;
  create?: { args: (t: MutationT) => InputFieldMap; data: (args: C, ctx: Context, tx: Tx) => object | Promise<object> };
  update?: { args: (t: MutationT) => InputFieldMap; data: (args: U, ctx: Context, current: Row, tx: Tx) => object | Promise<object> };
  remove?: {
    authScopes: object;
    soft?: boolean;
    /**
     * For rows others still point at (ON DELETE RESTRICT): why this one cannot go (e.g. "3 subscriptions refer to it; set
     * active: false instead"), or null. The database's foreign-key error would name the wrong field.
     */
    inUse?: (tx: Tx, id: number) => Promise<string | null>;
  };
  /** The model has a `version` column: updates must match it and increment it. */
  versioned?: boolean;
}

export const parseId = (value: string | number, field = "id") => {
  const id = Number(value);
  if (!Number.isSafeInteger(id) || id <= 0) throw badInput(field, `"${value}" is not a valid id`);
  return id;
};

/** Drops undefined (argument not sent) so an update only touches what the caller sent. */
export const sent = <T extends object>(args: T) =>
  Object.fromEntries(Object.entries(args).filter(([, v]) => v !== undefined)) as Partial<T>;

async function loadOr404(tx: Tx, model: ModelName, id: number) {
  const row = await txDelegate(tx, model).findUnique({ where: { id } });
  if (!row) throw notFound(model, id);
  return row;
}

export function defineCrud<C = Record<string, unknown>, U = Record<string, unknown>>(spec: CrudSpec<C, U>) {
  const { model } = spec;
  builder.mutationFields((t) => {
    // biome-ignore lint/suspicious/noExplicitAny: one definition serves every model; Pothos checks each at build time
    const anyT = t as any;
    const fields: Record<string, unknown> = {};
    const read = (tx: Tx, query: object, id: number) => txDelegate(tx, model).findUniqueOrThrow({ ...query, where: { id } });
    if (spec.create) {
      const create = spec.create;
      fields[`create${model}`] = anyT.prismaField({
        type: model,
        description: `Create a ${model}.`,
        authScopes: spec.authScopes,
        args: create.args(t),
        resolve: (query: object, _root: unknown, args: C, ctx: Context) =>
          writeTx(ctx, async (tx, audit) => {
            const row = await txDelegate(tx, model).create({ data: await create.data(args, ctx, tx) });
            audit({ action: "create", entity: model, entityId: row.id, after: row });
            await audit.settle();
            return read(tx, query, row.id);
          }),
      });
    }
    if (spec.update) {
      const update = spec.update;
      fields[`update${model}`] = anyT.prismaField({
        type: model,
        description: `Update a ${model}; only the arguments you send change.${spec.versioned ? " Send `version` to guard against concurrent edits (CONFLICT if stale)." : ""}`,
        authScopes: spec.authScopes,
        args: {
          id: t.arg.id({ required: true, description: "Which row." }),
          ...(spec.versioned ? { version: t.arg.int({ description: "The version you read; a stale one is a CONFLICT." }) } : {}),
          ...update.args(t),
        },
        resolve: (
          query: object,
          _root: unknown,
          { id: rawId, version, ...rest }: { id: string; version?: number | null } & U,
          ctx: Context,
        ) =>
          writeTx(ctx, async (tx, audit) => {
            const id = parseId(rawId);
            const before = await loadOr404(tx, model, id);
            const data = await update.data(rest as U, ctx, before, tx);
            if (spec.versioned) {
              const expected = version ?? before.version;
              const { count } = await txDelegate(tx, model).updateMany({
                where: { id, version: expected },
                data: { ...data, version: { increment: 1 } },
              });
              if (count === 0)
                throw conflict(
                  `${model} ${id} was changed by someone else (now version ${before.version}, you sent ${expected}); reload and try again`,
                );
            } else {
              await txDelegate(tx, model).update({ where: { id }, data });
            }
            const after = await txDelegate(tx, model).findUnique({ where: { id } });
            audit({ action: "update", entity: model, entityId: id, before, after });
            await audit.settle();
            return read(tx, query, id);
          }),
      });
    }
    if (spec.remove) {
      const { soft, authScopes, inUse } = spec.remove;
      const removable = async (tx: Tx, id: number, field: string) => {
        const before = await loadOr404(tx, model, id);
        const reason = await inUse?.(tx, id);
        if (reason) throw conflict(`${model} ${id} cannot be deleted: ${reason}`, field);
        return before;
      };
      fields[`delete${model}`] = anyT.prismaField({
        type: model,
        description: soft
          ? `Soft-delete a ${model}: it disappears from lists and metrics until restored.`
          : inUse
            ? `Delete a ${model} that nothing refers to any more (CONFLICT otherwise, saying why).`
            : `Delete a ${model} for good.`,
        authScopes,
        args: { id: t.arg.id({ required: true, description: "Which row." }) },
        resolve: (query: object, _root: unknown, args: { id: string }, ctx: Context) =>
          writeTx(ctx, async (tx, audit) => {
            const id = parseId(args.id);
            const before = await removable(tx, id, "id");
            if (soft) {
              await txDelegate(tx, model).update({
                where: { id },
                data: { deletedAt: new Date(), ...(spec.versioned ? { version: { increment: 1 } } : {}) },
              });
              audit({ action: "delete", entity: model, entityId: id, before });
              return read(tx, query, id);
            }
            const shown = await read(tx, query, id);
            await txDelegate(tx, model).delete({ where: { id } });
            audit({ action: "delete", entity: model, entityId: id, before });
            return shown;
          }),
      });
      fields[`deleteMany${model}s`] = t.int({
        description: `${soft ? "Soft-delete" : "Delete"} several ${model} rows in one transaction; returns how many. All or nothing${inUse ? ": one still in use fails the call" : ""}.`,
        authScopes: authScopes as never,
        args: { ids: t.arg.idList({ required: true, description: "Which rows (at most 100)." }) },
        resolve: (_root, args, ctx) =>
          writeTx(ctx, async (tx, audit) => {
            if (args.ids.length > 100) throw badInput("ids", "at most 100 per call");
            for (const raw of args.ids) {
              const id = parseId(raw, "ids");
              const before = await removable(tx, id, "ids");
              if (soft) await txDelegate(tx, model).update({ where: { id }, data: { deletedAt: new Date() } });
              else await txDelegate(tx, model).delete({ where: { id } });
              audit({ action: "delete", entity: model, entityId: id, before });
            }
            return args.ids.length;
          }),
      });
      if (soft) {
        fields[`restore${model}`] = anyT.prismaField({
          type: model,
          description: `Undo the soft delete of a ${model}.`,
          authScopes,
          args: { id: t.arg.id({ required: true, description: "Which row." }) },
          resolve: (query: object, _root: unknown, args: { id: string }, ctx: Context) =>
            writeTx(ctx, async (tx, audit) => {
              const id = parseId(args.id);
              const before = await loadOr404(tx, model, id);
              if (!before.deletedAt) throw badInput("id", `${model} ${id} is not deleted`);
              await txDelegate(tx, model).update({ where: { id }, data: { deletedAt: null } });
              audit({ action: "restore", entity: model, entityId: id, before });
              return read(tx, query, id);
            }),
        });
      }
    }
    return fields as never;
  });
}
