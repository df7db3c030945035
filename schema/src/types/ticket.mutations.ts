// Ticket writes for the support-desk sync and the console: create, update (status moves keep resolvedAt
// right), delete (ADMIN). Tickets are not versioned in the data model, so the last write wins.
import type { Prisma } from "@churnstile/prisma";
import { z } from "zod";
import { adminOnly, canWrite } from "../access.ts";
import { defineCrud, sent } from "../crud.ts";
import { TicketChannelEnum, TicketKindEnum, TicketPriorityEnum, TicketStatusEnum } from "../enums.ts";
import { badInput } from "../errors.ts";
import { liveCustomerId, optionalFk } from "../filters.ts";
import * as v from "../validators.ts";

type MutationT = Parameters<NonNullable<Parameters<typeof defineCrud>[0]["create"]>["args"]>[0];
type TicketArgs = Partial<{
  customerId: string;
  kind: Prisma.TicketCreateInput["kind"];
  channel: Prisma.TicketCreateInput["channel"];
  topic: string;
  subject: string;
  status: Prisma.TicketCreateInput["status"] | null;
  priority: Prisma.TicketCreateInput["priority"] | null;
  openedAt: Date | null;
  firstResponseAt: Date | null;
  resolvedAt: Date | null;
  csat: number | null;
  assigneeId: string | null;
}>;
type TicketRow = { openedAt: Date; firstResponseAt: Date | null; resolvedAt: Date | null; status: string };

const topic = z.string().trim().min(1, "must not be empty").max(100, "must be at most 100 characters").toLowerCase();
const csat = z.number().int("must be a whole number").min(1, "must be 1 to 5").max(5, "must be 1 to 5").nullable();

const ticketArgs = (t: MutationT, required: boolean) => ({
  kind: t.arg({ type: TicketKindEnum, required, description: "What it is about." }),
  channel: t.arg({ type: TicketChannelEnum, required, description: "Where it came in." }),
  topic: t.arg.string({ required, description: "Topic, e.g. billing, login, performance (stored lower-case).", validate: topic }),
  subject: t.arg.string({ required, description: "Subject line.", validate: v.text(300).min(1, "must not be empty") }),
  status: t.arg({
    type: TicketStatusEnum,
    description: "Where it stands (default OPEN). RESOLVED/CLOSED set resolvedAt; OPEN/PENDING clear it.",
  }),
  priority: t.arg({ type: TicketPriorityEnum, description: "How urgent (default NORMAL)." }),
  openedAt: t.arg({ type: "DateTime", description: "When it was opened (default now)." }),
  firstResponseAt: t.arg({ type: "DateTime", description: "First answer from support (not before openedAt)." }),
  resolvedAt: t.arg({ type: "DateTime", description: "When it was resolved (not before openedAt; default now on RESOLVED/CLOSED)." }),
  csat: t.arg.int({ description: "Customer satisfaction after resolution, 1-5.", validate: csat }),
  assigneeId: t.arg.id({ description: "The support agent working it; null to unassign." }),
});

function ticketData(args: TicketArgs, current: TicketRow | null) {
  for (const k of ["kind", "channel"] as const) if (args[k] === null) throw badInput(k, "must not be null");
  const { customerId: _c, assigneeId, status, priority, openedAt, ...rest } = sent(args);
  const data: Record<string, unknown> = { ...rest };
  if (status) data.status = status;
  if (priority) data.priority = priority;
  if (openedAt) data.openedAt = openedAt;
  const assignee = optionalFk(assigneeId, "assigneeId");
  if (assignee !== undefined) data.assigneeId = assignee;
  const newStatus = status ?? current?.status ?? "OPEN";
  const closed = newStatus === "RESOLVED" || newStatus === "CLOSED";
  if (closed && args.resolvedAt === undefined && !current?.resolvedAt) data.resolvedAt = new Date();
  if (!closed && status && args.resolvedAt === undefined) data.resolvedAt = null; // reopened
  if (!closed && data.resolvedAt) throw badInput("resolvedAt", `cannot be set while the ticket is ${newStatus}`);
  const opened = (data.openedAt as Date | undefined) ?? current?.openedAt ?? new Date();
  for (const field of ["firstResponseAt", "resolvedAt"] as const) {
    const at = (data[field] as Date | null | undefined) ?? (data[field] === null ? null : current?.[field]);
    if (at && at < opened) throw badInput(field, "must not be before openedAt");
  }
  return data;
}

defineCrud<TicketArgs, TicketArgs>({
  model: "Ticket",
  authScopes: canWrite,
  create: {
    args: (t) => ({ customerId: t.arg.id({ required: true, description: "Who raised it." }), ...ticketArgs(t, true) }),
    data: async (args, _ctx, tx) => ({
      openedAt: new Date(),
      ...ticketData(args, null),
      customerId: await liveCustomerId(tx, args.customerId as string),
    }),
  },
  update: {
    args: (t) => ticketArgs(t, false),
    data: (args, _ctx, current) => ticketData(args, current as unknown as TicketRow),
  },
  remove: { authScopes: adminOnly },
});
