// Support tickets: volume, complaints and response times feed the health score.
import { canRead } from "../access.ts";
import { builder } from "../builder.ts";
import { TicketChannelEnum, TicketKindEnum, TicketPriorityEnum, TicketStatusEnum } from "../enums.ts";
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
  }),
});

const TicketFilter = builder.inputType("TicketFilter", {
  description: "Narrows a ticket list; all given conditions must hold.",
  fields: (t) => ({
    ids: t.idList({ description: "Only these ids." }),
    customerId: t.id({ description: "Only this customer's tickets." }),
    kind: t.field({ type: TicketKindEnum, description: "Only this kind." }),
    status: t.field({ type: TicketStatusEnum, description: "Only this status." }),
  }),
});

defineList({
  model: "Ticket",
  plural: "Tickets",
  filter: TicketFilter,
  sortable: ["openedAt", "status", "priority", "kind", "channel", "topic"],
  authScopes: canRead,
  where: (f) => ({
    customer: { deletedAt: null },
    ...(f?.ids ? { id: { in: f.ids.map(Number) } } : {}),
    ...(f?.customerId ? { customerId: Number(f.customerId) } : {}),
    ...(f?.kind ? { kind: f.kind } : {}),
    ...(f?.status ? { status: f.status } : {}),
  }),
});
