// refreshHealthScores (ADMIN): recompute stored health scores now, under the scheduled refresh's advisory lock.
import { adminOnly } from "../access.ts";
import { builder } from "../builder.ts";
import { parseId } from "../crud.ts";
import { conflict } from "../errors.ts";
import { refreshHealthScores, withHealthRefreshLock } from "../health/refresh.ts";

builder.mutationField("refreshHealthScores", (t) =>
  t.int({
    authScopes: adminOnly,
    description:
      "Recompute every customer's health score now with the active model (or only the given customers) and return how many were scored. " +
      "A full refresh takes the same advisory lock as the scheduled one: CONFLICT when another instance is refreshing.",
    args: { customerIds: t.arg.idList({ description: "Only these customers (soft-deleted ones are skipped)." }) },
    resolve: async (_root, args, ctx) => {
      const ids = args.customerIds?.map((id) => parseId(id, "customerIds"));
      const out = ids
        ? { ran: true as const, result: await refreshHealthScores(ctx.prisma, { customerIds: ids }) }
        : await withHealthRefreshLock(ctx.prisma, (db) => refreshHealthScores(db));
      if (!out.ran) throw conflict("A health-score refresh is already running; try again when it has finished");
      await ctx.prisma.auditLog.create({
        data: {
          action: "refreshHealthScores",
          entity: "Customer",
          entityId: ids ? ids.join(",").slice(0, 200) : "*",
          after: { scored: out.result },
          actorUserId: ctx.actor?.kind === "user" ? ctx.actor.id : null,
          actorApiKeyId: ctx.actor?.kind === "apiKey" ? ctx.actor.id : null,
          requestId: ctx.requestId,
        },
      });
      return out.result;
    },
  }),
);
