// Application settings (ADMIN only): small JSON values by key, e.g. churnTargetBand. Known keys are validated
// with their zod schema; other keys are accepted so new features can add settings. The key is the id, in
// the react-admin shape: AppSetting(id), allAppSettings, createAppSetting(id, value), updateAppSetting, deleteAppSetting.
import type { Prisma, AppSetting as Row } from "@churnstile/prisma";
import { ChurnTargetBand } from "@churnstile/prisma/reference-data";
import { z } from "zod";
import { adminOnly } from "../access.ts";
import { builder } from "../builder.ts";
import type { Context } from "../context.ts";
import { badInput, conflict, notFound } from "../errors.ts";
import { DEFAULT_PAGE_SIZE, ListMetadata, MAX_PAGE_SIZE } from "../lists.ts";
import { writeTx } from "../write.ts";

/** Settings the application reads, with the shape each must have. */
export const KNOWN_SETTINGS: Record<string, z.ZodType> = {
  churnTargetBand: ChurnTargetBand,
};

const key = z
  .string()
  .regex(/^[a-z][a-zA-Z0-9.]{1,63}$/, "must be 2-64 characters: a lower-case letter, then letters, digits or dots (e.g. churnTargetBand)");

function checkValue(k: string, value: unknown) {
  if (value === null || value === undefined) throw badInput("value", "must not be null");
  const schema = KNOWN_SETTINGS[k];
  if (!schema) return value;
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw badInput(["value", ...issue.path.map(String)].join("."), issue.message);
  }
  return parsed.data;
}

const AppSetting = builder.objectRef<Row>("AppSetting").implement({
  description: `A setting by key. Known keys: ${Object.keys(KNOWN_SETTINGS).join(", ")} (churnTargetBand: the healthy annual logo-churn band, default {"minAnnualPct":5,"maxAnnualPct":7}).`,
  fields: (t) => ({
    id: t.exposeID("key", { description: "The key (react-admin's id)." }),
    key: t.exposeString("key", { description: "The key." }),
    value: t.expose("value", { type: "JSON", description: "The value." }),
    updatedAt: t.expose("updatedAt", { type: "DateTime", description: "Last change." }),
  }),
});

const AppSettingFilter = builder.inputType("AppSettingFilter", {
  description: "Narrows the settings list.",
  fields: (t) => ({
    ids: t.idList({ description: "Only these keys." }),
    q: t.string({ description: "Text search in the key." }),
  }),
});

type Filter = { ids?: (string | number)[] | null; q?: string | null } | null | undefined;
const where = (f: Filter): Prisma.AppSettingWhereInput => ({
  ...(f?.ids ? { key: { in: f.ids.map(String) } } : {}),
  ...(f?.q ? { key: { contains: f.q, mode: "insensitive" } } : {}),
});

builder.queryFields((t) => {
  const listArgs = {
    page: t.arg.int({ description: "0-based page number." }),
    perPage: t.arg.int({ description: `Rows per page (default ${DEFAULT_PAGE_SIZE}, at most ${MAX_PAGE_SIZE}).` }),
    sortField: t.arg.string({ description: "id (the key, default) or updatedAt." }),
    sortOrder: t.arg.string({ description: "ASC (default) or DESC." }),
    filter: t.arg({ type: AppSettingFilter, description: "Which settings." }),
  };
  return {
    AppSetting: t.field({
      type: AppSetting,
      nullable: true,
      description: "One setting by key, or null.",
      authScopes: adminOnly,
      args: { id: t.arg.id({ required: true, description: "The key." }) },
      resolve: (_root, args, ctx) => ctx.prisma.appSetting.findUnique({ where: { key: String(args.id) } }),
    }),
    allAppSettings: t.field({
      type: [AppSetting],
      description: "A page of settings.",
      authScopes: adminOnly,
      args: listArgs,
      resolve: (_root, args, ctx) => {
        const field = !args.sortField || args.sortField === "id" || args.sortField === "key" ? "key" : args.sortField;
        if (field !== "key" && field !== "updatedAt")
          throw badInput("sortField", `cannot sort by "${args.sortField}"; use id or updatedAt`);
        const order = (args.sortOrder ?? "ASC").toLowerCase();
        if (order !== "asc" && order !== "desc") throw badInput("sortOrder", `"${args.sortOrder}" is not a sort order; use ASC or DESC`);
        const perPage = Math.min(Math.max(args.perPage ?? DEFAULT_PAGE_SIZE, 1), MAX_PAGE_SIZE);
        return ctx.prisma.appSetting.findMany({
          where: where(args.filter),
          orderBy: [{ [field]: order }, { key: order }],
          skip: Math.max(args.page ?? 0, 0) * perPage,
          take: perPage,
        });
      },
    }),
    _allAppSettingsMeta: t.field({
      type: ListMetadata,
      description: "How many settings match the filter.",
      authScopes: adminOnly,
      args: listArgs,
      resolve: async (_root, args, ctx) => ({ count: await ctx.prisma.appSetting.count({ where: where(args.filter) }) }),
    }),
  };
});

const write = (ctx: Context, rawKey: string | number, value: unknown, mode: "create" | "update") =>
  writeTx(ctx, async (tx, audit) => {
    const k = String(rawKey);
    const keyCheck = key.safeParse(k);
    if (!keyCheck.success) throw badInput("id", keyCheck.error.issues[0].message);
    const before = await tx.appSetting.findUnique({ where: { key: k } });
    if (mode === "create" && before) throw conflict(`setting ${k} already exists; use updateAppSetting`, "id");
    if (mode === "update" && !before) throw notFound("AppSetting", k);
    const json = checkValue(k, value) as Prisma.InputJsonValue;
    const after = await tx.appSetting.upsert({ where: { key: k }, create: { key: k, value: json }, update: { value: json } });
    audit({ action: mode, entity: "AppSetting", entityId: k, before, after });
    return after;
  });

builder.mutationFields((t) => ({
  createAppSetting: t.field({
    type: AppSetting,
    description: "Create a setting (CONFLICT if the key exists).",
    authScopes: adminOnly,
    args: {
      id: t.arg.id({ required: true, description: "The key." }),
      value: t.arg({ type: "JSON", required: true, description: "The value (known keys are validated)." }),
    },
    resolve: (_root, args, ctx) => write(ctx, args.id, args.value, "create"),
  }),
  updateAppSetting: t.field({
    type: AppSetting,
    description: "Replace a setting's value (NOT_FOUND if the key does not exist).",
    authScopes: adminOnly,
    args: {
      id: t.arg.id({ required: true, description: "The key." }),
      value: t.arg({ type: "JSON", required: true, description: "The new value (known keys are validated)." }),
    },
    resolve: (_root, args, ctx) => write(ctx, args.id, args.value, "update"),
  }),
  deleteAppSetting: t.field({
    type: AppSetting,
    description: "Delete a setting; the application falls back to its default.",
    authScopes: adminOnly,
    args: { id: t.arg.id({ required: true, description: "The key." }) },
    resolve: (_root, args, ctx) =>
      writeTx(ctx, async (tx, audit) => {
        const before = await tx.appSetting.findUnique({ where: { key: String(args.id) } });
        if (!before) throw notFound("AppSetting", args.id);
        await tx.appSetting.delete({ where: { key: before.key } });
        audit({ action: "delete", entity: "AppSetting", entityId: before.key, before });
        return before;
      }),
  }),
}));
