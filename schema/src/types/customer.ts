// Customers: the Customer type and its lists.
import type { Prisma } from "@churnstile/prisma";
import { canRead } from "../access.ts";
import { builder } from "../builder.ts";
import { parseId } from "../crud.ts";
import { CustomerStatusEnum, PlanEnum, SatisfactionEnum } from "../enums.ts";
import { between, fk } from "../filters.ts";
import { defineList } from "../lists.ts";
import { customerWhereForSegment } from "../segment-rule.ts";

builder.prismaObject("Customer", {
  description: "A paying (or formerly paying) customer account.",
  fields: (t) => ({
    id: t.exposeID("id", { description: "Stable identifier." }),
    externalId: t.exposeString("externalId", { description: "The customer's id in the billing or CRM system (unique)." }),
    name: t.exposeString("name", { description: "Contact name." }),
    email: t.exposeString("email", { nullable: true, description: "Contact e-mail." }),
    company: t.exposeString("company", { nullable: true, description: "Company name." }),
    country: t.exposeString("country", { description: "ISO 3166-1 alpha-2 country code." }),
    city: t.exposeString("city", { nullable: true, description: "City." }),
    industry: t.exposeString("industry", { nullable: true, description: "Industry (vertical)." }),
    plan: t.expose("plan", { type: PlanEnum, description: "Plan tier." }),
    mrrMinor: t.exposeInt("mrrMinor", {
      description: "Monthly recurring revenue in minor units (cents), the sum of active subscriptions.",
    }),
    currency: t.exposeString("currency", { description: "ISO 4217 currency of mrrMinor." }),
    status: t.expose("status", { type: CustomerStatusEnum, description: "Where the customer stands." }),
    satisfaction: t.expose("satisfaction", { type: SatisfactionEnum, nullable: true, description: "Latest stated satisfaction." }),
    signedUpAt: t.expose("signedUpAt", { type: "DateTime", description: "When the customer signed up (their cohort)." }),
    lastInteractionAt: t.expose("lastInteractionAt", {
      type: "DateTime",
      nullable: true,
      description: "Last call, e-mail, meeting or chat.",
    }),
    locale: t.exposeString("locale", { description: "Language for messages and surveys (en, fa, ar, ru, tr)." }),
    healthScore: t.exposeInt("healthScore", {
      nullable: true,
      description: "0-100; lower means more likely to churn. Null until computed.",
    }),
    deletedAt: t.expose("deletedAt", { type: "DateTime", nullable: true, description: "Set when soft-deleted." }),
    version: t.exposeInt("version", { description: "Increments on every update; send it back to update (optimistic locking)." }),
    owner: t.relation("owner", { nullable: true, description: "The staff member who owns the account." }),
    tickets: t.relation("tickets", {
      description: "Support tickets, newest first.",
      args: { last: t.arg.int({ description: "Only the newest N (at most 100)." }) },
      query: (args) => ({ orderBy: { openedAt: "desc" }, take: Math.min(args.last ?? 100, 100) }),
    }),
    churnEvents: t.relation("churnEvents", { description: "Churn events, newest first.", query: { orderBy: { effectiveAt: "desc" } } }),
  }),
});

const CustomerFilter = builder.inputType("CustomerFilter", {
  description: "Narrows a customer list; all given conditions must hold.",
  fields: (t) => ({
    q: t.string({ description: "Text search in name, e-mail, company and external id." }),
    ids: t.idList({ description: "Only these ids." }),
    status: t.field({ type: CustomerStatusEnum, description: "Only this status." }),
    country: t.string({ description: "Only this country (ISO code)." }),
    plan: t.field({ type: PlanEnum, description: "Only this plan." }),
    satisfaction: t.field({ type: SatisfactionEnum, description: "Only this stated satisfaction." }),
    ownerId: t.id({ description: "Only customers this staff user owns." }),
    segmentId: t.id({ description: "Only members of this segment (its rule now, or its member list)." }),
    healthScoreMin: t.int({ description: "Health score at least this (0-100); unscored customers are left out." }),
    healthScoreMax: t.int({
      description: "Health score at most this (0-100), e.g. the active health model's atRiskBelow - 1 for the at-risk band.",
    }),
    includeDeleted: t.boolean({ description: "Include soft-deleted customers (default false)." }),
  }),
});

defineList({
  model: "Customer",
  plural: "Customers",
  connection: "customers",
  filter: CustomerFilter,
  sortable: ["name", "country", "plan", "mrrMinor", "status", "signedUpAt", "healthScore", "lastInteractionAt"],
  authScopes: canRead,
  where: async (f, ctx): Promise<Prisma.CustomerWhereInput> => ({
    ...(f?.includeDeleted ? {} : { deletedAt: null }),
    ...(f?.ids ? { id: { in: f.ids.map(Number) } } : {}),
    ...(f?.status ? { status: f.status } : {}),
    ...(f?.country ? { country: f.country.toUpperCase() } : {}),
    ...(f?.plan ? { plan: f.plan } : {}),
    ...(f?.satisfaction ? { satisfaction: f.satisfaction } : {}),
    ...fk("ownerId", f?.ownerId),
    ...between("healthScore", f?.healthScoreMin, f?.healthScoreMax),
    ...(f?.segmentId != null ? { AND: [await customerWhereForSegment(ctx.prisma, parseId(f.segmentId, "filter.segmentId"))] } : {}),
    ...(f?.q ? { OR: ["name", "email", "company", "externalId"].map((k) => ({ [k]: { contains: f.q, mode: "insensitive" } })) } : {}),
  }),
});
