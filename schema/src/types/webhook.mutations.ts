// Webhook subscription writes (ADMIN). Written by hand instead of with defineCrud so that the secret is
// generated here, shown once, and never copied into the audit log.
import { randomBytes } from "node:crypto";
import type { WebhookSubscription } from "@churnstile/prisma";
import { z } from "zod";
import { adminOnly } from "../access.ts";
import { builder } from "../builder.ts";
import type { Context } from "../context.ts";
import { parseId } from "../crud.ts";
import { badInput, notFound } from "../errors.ts";
import { type Tx, writeTx } from "../write.ts";
import { revealSecret, WEBHOOK_EVENTS } from "./webhook.ts";

const url = z.url({ protocol: /^https?$/, message: "must be an http or https URL" }).max(2000, "must be at most 2000 characters");
const events = z
  .array(z.enum(WEBHOOK_EVENTS, { message: `must be one of ${WEBHOOK_EVENTS.join(", ")}` }))
  .min(1, "must name at least one event")
  .transform((e) => [...new Set(e)]);

const newSecret = () => `whsec_${randomBytes(32).toString("base64url")}`;
const redacted = ({ secret: _secret, ...row }: WebhookSubscription) => row;

async function load(tx: Tx, rawId: string) {
  const id = parseId(rawId);
  const row = await tx.webhookSubscription.findUnique({ where: { id } });
  if (!row) throw notFound("WebhookSubscription", id);
  return row;
}

builder.mutationFields((t) => ({
  createWebhookSubscription: t.prismaField({
    type: "WebhookSubscription",
    description: "Subscribe a URL to events. The response's `secret` is the only time the signing secret is shown.",
    authScopes: adminOnly,
    args: {
      url: t.arg.string({ required: true, description: "The receiver's URL (http or https).", validate: url }),
      events: t.arg.stringList({ required: true, description: `Events to send: ${WEBHOOK_EVENTS.join(", ")}.`, validate: events }),
      active: t.arg.boolean({ description: "Send events now (default true)." }),
    },
    resolve: (query, _root, args, ctx: Context) =>
      writeTx(ctx, async (tx, audit) => {
        const row = await tx.webhookSubscription.create({
          data: { url: args.url, events: args.events, active: args.active ?? true, secret: newSecret() },
        });
        audit({ action: "create", entity: "WebhookSubscription", entityId: row.id, after: redacted(row) });
        const shown = await tx.webhookSubscription.findUniqueOrThrow({ ...query, where: { id: row.id } });
        revealSecret.add(shown);
        return shown;
      }),
  }),
  updateWebhookSubscription: t.prismaField({
    type: "WebhookSubscription",
    description:
      "Change a subscription's URL, events or active flag; only the arguments you send change. The secret stays (see rotateWebhookSecret).",
    authScopes: adminOnly,
    args: {
      id: t.arg.id({ required: true, description: "Which subscription." }),
      url: t.arg.string({ description: "The receiver's URL.", validate: url }),
      events: t.arg.stringList({ description: "Events to send.", validate: events }),
      active: t.arg.boolean({ description: "Send events." }),
    },
    resolve: (query, _root, args, ctx: Context) =>
      writeTx(ctx, async (tx, audit) => {
        const before = await load(tx, args.id);
        if (args.url === null) throw badInput("url", "must not be null");
        if (args.events === null) throw badInput("events", "must not be null");
        const after = await tx.webhookSubscription.update({
          where: { id: before.id },
          data: {
            ...(args.url ? { url: args.url } : {}),
            ...(args.events ? { events: args.events } : {}),
            ...(args.active != null ? { active: args.active } : {}),
          },
        });
        audit({ action: "update", entity: "WebhookSubscription", entityId: before.id, before: redacted(before), after: redacted(after) });
        return tx.webhookSubscription.findUniqueOrThrow({ ...query, where: { id: before.id } });
      }),
  }),
  rotateWebhookSecret: t.prismaField({
    type: "WebhookSubscription",
    description: "Replace the signing secret; the response's `secret` shows the new one, once. Deliveries from now on use it.",
    authScopes: adminOnly,
    args: { id: t.arg.id({ required: true, description: "Which subscription." }) },
    resolve: (query, _root, args, ctx: Context) =>
      writeTx(ctx, async (tx, audit) => {
        const before = await load(tx, args.id);
        await tx.webhookSubscription.update({ where: { id: before.id }, data: { secret: newSecret() } });
        audit({ action: "rotateSecret", entity: "WebhookSubscription", entityId: before.id });
        const shown = await tx.webhookSubscription.findUniqueOrThrow({ ...query, where: { id: before.id } });
        revealSecret.add(shown);
        return shown;
      }),
  }),
  deleteWebhookSubscription: t.prismaField({
    type: "WebhookSubscription",
    description: "Delete a subscription and its delivery history for good.",
    authScopes: adminOnly,
    args: { id: t.arg.id({ required: true, description: "Which subscription." }) },
    resolve: (query, _root, args, ctx: Context) =>
      writeTx(ctx, async (tx, audit) => {
        const before = await load(tx, args.id);
        const shown = await tx.webhookSubscription.findUniqueOrThrow({ ...query, where: { id: before.id } });
        await tx.webhookSubscription.delete({ where: { id: before.id } });
        audit({ action: "delete", entity: "WebhookSubscription", entityId: before.id, before: redacted(before) });
        return shown;
      }),
  }),
}));
