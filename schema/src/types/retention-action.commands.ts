// Working the retention queue: schedule, assign and complete actions, with the status rules. Each command is one
// audited transaction with an optional idempotency key; assign and complete take the version the caller read.
import type { RetentionAction } from "@churnstile/prisma";
import { canWrite } from "../access.ts";
import { builder } from "../builder.ts";
import type { Context } from "../context.ts";
import { parseId } from "../crud.ts";
import { type Audit, IDEMPOTENCY_KEY_DOC, lockCustomer, runCommand, type Tx } from "../domain/command.ts";
import { emit } from "../domain/events.ts";
import { ActionKindEnum, ActionOutcomeEnum } from "../enums.ts";
import { badInput, conflict, notFound } from "../errors.ts";
import * as v from "../validators.ts";

type Id = string | number;

/** Only active staff who may write can work an action. */
async function checkAssignee(tx: Tx, raw: Id, field: string) {
  const id = parseId(raw, field);
  const user = await tx.user.findUnique({ where: { id } });
  if (!user?.active || user.role === "ANALYST") throw badInput(field, `user ${id} is not an active ADMIN, MANAGER or AGENT`);
  return id;
}

const ScheduleRetentionActionInput = builder.inputType("ScheduleRetentionActionInput", {
  description: "A retention or win-back action planned by hand (trigger MANUAL).",
  fields: (t) => ({
    customerId: t.id({ required: true, description: "Whom it is for (not deleted)." }),
    kind: t.field({ type: ActionKindEnum, required: true, description: "What to do." }),
    dueAt: t.field({ type: "DateTime", description: "When it is due (callbacks: the committed date and time)." }),
    assigneeId: t.id({ description: "Who works it (an active ADMIN, MANAGER or AGENT)." }),
    offer: t.string({ description: "The offer to make, if any.", validate: v.text(200) }),
    churnEventId: t.id({ description: "The churn it responds to (one of the customer's)." }),
    messageTemplateId: t.id({ description: "The message to send (an active template)." }),
    featureRequestId: t.id({ description: "The feature it is about (roadmap updates)." }),
  }),
});

type ScheduleArgs = {
  customerId: Id;
  kind: RetentionAction["kind"];
  dueAt?: Date | null;
  assigneeId?: Id | null;
  offer?: string | null;
  churnEventId?: Id | null;
  messageTemplateId?: Id | null;
  featureRequestId?: Id | null;
};

async function schedule(tx: Tx, audit: Audit, i: ScheduleArgs): Promise<{ id: number }> {
  const customer = await lockCustomer(tx, parseId(i.customerId, "input.customerId"), "input.customerId");
  const churnEventId = i.churnEventId == null ? null : parseId(i.churnEventId, "input.churnEventId");
  if (churnEventId !== null && (await tx.churnEvent.findUnique({ where: { id: churnEventId } }))?.customerId !== customer.id) {
    throw badInput("input.churnEventId", `churn event ${churnEventId} is not one of customer ${customer.id}'s`);
  }
  const messageTemplateId = i.messageTemplateId == null ? null : parseId(i.messageTemplateId, "input.messageTemplateId");
  if (messageTemplateId !== null && !(await tx.messageTemplate.findUnique({ where: { id: messageTemplateId } }))?.active) {
    throw badInput("input.messageTemplateId", `message template ${messageTemplateId} does not exist or is not active`);
  }
  const featureRequestId = i.featureRequestId == null ? null : parseId(i.featureRequestId, "input.featureRequestId");
  if (featureRequestId !== null && !(await tx.featureRequest.findUnique({ where: { id: featureRequestId } })))
    throw badInput("input.featureRequestId", `no feature request ${featureRequestId} exists`);
  const row = await tx.retentionAction.create({
    data: {
      customerId: customer.id,
      kind: i.kind,
      trigger: "MANUAL",
      dueAt: i.dueAt ?? null,
      offer: i.offer?.trim() || null,
      churnEventId,
      messageTemplateId,
      featureRequestId,
      assigneeId: i.assigneeId == null ? null : await checkAssignee(tx, i.assigneeId, "input.assigneeId"),
    },
  });
  audit({ action: "scheduleRetentionAction", entity: "RetentionAction", entityId: row.id, after: row });
  return { id: row.id };
}

/** Loads an action that is still open and matches the version the caller read. */
async function openAction(tx: Tx, rawId: Id, version: number | null | undefined, doing: string) {
  const id = parseId(rawId);
  const action = await tx.retentionAction.findUnique({ where: { id } });
  if (!action) throw notFound("RetentionAction", id);
  if (version != null && version !== action.version)
    throw conflict(
      `RetentionAction ${id} was changed by someone else (now version ${action.version}, you sent ${version}); reload and try again`,
      "version",
    );
  if (action.status === "DONE")
    throw badInput("id", `retention action ${id} is already DONE (outcome ${action.outcome ?? "none"}); it cannot be ${doing}`);
  if (action.status === "CANCELLED")
    throw badInput("id", `retention action ${id} was cancelled; reopen it (updateRetentionAction status PLANNED) before it is ${doing}`);
  return action;
}

/** Writes the change only if nobody changed the row since it was read (version), and audits it. */
async function guardedUpdate(tx: Tx, audit: Audit, action: string, before: RetentionAction, data: object) {
  const { count } = await tx.retentionAction.updateMany({
    where: { id: before.id, version: before.version },
    data: { ...data, version: { increment: 1 } },
  });
  if (count === 0) throw conflict(`RetentionAction ${before.id} was changed by someone else; reload and try again`, "version");
  const after = await tx.retentionAction.findUniqueOrThrow({ where: { id: before.id } });
  audit({ action, entity: "RetentionAction", entityId: before.id, before, after });
  return { id: before.id };
}

builder.mutationFields((t) => {
  const reread = (query: object, r: { id: number }, ctx: Context) =>
    ctx.prisma.retentionAction.findUniqueOrThrow({ ...query, where: { id: r.id } });
  const version = t.arg.int({ description: "The version you read; a stale one is a CONFLICT." });
  const idempotencyKey = t.arg.string({ description: IDEMPOTENCY_KEY_DOC });
  return {
    scheduleRetentionAction: t.prismaField({
      type: "RetentionAction",
      description: "Plan a retention or win-back action by hand (trigger MANUAL, status PLANNED).",
      authScopes: canWrite,
      args: {
        input: t.arg({ type: ScheduleRetentionActionInput, required: true, description: "What to do; see the input type." }),
        idempotencyKey,
      },
      resolve: async (query, _root, args, ctx) =>
        reread(
          query,
          await runCommand(ctx, "scheduleRetentionAction", args.idempotencyKey, (tx, audit) => schedule(tx, audit, args.input)),
          ctx,
        ),
    }),
    completeRetentionAction: t.prismaField({
      type: "RetentionAction",
      description:
        "Complete a PLANNED or IN_PROGRESS action with its outcome (status DONE, completedAt now). A DONE or CANCELLED action is BAD_USER_INPUT. " +
        "WON_BACK for a customer who is still CHURNED is refused: reactivateCustomer records the win-back with the subscriptions it restarts.",
      authScopes: canWrite,
      args: {
        id: t.arg.id({ required: true, description: "Which action." }),
        outcome: t.arg({ type: ActionOutcomeEnum, required: true, description: "What it achieved." }),
        note: t.arg.string({ description: "What happened.", validate: v.text(2000) }),
        version,
        idempotencyKey,
      },
      resolve: async (query, _root, args, ctx) => {
        const done = await runCommand(ctx, "completeRetentionAction", args.idempotencyKey, async (tx, audit) => {
          const action = await openAction(tx, args.id, args.version, "completed");
          const customer = await tx.customer.findUniqueOrThrow({ where: { id: action.customerId } });
          if (args.outcome === "WON_BACK" && customer.status === "CHURNED") {
            throw badInput(
              "outcome",
              `customer ${customer.id} is still CHURNED: record the win-back with reactivateCustomer (retentionActionId ${action.id})`,
            );
          }
          await emit(tx, "action.completed", { retentionActionId: action.id, customerId: action.customerId, outcome: args.outcome });
          return guardedUpdate(tx, audit, "completeRetentionAction", action, {
            status: "DONE",
            outcome: args.outcome,
            outcomeNote: args.note?.trim() || null,
            completedAt: new Date(),
          });
        });
        return reread(query, done, ctx);
      },
    }),
    assignRetentionAction: t.prismaField({
      type: "RetentionAction",
      description:
        "Give an open action to someone (an active ADMIN, MANAGER or AGENT), or take it off everyone's queue with assigneeId null.",
      authScopes: canWrite,
      args: {
        id: t.arg.id({ required: true, description: "Which action." }),
        assigneeId: t.arg.id({ description: "Who works it; null unassigns." }),
        version,
        idempotencyKey,
      },
      resolve: async (query, _root, args, ctx) => {
        const done = await runCommand(ctx, "assignRetentionAction", args.idempotencyKey, async (tx, audit) => {
          const action = await openAction(tx, args.id, args.version, "reassigned");
          const assigneeId = args.assigneeId == null ? null : await checkAssignee(tx, args.assigneeId, "assigneeId");
          return guardedUpdate(tx, audit, "assignRetentionAction", action, { assigneeId });
        });
        return reread(query, done, ctx);
      },
    }),
  };
});
