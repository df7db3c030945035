// Support tickets: volume, complaints and response times feed the health score.
import type { Prisma } from "@churnstile/prisma";
import { canRead } from "../access.ts";
import { builder } from "../builder.ts";
import { TicketChannelEnum, TicketKindEnum, TicketPriorityEnum, TicketStatusEnum } from "../enums.ts";
import { between, eq, fk, idsIn, liveCustomer, oneOf, range, search } from "../filters.ts";
import { defineList } from "../lists.ts";

builder.prismaObject("Ticket", {
  description: "A support ticket.",
  fields: (t) => ({
    id: t.exposeID("id", { description: "Stable identifier." }),
    customer: t.relation("customer", { description: "Who raised it." }),
    kind: t.expose("kind", { type: TicketKindEnum, description: "What it is about." }),
    channel: t.expose("channel", { type: TicketChannelEnum, description: "Where it came in." }),
    topic: t.exposeString("topic", { description: "Topic, e.g. billing, login, performance." }),
    subject: t.exposeString("subject", { description: "Subject line." }),
    status: t.expose("status", { type: TicketStatusEnum, description: "Where it stands." }),
    priority: t.expose("priority", { type: TicketPriorityEnum, description: "How urgent it is." }),
    openedAt: t.expose("openedAt", { type: "DateTime", description: "When it was opened." }),
    firstResponseAt: t.expose("firstResponseAt", { type: "DateTime", nullable: true, description: "First answer from support." }),
    resolvedAt: t.expose("resolvedAt", { type: "DateTime", nullable: true, description: "When it was resolved." }),
    csat: t.exposeInt("csat", { nullable: true, description: "Customer satisfaction after resolution, 1-5." }),
    assignee: t.relation("assignee", { nullable: true, description: "The support agent working it." }),
  }),
});

const TicketFilter = builder.inputType("TicketFilter", {
  description: "Narrows a ticket list; all given conditions must hold.",
  fields: (t) => ({
    q: t.string({ description: "Text search in subject and topic." }),
    ids: t.idList({ description: "Only these ids." }),
    customerId: t.id({ description: "Only this customer's tickets." }),
    assigneeId: t.id({ description: "Only tickets assigned to this user." }),
    kind: t.field({ type: TicketKindEnum, description: "Only this kind." }),
    status: t.field({ type: TicketStatusEnum, description: "Only this status." }),
    statuses: t.field({ type: [TicketStatusEnum], description: "Only these statuses (e.g. OPEN and PENDING for the open queue)." }),
    channel: t.field({ type: TicketChannelEnum, description: "Only tickets that came in on this channel." }),
    topic: t.string({ description: "Only this topic (exact, case-insensitive)." }),
    priority: t.field({ type: TicketPriorityEnum, description: "Only this priority." }),
    openedFrom: t.field({ type: "DateTime", description: "Opened on or after this instant." }),
    openedTo: t.field({ type: "DateTime", description: "Opened before this instant." }),
    csatMin: t.int({ description: "CSAT at least this (1-5)." }),
    csatMax: t.int({ description: "CSAT at most this (1-5), e.g. 2 for unhappy customers." }),
  }),
});

defineList({
  model: "Ticket",
  plural: "Tickets",
  connection: "tickets",
  filter: TicketFilter,
  sortable: ["openedAt", "status", "priority", "kind", "channel", "topic", "resolvedAt", "csat", "customerId"],
  authScopes: canRead,
  where: (f): Prisma.TicketWhereInput => ({
    ...liveCustomer,
    ...idsIn(f?.ids),
    ...fk("customerId", f?.customerId),
    ...fk("assigneeId", f?.assigneeId),
    ...eq("kind", f?.kind),
    ...oneOf("status", f?.status, f?.statuses),
    ...eq("channel", f?.channel),
    ...(f?.topic ? { topic: { equals: f.topic.trim(), mode: "insensitive" as const } } : {}),
    ...eq("priority", f?.priority),
    ...range("openedAt", f?.openedFrom, f?.openedTo),
    ...between("csat", f?.csatMin, f?.csatMax),
    ...search(f?.q, ["subject", "topic"]),
  }),
});
