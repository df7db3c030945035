// Win-back attribution: the reactivation is credited to the last retention action completed before it
// (outcome WON_BACK); with none, to a manual we-miss-you email sent a few days before. Steps that fell due
// after the customer came back are cancelled as moot.
import type { Action } from "./actions.ts";
import type { DemoCustomer } from "./churn-events.ts";
import { type DemoContext, days } from "./context.ts";
import { ts } from "./csv.ts";
import type { Story } from "./story.ts";

const HOUR = 3600_000;

/** The last action completed before the reactivation won the customer back (a manual email if none was). */
export function attributeWinBack(
  ctx: DemoContext,
  cu: DemoCustomer,
  s: Story,
  churnEventId: number | null,
  actions: Action[],
): Action | null {
  const { rng } = ctx;
  const wb = s.winBack;
  const c = s.churn;
  if (!wb || !c) return null;
  let winner: Action | null = null;
  for (const a of actions) {
    if (a.churnEventId !== churnEventId || a.completedMs === null || a.completedMs >= wb.day) continue;
    if (winner === null || a.completedMs > (winner.completedMs as number)) winner = a;
  }
  if (!winner) {
    const at = Math.max(c.effective, wb.day - days(rng.int(2, 10)));
    winner = {
      id: 0,
      customerId: cu.id,
      kind: "WE_MISS_YOU_EMAIL",
      status: "DONE",
      trigger: "MANUAL",
      dueAt: ts(at),
      assigneeId: cu.ownerId,
      outcome: null,
      outcomeNote: null,
      offer: null,
      churnEventId,
      playbookId: null,
      messageTemplateId: ctx.templateId("WE_MISS_YOU", cu.locale),
      featureRequestId: null,
      completedAt: ts(at + HOUR),
      completedMs: at + HOUR,
      createdAt: ts(at),
      updatedAt: ts(at + HOUR),
    };
    actions.push(winner);
  }
  for (const a of actions) {
    if (a.churnEventId !== churnEventId || a.status !== "DONE" || (a.completedMs as number) < wb.day) continue;
    Object.assign(a, { status: "CANCELLED", outcome: null, completedAt: null, completedMs: null, updatedAt: ts(wb.day) }); // moot: they came back
  }
  winner.outcome = "WON_BACK";
  winner.outcomeNote = wb.viaFeature ? "Came back after the feature they asked for shipped." : "Reactivated after our outreach.";
  return winner;
}
