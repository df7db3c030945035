// Offset lists in the shape ra-data-graphql-simple expects — X(id), allXs(page, perPage, sortField, sortOrder,
// filter), _allXsMeta(filter) { count } — defined once for every entity. Page size: default 25, at most 100.
import type PrismaTypes from "@churnstile/prisma/pothos-types";
import type { InputObjectRef } from "@pothos/core";
import { builder, type Types } from "./builder.ts";
import type { Context } from "./context.ts";
import { badInput } from "./errors.ts";

export const DEFAULT_PAGE_SIZE = 25;
export const MAX_PAGE_SIZE = 100;

export const ListMetadata = builder.objectRef<{ count: number }>("ListMetadata").implement({
  description: "Totals for an offset list (react-admin's `_allXMeta`).",
  fields: (t) => ({ count: t.exposeInt("count", { description: "Rows matching the filter, across all pages." }) }),
});

interface PageArgs {
  page?: number | null;
  perPage?: number | null;
  sortField?: string | null;
  sortOrder?: string | null;
}

/** skip/take/orderBy from ra-style arguments, with the sort field checked against what the entity allows. */
export function pageOf(args: PageArgs, sortable: readonly string[]) {
  const perPage = Math.min(Math.max(args.perPage ?? DEFAULT_PAGE_SIZE, 1), MAX_PAGE_SIZE);
  const page = Math.max(args.page ?? 0, 0);
  const field = args.sortField ?? "id";
  if (field !== "id" && !sortable.includes(field))
    throw badInput("sortField", `cannot sort by "${field}"; use id or one of ${sortable.join(", ")}`);
  const order = (args.sortOrder ?? "ASC").toLowerCase();
  if (order !== "asc" && order !== "desc") throw badInput("sortOrder", `"${args.sortOrder}" is not a sort order; use ASC or DESC`);
  return { skip: page * perPage, take: perPage, orderBy: [{ [field]: order }, ...(field === "id" ? [] : [{ id: order }])] };
}

type ModelName = keyof PrismaTypes;
type Delegate = {
  findMany: (a: object) => Promise<unknown[]>;
  findUnique: (a: object) => Promise<unknown>;
  count: (a: object) => Promise<number>;
};
export const delegateOf = (ctx: Context, model: ModelName) =>
  (ctx.prisma as unknown as Record<string, Delegate>)[model.charAt(0).toLowerCase() + model.slice(1)];

export interface ListSpec<F> {
  model: ModelName;
  plural: string; // allCustomers → "Customers"
  filter: InputObjectRef<Types, F>;
  /** Prisma `where` for a filter (validated; throw badInput for what cannot be served); async when it must look something up. */
  where: (filter: F | null | undefined, ctx: Context) => object | Promise<object>;
  sortable: readonly string[];
  authScopes: object;
  /** Name of the Relay connection field for tools, e.g. "customers"; omitted = none. */
  connection?: string;
}

/** Registers X(id), allXs and _allXsMeta for one Prisma model. */
export function defineList<F>(spec: ListSpec<F>) {
  const { model, plural, sortable } = spec;
  builder.queryFields((t) => {
    const pageArgs = {
      page: t.arg.int({ description: "0-based page number." }),
      perPage: t.arg.int({ description: `Rows per page (default ${DEFAULT_PAGE_SIZE}, at most ${MAX_PAGE_SIZE}).` }),
      sortField: t.arg.string({ description: `Field to sort by: id, ${sortable.join(", ")}.` }),
      sortOrder: t.arg.string({ description: "ASC (default) or DESC." }),
      filter: t.arg({ type: spec.filter as InputObjectRef<Types, unknown>, description: "Only rows matching every condition given." }),
    };
    // biome-ignore lint/suspicious/noExplicitAny: one definition serves every model; Pothos checks each at build time
    const anyT = t as any;
    return {
      [model]: anyT.prismaField({
        type: model,
        nullable: true,
        description: `One ${model} by id, or null.`,
        authScopes: spec.authScopes,
        args: { id: t.arg.id({ required: true, description: `The ${model} id.` }) },
        resolve: async (query: object, _root: unknown, args: { id: string }, ctx: Context) => {
          const id = Number(args.id);
          if (!Number.isSafeInteger(id)) throw badInput("id", `"${args.id}" is not a valid id`);
          return delegateOf(ctx, model).findUnique({ ...query, where: { ...(await spec.where(null, ctx)), id } });
        },
      }),
      [`all${plural}`]: anyT.prismaField({
        type: [model],
        description: `A page of ${model} rows matching the filter.`,
        authScopes: spec.authScopes,
        args: pageArgs,
        resolve: async (query: object, _root: unknown, args: PageArgs & { filter?: F }, ctx: Context) =>
          delegateOf(ctx, model).findMany({ ...query, where: await spec.where(args.filter, ctx), ...pageOf(args, sortable) }),
      }),
      [`_all${plural}Meta`]: t.field({
        type: ListMetadata,
        description: `How many ${model} rows match the filter.`,
        authScopes: spec.authScopes as never,
        args: pageArgs,
        resolve: async (_root, args, ctx) => ({
          count: await delegateOf(ctx, model).count({ where: await spec.where(args.filter as F, ctx) }),
        }),
      }),
      ...(spec.connection
        ? {
            [spec.connection]: anyT.prismaConnection(
              {
                type: model,
                cursor: "id",
                defaultSize: DEFAULT_PAGE_SIZE,
                maxSize: MAX_PAGE_SIZE,
                description: `${model} rows as a Relay connection (cursor pagination for tools), with totalCount.`,
                authScopes: spec.authScopes,
                args: {
                  filter: t.arg({
                    type: spec.filter as InputObjectRef<Types, unknown>,
                    description: "Only rows matching every condition given.",
                  }),
                  orderBy: t.arg.string({ description: `Sort field: id, ${sortable.join(", ")}; prefix with - for descending.` }),
                },
                totalCount: async (_conn: unknown, args: { filter?: F }, ctx: Context) =>
                  delegateOf(ctx, model).count({ where: await spec.where(args.filter, ctx) }),
                resolve: async (query: object, _root: unknown, args: { filter?: F; orderBy?: string }, ctx: Context) => {
                  const desc = args.orderBy?.startsWith("-");
                  const { orderBy } = pageOf({ sortField: args.orderBy?.replace(/^-/, ""), sortOrder: desc ? "DESC" : "ASC" }, sortable);
                  return delegateOf(ctx, model).findMany({ ...query, where: await spec.where(args.filter, ctx), orderBy });
                },
              },
              { description: `A page of ${model} rows.` },
              { description: `One ${model} and its cursor.` },
            ),
          }
        : {}),
    };
  });
}
