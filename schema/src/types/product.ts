// Products: the catalogue subscriptions are sold from ("more products per customer" predicts retention).
import type { Prisma } from "@churnstile/prisma";
import { z } from "zod";
import { adminOnly, canRead, canWrite } from "../access.ts";
import { builder } from "../builder.ts";
import { defineCrud, sent } from "../crud.ts";
import { between, eq, idsIn, search } from "../filters.ts";
import { defineList } from "../lists.ts";
import * as v from "../validators.ts";

builder.prismaObject("Product", {
  description: "A product or plan a customer can subscribe to.",
  fields: (t) => ({
    id: t.exposeID("id", { description: "Stable identifier." }),
    code: t.exposeString("code", { description: "Stable product code from billing (unique), e.g. CRM_PRO." }),
    name: t.exposeString("name", { description: "Display name." }),
    category: t.exposeString("category", { description: "Product family, e.g. core, add-on, service." }),
    priceMinor: t.exposeInt("priceMinor", { description: "List price per month in minor units (cents)." }),
    currency: t.exposeString("currency", { description: "ISO 4217 currency of priceMinor." }),
    active: t.exposeBoolean("active", { description: "Inactive products are kept for history but no longer sold." }),
    createdAt: t.expose("createdAt", { type: "DateTime", description: "When the product was added." }),
    subscriptionCount: t.relationCount("subscriptions", {
      description: "Subscriptions to this product that are active now (of customers not deleted).",
      where: () => ({
        customer: { deletedAt: null },
        OR: [{ endedAt: null }, { endedAt: { gt: new Date() } }],
        startedAt: { lte: new Date() },
      }),
    }),
  }),
});

const ProductFilter = builder.inputType("ProductFilter", {
  description: "Narrows a product list; all given conditions must hold.",
  fields: (t) => ({
    q: t.string({ description: "Text search in code, name and category." }),
    ids: t.idList({ description: "Only these ids." }),
    code: t.string({ description: "Only the product with this code." }),
    category: t.string({ description: "Only this category." }),
    active: t.boolean({ description: "Only active (true) or inactive (false) products." }),
    priceMin: t.int({ description: "List price at least this (minor units)." }),
    priceMax: t.int({ description: "List price at most this (minor units)." }),
  }),
});

defineList({
  model: "Product",
  plural: "Products",
  connection: "products",
  filter: ProductFilter,
  sortable: ["code", "name", "category", "priceMinor", "active", "createdAt"],
  authScopes: canRead,
  where: (f): Prisma.ProductWhereInput => ({
    ...idsIn(f?.ids),
    ...eq("code", f?.code),
    ...eq("category", f?.category),
    ...eq("active", f?.active),
    ...between("priceMinor", f?.priceMin, f?.priceMax),
    ...search(f?.q, ["code", "name", "category"]),
  }),
});

type MutationT = Parameters<NonNullable<Parameters<typeof defineCrud>[0]["create"]>["args"]>[0];
type ProductArgs = Partial<{ code: string; name: string; category: string; priceMinor: number; currency: string; active: boolean | null }>;

const code = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/, "must be 1-64 letters, digits, _, . or -");

const productArgs = (t: MutationT, required: boolean) => ({
  code: t.arg.string({ required, description: "Stable product code from billing (unique).", validate: code }),
  name: t.arg.string({ required, description: "Display name.", validate: v.name }),
  category: t.arg.string({ required, description: "Product family.", validate: v.name }),
  priceMinor: t.arg.int({ required, description: "List price per month in minor units (cents).", validate: v.minorUnits }),
  currency: t.arg.string({ description: "ISO 4217 currency (default USD).", validate: v.currency }),
  active: t.arg.boolean({ description: "Still sold (default true)." }),
});

const productData = (args: ProductArgs) => {
  const { active, ...rest } = sent(args);
  return { ...rest, ...(active != null ? { active } : {}) };
};

defineCrud<ProductArgs, ProductArgs>({
  model: "Product",
  authScopes: canWrite,
  create: { args: (t) => productArgs(t, true), data: (args) => productData(args) },
  update: { args: (t) => productArgs(t, false), data: (args) => productData(args) },
  remove: {
    authScopes: adminOnly,
    inUse: async (tx, id) => {
      const n = await tx.subscription.count({ where: { productId: id } });
      return n ? `${n} subscription(s) refer to it; set active: false to stop selling it instead` : null;
    },
  },
});
