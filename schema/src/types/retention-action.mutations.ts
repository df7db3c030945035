// Retention-action edits in the shape ra-data-graphql-simple sends (updateRetentionAction, deleteRetentionAction),
// with the status rules: DONE comes only from completeRetentionAction and is final. New actions come from
// scheduleRetentionAction and the playbooks, so there is no createRetentionAction.
import type { RetentionAction } from "@churnstile/prisma";
import { adminOnly, canWrite } from "../access.ts";
import { defineCrud, sent } from "../crud.ts";
import { ActionKindEnum, ActionStatusEnum } from "../enums.ts";
import { badInput } from "../errors.ts";
import * as v from "../validators.ts";

type UpdateArgs = Partial<{
  kind: RetentionAction["kind"];
  status: RetentionAction["status"] | null;
  dueAt: Date | null;
  offer: string | null;
  outcomeNote: string | null;
}>;

/** Status rules: DONE only through completeRetentionAction and final then (only the note can be corrected). */
function updateData(args: UpdateArgs, current: RetentionAction) {
  const changes = sent(args);
  if (changes.status === null || changes.kind === null) throw badInput(changes.status === null ? "status" : "kind", "must not be null");
  if (current.status === "DONE") {
    const other = Object.keys(changes).find((k) => k !== "outcomeNote");
    if (other) throw badInput(other, `retention action ${current.id} is DONE; only outcomeNote can still change`);
  }
  if (changes.status === "DONE") throw badInput("status", "use completeRetentionAction, which records the outcome");
  return changes;
}

defineCrud<never, UpdateArgs>({
  model: "RetentionAction",
  authScopes: canWrite,
  versioned: true,
  update: {
    args: (t) => ({
      kind: t.arg({ type: ActionKindEnum, description: "What to do." }),
      status: t.arg({
        type: ActionStatusEnum,
        description: "PLANNED, IN_PROGRESS or CANCELLED (a cancelled action can be reopened); DONE comes from completeRetentionAction.",
      }),
      dueAt: t.arg({ type: "DateTime", description: "When it is due." }),
      offer: t.arg.string({ description: "The offer to make.", validate: v.text(200).nullable() }),
      outcomeNote: t.arg.string({ description: "What happened.", validate: v.text(2000).nullable() }),
    }),
    data: (args, _ctx, current) => updateData(args, current as unknown as RetentionAction),
  },
  remove: { authScopes: adminOnly },
});
