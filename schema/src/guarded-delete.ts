// deleteX / deleteManyXs for rows that other rows still point at with ON DELETE RESTRICT (a product with
// subscriptions, a survey version with responses). The database would refuse with a foreign-key error that
// names the wrong field (or, on PGlite, an unmapped code); the guard names the reason and the way out instead.
// Same shape and rules as defineCrud's remove: one audited transaction, deleteMany all or nothing.
import { builder } from "./builder.ts";
import type { Context } from "./context.ts";
import { parseId } from "./crud.ts";
import { badInput, conflict, notFound } from "./errors.ts";
import { type Tx, writeTx } from "./write.ts";

type Model = "Product" | "ExitSurveyTemplate";
type Delegate = {
  findUnique: (a: object) => Promise<{ id: number } | null>;
  findUniqueOrThrow: (a: object) => Promise<unknown>;
  delete: (a: object) => Promise<unknown>;
};
const delegate = (tx: Tx, model: Model) => (tx as unknown as Record<string, Delegate>)[model.charAt(0).toLowerCase() + model.slice(1)];

export interface GuardedDeleteSpec {
  model: Model;
  authScopes: object;
  /** Why the row cannot go (e.g. "it has 3 subscriptions; set active: false instead"), or null when it can. */
  inUse: (tx: Tx, id: number) => Promise<string | null>;
}

export function defineGuardedDelete({ model, authScopes, inUse }: GuardedDeleteSpec) {
  const remove = async (tx: Tx, id: number, field: string) => {
    const before = await delegate(tx, model).findUnique({ where: { id } });
    if (!before) throw notFound(model, id);
    const reason = await inUse(tx, id);
    if (reason) throw conflict(`${model} ${id} cannot be deleted: ${reason}`, field);
    return before;
  };
  builder.mutationFields((t) => ({
    [`delete${model}`]: t.prismaField({
      type: model,
      description: `Delete a ${model} that nothing refers to any more (CONFLICT otherwise, saying why).`,
      authScopes: authScopes as never,
      args: { id: t.arg.id({ required: true, description: "Which row." }) },
      resolve: (query: object, _root: unknown, args: { id: string }, ctx: Context) =>
        writeTx(ctx, async (tx, audit) => {
          const id = parseId(args.id);
          const before = await remove(tx, id, "id");
          const shown = await delegate(tx, model).findUniqueOrThrow({ ...query, where: { id } });
          await delegate(tx, model).delete({ where: { id } });
          audit({ action: "delete", entity: model, entityId: id, before });
          return shown;
        }),
    } as never),
    [`deleteMany${model}s`]: t.int({
      description: `Delete several ${model} rows in one transaction; returns how many. All or nothing: one still in use fails the call.`,
      authScopes: authScopes as never,
      args: { ids: t.arg.idList({ required: true, description: "Which rows (at most 100)." }) },
      resolve: (_root, args, ctx) =>
        writeTx(ctx, async (tx, audit) => {
          if (args.ids.length > 100) throw badInput("ids", "at most 100 per call");
          for (const raw of args.ids) {
            const id = parseId(raw, "ids");
            const before = await remove(tx, id, "ids");
            await delegate(tx, model).delete({ where: { id } });
            audit({ action: "delete", entity: model, entityId: id, before });
          }
          return args.ids.length;
        }),
    }),
  }));
}
