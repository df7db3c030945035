// Segments: groups of customers by purchase history, engagement, geography, plan, satisfaction or exit-survey
// reason. DYNAMIC ones are a rule (see ../segment-rule.ts); STATIC ones are a hand-kept member list.
import type { Prisma } from "@churnstile/prisma";
import { canRead } from "../access.ts";
import { builder } from "../builder.ts";
import { SegmentKindEnum } from "../enums.ts";
import { eq, idsIn, search } from "../filters.ts";
import { DEFAULT_PAGE_SIZE, defineList, MAX_PAGE_SIZE } from "../lists.ts";
import { segmentMembersWhere } from "../segment-rule.ts";

builder.prismaObject("Segment", {
  description: "A named group of customers, kept by a rule (DYNAMIC) or by hand (STATIC).",
  fields: (t) => ({
    id: t.exposeID("id", { description: "Stable identifier." }),
    name: t.exposeString("name", { description: "Unique name." }),
    description: t.exposeString("description", { nullable: true, description: "What the segment is for." }),
    kind: t.expose("kind", { type: SegmentKindEnum, description: "How members are decided." }),
    rule: t.expose("rule", {
      type: "JSON",
      nullable: true,
      description:
        'DYNAMIC only: the filter tree over customer fields, e.g. {"and":[{"country":["TR"]},{"or":[{"plan":["STARTER"]},{"healthScore":{"max":40}}]}]}. ' +
        "Keys: and, or (nested rules), country, plan, status, satisfaction, industry (lists), healthScore and mrrMinor ({min,max}, inclusive), " +
        "signedUpAt ({from,to}, half-open), churnReason (reason codes given in completed exit surveys). Several keys in one node must all hold.",
    }),
    createdAt: t.expose("createdAt", { type: "DateTime", description: "When it was created." }),
    updatedAt: t.expose("updatedAt", { type: "DateTime", description: "Last change to name, description or rule." }),
    version: t.exposeInt("version", { description: "Increments on every update; send it back to update (optimistic locking)." }),
    memberCount: t.int({
      description:
        "Customers in the segment now, soft-deleted ones excluded. STATIC: counted with the segment row; DYNAMIC: one count query for this segment.",
      select: { _count: { select: { members: { where: { customer: { deletedAt: null } } } } } },
      resolve: (segment, _args, ctx) =>
        segment.kind === "STATIC" ? segment._count.members : ctx.prisma.customer.count({ where: segmentMembersWhere(segment) }),
    }),
    members: t.prismaConnection(
      {
        type: "Customer",
        cursor: "id",
        defaultSize: DEFAULT_PAGE_SIZE,
        maxSize: MAX_PAGE_SIZE,
        description:
          "The customers in the segment now (rule matches for DYNAMIC, member rows for STATIC), by id. One query per segment asked: read it for one segment at a time.",
        totalCount: (segment, _args, ctx) => ctx.prisma.customer.count({ where: segmentMembersWhere(segment) }),
        resolve: (query, segment, _args, ctx) =>
          ctx.prisma.customer.findMany({ ...query, where: segmentMembersWhere(segment), orderBy: { id: "asc" } }),
      },
      { description: "A page of a segment's customers." },
      { description: "One customer of the segment and its cursor." },
    ),
    memberships: t.relation("members", {
      description: "STATIC only: the member rows with when each customer was added, newest first.",
      args: { last: t.arg.int({ description: `Only the newest N (default ${DEFAULT_PAGE_SIZE}, at most ${MAX_PAGE_SIZE}).` }) },
      query: (args) => ({
        where: { customer: { deletedAt: null } },
        orderBy: [{ addedAt: "desc" }, { customerId: "asc" }],
        take: Math.min(Math.max(args.last ?? DEFAULT_PAGE_SIZE, 1), MAX_PAGE_SIZE),
      }),
    }),
  }),
});

builder.prismaObject("SegmentMember", {
  description: "A customer's membership of a STATIC segment.",
  fields: (t) => ({
    segment: t.relation("segment", { description: "The segment." }),
    customer: t.relation("customer", { description: "The member." }),
    addedAt: t.expose("addedAt", { type: "DateTime", description: "When the customer was added." }),
  }),
});

const SegmentFilter = builder.inputType("SegmentFilter", {
  description: "Narrows a segment list; all given conditions must hold.",
  fields: (t) => ({
    q: t.string({ description: "Text search in name and description." }),
    ids: t.idList({ description: "Only these ids." }),
    kind: t.field({ type: SegmentKindEnum, description: "Only DYNAMIC or only STATIC segments." }),
    name: t.string({ description: "Only the segment with exactly this name." }),
  }),
});

defineList({
  model: "Segment",
  plural: "Segments",
  connection: "segments",
  filter: SegmentFilter,
  sortable: ["name", "kind", "createdAt", "updatedAt"],
  authScopes: canRead,
  where: (f): Prisma.SegmentWhereInput => ({
    ...idsIn(f?.ids),
    ...eq("kind", f?.kind),
    ...eq("name", f?.name),
    ...search(f?.q, ["name", "description"]),
  }),
});
