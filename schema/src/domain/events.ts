// Webhook events as an outbox: a command queues one PENDING delivery per active subscription to the event, in
// its own transaction, so an event is sent if and only if the command committed. Delivery is the worker's job.
import { Prisma } from "@churnstile/prisma";
import type { WEBHOOK_EVENTS } from "../types/webhook.ts";
import type { Tx } from "./command.ts";

export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];

/** One INSERT ... SELECT, however many subscriptions listen. */
export async function emit(tx: Tx, event: WebhookEvent, payload: Record<string, unknown>) {
  const now = new Date(); // stored as UTC like every Prisma write, whatever the session time zone
  const body = JSON.stringify({ event, at: now.toISOString(), ...payload });
  await tx.$executeRaw(Prisma.sql`
    INSERT INTO "WebhookDelivery" ("subscriptionId", event, payload, "nextAttemptAt", "createdAt")
    SELECT s.id, ${event}, ${body}::jsonb, ${now}::timestamp(3), ${now}::timestamp(3)
    FROM "WebhookSubscription" s WHERE s.active AND ${event} = ANY (s.events)`);
}
