// API keys for tools and BI: scoped, expiring, stored hashed; the secret is shown once, at creation.
import { adminOnly } from "../access.ts";
import { newApiKeySecret } from "../auth.ts";
import { builder } from "../builder.ts";
import { parseId } from "../crud.ts";
import { badInput, notFound } from "../errors.ts";
import { defineList } from "../lists.ts";
import * as v from "../validators.ts";
import { writeTx } from "../write.ts";

export const ApiKeyScopeEnum = builder.enumType("ApiKeyScope", {
  description: "What an API key may do.",
  values: {
    READ: { value: "read", description: "Read every business entity." },
    WRITE: { value: "write", description: "Create and update business entities." },
    WRITE_CHURN: { value: "write:churn", description: "Log churn and run the churn commands only." },
    METRICS: { value: "metrics", description: "Read metrics (BI tools)." },
  },
});

builder.prismaObject("ApiKey", {
  description: "A key for a tool or BI client. Send `Authorization: Bearer csk_<prefix>_<secret>`.",
  fields: (t) => ({
    id: t.exposeID("id", { description: "Stable identifier." }),
    name: t.exposeString("name", { description: "What the key is for." }),
    prefix: t.exposeString("prefix", { description: "The public part of the key, to recognise it in logs." }),
    scopes: t.field({ type: [ApiKeyScopeEnum], description: "What the key may do.", resolve: (k) => k.scopes as never }),
    expiresAt: t.expose("expiresAt", {
      type: "DateTime",
      nullable: true,
      description: "After this instant the key is refused; null = never.",
    }),
    lastUsedAt: t.expose("lastUsedAt", { type: "DateTime", nullable: true, description: "Last request made with the key." }),
    revokedAt: t.expose("revokedAt", { type: "DateTime", nullable: true, description: "When it was revoked." }),
    createdAt: t.expose("createdAt", { type: "DateTime", description: "When it was created." }),
    createdBy: t.relation("createdBy", { nullable: true, description: "Who created it." }),
  }),
});

const ApiKeyFilter = builder.inputType("ApiKeyFilter", {
  description: "Narrows the API key list.",
  fields: (t) => ({
    ids: t.idList({ description: "Only these ids." }),
    revoked: t.boolean({ description: "Only revoked (true) or live (false) keys." }),
  }),
});

defineList({
  model: "ApiKey",
  plural: "ApiKeys",
  filter: ApiKeyFilter,
  sortable: ["name", "createdAt", "lastUsedAt", "expiresAt"],
  authScopes: adminOnly,
  where: (f) => ({
    ...(f?.ids ? { id: { in: f.ids.map(Number) } } : {}),
    ...(f?.revoked != null ? { revokedAt: f.revoked ? { not: null } : null } : {}),
  }),
});

const NewApiKey = builder.objectRef<{ id: number; secret: string }>("NewApiKey").implement({
  description: "A freshly created key. The secret is shown only here, once.",
  fields: (t) => ({
    secret: t.exposeString("secret", { description: "The full key to give the tool; it cannot be read again." }),
    apiKey: t.prismaField({
      type: "ApiKey",
      description: "The stored key.",
      resolve: (query, k, _a, ctx) => ctx.prisma.apiKey.findUniqueOrThrow({ ...query, where: { id: k.id } }),
    }),
  }),
});

builder.mutationFields((t) => ({
  createApiKey: t.field({
    type: NewApiKey,
    description: "Create an API key with the given scopes (ADMIN).",
    authScopes: adminOnly,
    args: {
      name: t.arg.string({ required: true, description: "What the key is for.", validate: v.name }),
      scopes: t.arg({ type: [ApiKeyScopeEnum], required: true, description: "What it may do (at least one)." }),
      expiresAt: t.arg({ type: "DateTime", description: "When it stops working (default: never)." }),
    },
    resolve: (_root, args, ctx) =>
      writeTx(ctx, async (tx, audit) => {
        if (args.scopes.length === 0) throw badInput("scopes", "give at least one scope");
        if (args.expiresAt && args.expiresAt <= new Date()) throw badInput("expiresAt", "must be in the future");
        const { prefix, secretHash, token } = newApiKeySecret();
        const createdById = ctx.actor?.kind === "user" ? ctx.actor.id : null;
        const key = await tx.apiKey.create({
          data: { name: args.name, scopes: [...new Set(args.scopes)], expiresAt: args.expiresAt, prefix, secretHash, createdById },
        });
        audit({ action: "create", entity: "ApiKey", entityId: key.id, after: { ...key, secretHash: undefined } });
        return { id: key.id, secret: token };
      }),
  }),
  revokeApiKey: t.prismaField({
    type: "ApiKey",
    description: "Revoke an API key at once (ADMIN).",
    authScopes: adminOnly,
    args: { id: t.arg.id({ required: true, description: "Which key." }) },
    resolve: (query, _root, args, ctx) =>
      writeTx(ctx, async (tx, audit) => {
        const id = parseId(args.id);
        const before = await tx.apiKey.findUnique({ where: { id } });
        if (!before) throw notFound("ApiKey", id);
        await tx.apiKey.update({ where: { id }, data: { revokedAt: before.revokedAt ?? new Date() } });
        audit({ action: "revoke", entity: "ApiKey", entityId: id, before: { ...before, secretHash: undefined } });
        return tx.apiKey.findUniqueOrThrow({ ...query, where: { id } });
      }),
  }),
}));
