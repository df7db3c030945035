// Playbooks turn an event (churn logged, payment failed) into planned retention actions: every active playbook
// of the trigger whose conditions hold contributes its steps, due `dueInDays` after the event, with the
// message template of the customer's locale (English when that locale has none).
import type { ActionTrigger, ChurnType, Customer, MessageKind } from "@churnstile/prisma";
import { PlaybookActions, PlaybookConditions, playbookMatches } from "@churnstile/prisma/reference-data";
import { type Audit, addDays, type Tx } from "./command.ts";

/** Active templates of these kinds, in the locale or else English: kind → template id. */
export async function messageTemplateIds(tx: Tx, kinds: MessageKind[], locale: string): Promise<Map<MessageKind, number>> {
  if (kinds.length === 0) return new Map();
  const rows = await tx.messageTemplate.findMany({ where: { kind: { in: kinds }, locale: { in: [locale, "en"] }, active: true } });
  const ids = new Map<MessageKind, number>();
  for (const r of rows) if (r.locale === locale || !ids.has(r.kind)) ids.set(r.kind, r.id);
  return ids;
}

export interface Suggestion {
  trigger: ActionTrigger;
  customer: Customer;
  /** dueAt = at + the step's dueInDays */
  at: Date;
  churnType?: ChurnType;
  reasonCode?: string;
  churnEventId?: number | null;
}

/** Creates the actions the matching playbooks suggest (one INSERT) and returns their ids. */
export async function suggestActions(tx: Tx, audit: Audit, action: string, s: Suggestion): Promise<number[]> {
  const playbooks = await tx.playbook.findMany({ where: { trigger: s.trigger, active: true }, orderBy: { id: "asc" } });
  const steps = playbooks.flatMap((pb) => {
    // Playbook writes validate these shapes; a row that still does not parse is skipped rather than blocking the command.
    const conditions = PlaybookConditions.safeParse(pb.conditions);
    const actions = PlaybookActions.safeParse(pb.actions);
    if (!conditions.success || !actions.success) return [];
    if (!playbookMatches(conditions.data, { churnType: s.churnType, reasonCode: s.reasonCode })) return [];
    return actions.data.map((step) => ({ playbookId: pb.id, step }));
  });
  if (steps.length === 0) return [];
  const kinds = [...new Set(steps.flatMap(({ step }) => (step.messageKind ? [step.messageKind] : [])))];
  const templates = await messageTemplateIds(tx, kinds, s.customer.locale);
  const rows = await tx.retentionAction.createManyAndReturn({
    data: steps.map(({ playbookId, step }) => ({
      customerId: s.customer.id,
      kind: step.kind,
      trigger: s.trigger,
      dueAt: addDays(s.at, step.dueInDays),
      assigneeId: s.customer.ownerId, // the account owner works the customer's queue
      offer: step.offer ?? null,
      churnEventId: s.churnEventId ?? null,
      playbookId,
      messageTemplateId: step.messageKind ? (templates.get(step.messageKind) ?? null) : null,
    })),
  });
  for (const row of rows) audit({ action, entity: "RetentionAction", entityId: row.id, after: row });
  return rows.map((r) => r.id);
}

/** Cancels the customer's open payment-recovery work once the failure is settled (recovered or churned). */
export async function cancelPaymentRecovery(tx: Tx, audit: Audit, action: string, customerId: number) {
  const open = await tx.retentionAction.findMany({
    where: { customerId, trigger: "PAYMENT_FAILED", status: { in: ["PLANNED", "IN_PROGRESS"] } },
  });
  if (open.length === 0) return;
  await tx.retentionAction.updateMany({
    where: { id: { in: open.map((a) => a.id) } },
    data: { status: "CANCELLED", version: { increment: 1 } },
  });
  for (const a of open)
    audit({ action, entity: "RetentionAction", entityId: a.id, before: a, after: { ...a, status: "CANCELLED", version: a.version + 1 } });
}
