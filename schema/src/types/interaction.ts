// Interactions: calls, e-mails, meetings and chats with a customer. "Long time since the last interaction"
// is an early-warning signal, so recording one also moves Customer.lastInteractionAt forward.
import type { Prisma } from "@churnstile/prisma";
import { z } from "zod";
import { adminOnly, canRead, canWrite } from "../access.ts";
import { builder } from "../builder.ts";
import type { Context } from "../context.ts";
import { defineCrud, sent } from "../crud.ts";
import { InteractionKindEnum } from "../enums.ts";
import { eq, fk, idsIn, liveCustomer, liveCustomerId, optionalFk, range, search } from "../filters.ts";
import { defineList } from "../lists.ts";
import * as v from "../validators.ts";
import type { Tx } from "../write.ts";

builder.prismaObject("Interaction", {
  description: "One contact between staff and a customer.",
  fields: (t) => ({
    id: t.exposeID("id", { description: "Stable identifier." }),
    customer: t.relation("customer", { description: "Who was contacted (or got in touch)." }),
    kind: t.expose("kind", { type: InteractionKindEnum, description: "Call, e-mail, meeting or chat." }),
    inbound: t.exposeBoolean("inbound", { description: "true when the customer got in touch; false when staff reached out." }),
    summary: t.exposeString("summary", { description: "What was said or agreed." }),
    occurredAt: t.expose("occurredAt", { type: "DateTime", description: "When it happened." }),
    user: t.relation("user", { nullable: true, description: "The staff member involved." }),
  }),
});

const InteractionFilter = builder.inputType("InteractionFilter", {
  description: "Narrows an interaction list; all given conditions must hold.",
  fields: (t) => ({
    q: t.string({ description: "Text search in the summary." }),
    ids: t.idList({ description: "Only these ids." }),
    customerId: t.id({ description: "Only this customer's interactions." }),
    userId: t.id({ description: "Only interactions of this staff member." }),
    kind: t.field({ type: InteractionKindEnum, description: "Only this kind." }),
    inbound: t.boolean({ description: "Only inbound (true) or outbound (false)." }),
    occurredFrom: t.field({ type: "DateTime", description: "Happened on or after this instant." }),
    occurredTo: t.field({ type: "DateTime", description: "Happened before this instant." }),
  }),
});

defineList({
  model: "Interaction",
  plural: "Interactions",
  connection: "interactions",
  filter: InteractionFilter,
  sortable: ["occurredAt", "kind", "inbound", "customerId", "userId"],
  authScopes: canRead,
  where: (f): Prisma.InteractionWhereInput => ({
    ...liveCustomer,
    ...idsIn(f?.ids),
    ...fk("customerId", f?.customerId),
    ...fk("userId", f?.userId),
    ...eq("kind", f?.kind),
    ...eq("inbound", f?.inbound),
    ...range("occurredAt", f?.occurredFrom, f?.occurredTo),
    ...search(f?.q, ["summary"]),
  }),
});

type MutationT = Parameters<NonNullable<Parameters<typeof defineCrud>[0]["create"]>["args"]>[0];
type InteractionArgs = Partial<{
  customerId: string;
  kind: Prisma.InteractionCreateInput["kind"];
  inbound: boolean | null;
  summary: string;
  occurredAt: Date | null;
  userId: string | null;
}>;

const notInFuture = z.date().refine((d) => d.getTime() <= Date.now() + 5 * 60_000, "must not be in the future");
const interactionArgs = (t: MutationT, required: boolean) => ({
  kind: t.arg({ type: InteractionKindEnum, required, description: "Call, e-mail, meeting or chat." }),
  inbound: t.arg.boolean({ description: "true when the customer got in touch (default false)." }),
  summary: t.arg.string({
    required,
    description: "What was said or agreed (1-4000 characters).",
    validate: v.text(4000).min(1, "must not be empty"),
  }),
  occurredAt: t.arg({ type: "DateTime", description: "When it happened (default now; not in the future).", validate: notInFuture }),
  userId: t.arg.id({ description: "Staff member involved (default: you, when logged in as staff)." }),
});

/** Keeps the customer's lastInteractionAt at the latest interaction (never moves it back). */
async function touchCustomer(tx: Tx, customerId: number, at: Date) {
  await tx.customer.updateMany({
    where: { id: customerId, OR: [{ lastInteractionAt: null }, { lastInteractionAt: { lt: at } }] },
    data: { lastInteractionAt: at },
  });
}

function interactionData(args: InteractionArgs, ctx: Context | null) {
  const { customerId: _c, userId, inbound, occurredAt, ...rest } = sent(args);
  const user = optionalFk(userId, "userId");
  return {
    ...rest,
    ...(inbound != null ? { inbound } : {}),
    ...(occurredAt ? { occurredAt } : {}),
    ...(user !== undefined ? { userId: user } : ctx?.actor?.kind === "user" ? { userId: ctx.actor.id } : {}),
  };
}

defineCrud<InteractionArgs, InteractionArgs>({
  model: "Interaction",
  authScopes: canWrite,
  create: {
    args: (t) => ({ customerId: t.arg.id({ required: true, description: "Which customer." }), ...interactionArgs(t, true) }),
    data: async (args, ctx, tx) => {
      const customerId = await liveCustomerId(tx, args.customerId as string);
      const data = { occurredAt: new Date(), ...interactionData(args, ctx), customerId };
      await touchCustomer(tx, customerId, data.occurredAt);
      return data;
    },
  },
  update: {
    args: (t) => interactionArgs(t, false),
    data: async (args, _ctx, current, tx) => {
      const data = interactionData(args, null);
      if (data.occurredAt) await touchCustomer(tx, (current as unknown as { customerId: number }).customerId, data.occurredAt);
      return data;
    },
  },
  remove: { authScopes: adminOnly },
});
