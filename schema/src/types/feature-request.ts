// Feature requests: what customers asked for or left over. When one ships, shipFeature (a domain command)
// tells every churned, eligible customer who cited it. Here: the type, its list and plain CRUD.
import type { Prisma } from "@churnstile/prisma";
import { adminOnly, canRead, canWrite } from "../access.ts";
import { builder } from "../builder.ts";
import { defineCrud, sent } from "../crud.ts";
import { FeatureStatusEnum } from "../enums.ts";
import { badInput } from "../errors.ts";
import { eq, idsIn, range, search } from "../filters.ts";
import { defineList } from "../lists.ts";
import * as v from "../validators.ts";

/** Churn events that count a customer as lost over a feature: logo churn (not REVENUE) of a live customer. */
const lostOverFeature = { type: { not: "REVENUE" }, customer: { deletedAt: null } } satisfies Prisma.ChurnEventWhereInput;

builder.prismaObject("FeatureRequest", {
  description: "A feature customers asked for, or left because it was missing.",
  fields: (t) => ({
    id: t.exposeID("id", { description: "Stable identifier." }),
    title: t.exposeString("title", { description: "Short title (unique); fills {{feature.title}} in messages." }),
    description: t.exposeString("description", { nullable: true, description: "What is wanted." }),
    status: t.expose("status", { type: FeatureStatusEnum, description: "Roadmap status." }),
    shippedAt: t.expose("shippedAt", { type: "DateTime", nullable: true, description: "When it shipped." }),
    createdAt: t.expose("createdAt", { type: "DateTime", description: "When it was recorded." }),
    churnEventCount: t.relationCount("churnEvents", {
      description: "Churn events of any type (REVENUE downgrades included) that cite it.",
    }),
    churnedCustomerCount: t.int({
      description:
        "Distinct customers (soft-deleted excluded) who left citing this feature: a VOLUNTARY, INVOLUNTARY, COMPETITIVE or PASSIVE churn event names it. " +
        "Customers later won back still count: they left over it. Loaded with the feature row (no extra query).",
      select: { churnEvents: { where: lostOverFeature, select: { customerId: true } } },
      resolve: (feature) => new Set(feature.churnEvents.map((e) => e.customerId)).size,
    }),
    churnEvents: t.relation("churnEvents", {
      description: "Churn events that cite it, newest first.",
      args: { last: t.arg.int({ description: "Only the newest N (default 25, at most 100)." }) },
      query: (args) => ({
        where: { customer: { deletedAt: null } },
        orderBy: { effectiveAt: "desc" },
        take: Math.min(Math.max(args.last ?? 25, 1), 100),
      }),
    }),
  }),
});

const FeatureRequestFilter = builder.inputType("FeatureRequestFilter", {
  description: "Narrows a feature-request list; all given conditions must hold.",
  fields: (t) => ({
    q: t.string({ description: "Text search in title and description." }),
    ids: t.idList({ description: "Only these ids." }),
    status: t.field({ type: FeatureStatusEnum, description: "Only this status." }),
    shippedFrom: t.field({ type: "DateTime", description: "Shipped on or after this instant." }),
    shippedTo: t.field({ type: "DateTime", description: "Shipped before this instant." }),
    createdFrom: t.field({ type: "DateTime", description: "Recorded on or after this instant." }),
    createdTo: t.field({ type: "DateTime", description: "Recorded before this instant." }),
    citedByChurn: t.boolean({ description: "true: only features at least one churn event cites; false: only features none cites." }),
  }),
});

defineList({
  model: "FeatureRequest",
  plural: "FeatureRequests",
  connection: "featureRequests",
  filter: FeatureRequestFilter,
  sortable: ["title", "status", "shippedAt", "createdAt"],
  authScopes: canRead,
  where: (f): Prisma.FeatureRequestWhereInput => ({
    ...idsIn(f?.ids),
    ...eq("status", f?.status),
    ...range("shippedAt", f?.shippedFrom, f?.shippedTo),
    ...range("createdAt", f?.createdFrom, f?.createdTo),
    ...(f?.citedByChurn != null ? { churnEvents: f.citedByChurn ? { some: lostOverFeature } : { none: lostOverFeature } } : {}),
    ...search(f?.q, ["title", "description"]),
  }),
});

type FeatureArgs = Partial<{ title: string; description: string | null; status: "REQUESTED" | "PLANNED" | "SHIPPED" | null }>;
type MutationT = Parameters<NonNullable<Parameters<typeof defineCrud>[0]["create"]>["args"]>[0];

const featureArgs = (t: MutationT, required: boolean) => ({
  title: t.arg.string({ required, description: "Short title (unique).", validate: v.name }),
  description: t.arg.string({ description: "What is wanted.", validate: v.text(4000).nullable() }),
  status: t.arg({
    type: FeatureStatusEnum,
    description: "REQUESTED (default) or PLANNED; SHIPPED is set by shipFeature, which also tells the customers.",
  }),
});

function featureData(args: FeatureArgs, current: { status: string } | null) {
  const { status, ...rest } = sent(args);
  if (rest.title === null) throw badInput("title", "must not be null");
  if (status === "SHIPPED") throw badInput("status", "SHIPPED is set by shipFeature, which also tells the customers who left for it");
  if (status && current?.status === "SHIPPED") throw badInput("status", "the feature has shipped; its status cannot go back");
  return { ...rest, ...(status ? { status } : {}) };
}

defineCrud<FeatureArgs, FeatureArgs>({
  model: "FeatureRequest",
  authScopes: canWrite,
  create: { args: (t) => featureArgs(t, true), data: (args) => featureData(args, null) },
  update: {
    args: (t) => featureArgs(t, false),
    data: (args, _ctx, current) => featureData(args, current as unknown as { status: string }),
  },
  remove: { authScopes: adminOnly },
});
