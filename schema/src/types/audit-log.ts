// The audit log: one row per write, in the write's own transaction. Read-only, ADMIN only.
import { adminOnly } from "../access.ts";
import { builder } from "../builder.ts";
import { defineList } from "../lists.ts";

builder.prismaObject("AuditLog", {
  description: "One write: who did what to which row, with the row before and after.",
  fields: (t) => ({
    id: t.exposeID("id", { description: "Stable identifier." }),
    at: t.expose("at", { type: "DateTime", description: "When the write committed." }),
    actorUser: t.relation("actorUser", { nullable: true, description: "The staff user who wrote, if any." }),
    actorApiKey: t.relation("actorApiKey", { nullable: true, description: "The API key that wrote, if any." }),
    action: t.exposeString("action", { description: "create, update, delete, restore, revoke, or a command name such as logChurn." }),
    entity: t.exposeString("entity", { description: "The type written, e.g. Customer." }),
    entityId: t.exposeString("entityId", { description: "The id of the row written." }),
    before: t.expose("before", { type: "JSON", nullable: true, description: "The row before the write (null on create)." }),
    after: t.expose("after", { type: "JSON", nullable: true, description: "The row after the write (null on delete)." }),
    requestId: t.exposeString("requestId", { nullable: true, description: "The request that made the write (matches the server log)." }),
  }),
});

const AuditLogFilter = builder.inputType("AuditLogFilter", {
  description: "Narrows the audit log; all given conditions must hold.",
  fields: (t) => ({
    ids: t.idList({ description: "Only these ids." }),
    entity: t.string({ description: "Only writes to this type, e.g. Customer." }),
    entityId: t.string({ description: "Only writes to this row (with entity)." }),
    actorUserId: t.id({ description: "Only writes by this staff user." }),
    actorApiKeyId: t.id({ description: "Only writes by this API key." }),
    action: t.string({ description: "Only this action." }),
    from: t.field({ type: "DateTime", description: "At or after this instant." }),
    to: t.field({ type: "DateTime", description: "Before this instant." }),
  }),
});

defineList({
  model: "AuditLog",
  plural: "AuditLogs",
  connection: "auditLogs",
  filter: AuditLogFilter,
  sortable: ["at", "entity", "action"],
  authScopes: adminOnly,
  where: (f) => ({
    ...(f?.ids ? { id: { in: f.ids.map(Number) } } : {}),
    ...(f?.entity ? { entity: f.entity } : {}),
    ...(f?.entityId ? { entityId: f.entityId } : {}),
    ...(f?.actorUserId ? { actorUserId: Number(f.actorUserId) } : {}),
    ...(f?.actorApiKeyId ? { actorApiKeyId: Number(f.actorApiKeyId) } : {}),
    ...(f?.action ? { action: f.action } : {}),
    ...(f?.from || f?.to ? { at: { gte: f.from ?? undefined, lt: f.to ?? undefined } } : {}),
  }),
});
