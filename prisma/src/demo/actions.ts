// Retention actions, created the way the playbooks would have created them: after a logged churn, when a
// customer went at risk, after a failed payment, when a feature they left for shipped, and for birthdays and
// anniversaries. Past actions are done (with outcomes) or cancelled; recent ones are still in the queue.
// A win-back is attributed to the last completed action before the reactivation (WON_BACK).
import type { ActionOutcome, ActionStatus, ActionTrigger, ChurnType } from "../../generated/enums.ts";
import { playbookMatches } from "../reference/playbooks.ts";
import type { DemoCustomer, PaymentFailureRef } from "./churn-events.ts";
import { type DemoContext, days, type PlaybookRef } from "./context.ts";
import { type RowBuffer, ts } from "./csv.ts";
import { Weighted } from "./random.ts";
import type { TableRows } from "./rows.ts";
import type { Story } from "./story.ts";
import { attributeWinBack } from "./win-back.ts";

export type Action = TableRows["RetentionAction"] & { completedMs: number | null };
interface Link {
  churnEventId?: number | null;
  featureRequestId?: number | null;
  settledAt?: number | null; // the matter was settled then: later steps are cancelled
}
export interface ChurnEventIds {
  churnEventId: number | null;
  revenueEventId: number | null;
  revenueReason: string | null;
}

// biome-ignore format: a table
const LOST = new Weighted<ActionOutcome>([["NO_RESPONSE", 55], ["DECLINED", 45]]);
// biome-ignore format: a table
const SAVED = new Weighted<ActionOutcome>([["RETAINED", 70], ["NO_RESPONSE", 30]]);
// biome-ignore format: a table
const DOWNGRADE = new Weighted<ActionOutcome>([["RETAINED", 50], ["NO_RESPONSE", 30], ["DECLINED", 20]]);
const LET_GO = new Weighted<ActionOutcome>([["LET_GO", 1]]);
const RECOVERED = new Weighted<ActionOutcome>([["RETAINED", 1]]);
const HOUR = 3600_000;

/** Writes the customer's actions; returns the id of the action a win-back is attributed to, if any. */
export function writeActions(
  ctx: DemoContext,
  out: RowBuffer,
  cu: DemoCustomer,
  s: Story,
  events: ChurnEventIds,
  failures: PaymentFailureRef[],
) {
  return new ActionWriter(ctx, cu, s, events).write(failures, out);
}

class ActionWriter {
  private readonly actions: Action[] = [];

  constructor(
    private readonly ctx: DemoContext,
    private readonly cu: DemoCustomer,
    private readonly s: Story,
    private readonly events: ChurnEventIds,
  ) {}

  write(failures: PaymentFailureRef[], out: RowBuffer): number | null {
    this.afterChurn();
    this.atRisk();
    this.paymentRecovery(failures);
    this.greetings();
    const winner = attributeWinBack(this.ctx, this.cu, this.s, this.events.churnEventId, this.actions);
    for (const a of this.actions) {
      a.id = this.ctx.nextId("RetentionAction");
      out.add("RetentionAction", a);
    }
    return winner ? winner.id : null;
  }

  private playbook(code: string): PlaybookRef | undefined {
    return this.ctx.refs.playbooks.find((p) => p.code === code);
  }

  private matching(trigger: ActionTrigger, churnType: ChurnType, reasonCode: string): PlaybookRef[] {
    return this.ctx.refs.playbooks.filter((p) => p.trigger === trigger && playbookMatches(p.conditions, { churnType, reasonCode }));
  }

  /** The playbook's steps from `base`: done (with an outcome) or cancelled when past, queued when recent. */
  private run(pb: PlaybookRef, trigger: ActionTrigger, base: number, outcomes: Weighted<ActionOutcome> | null, link: Link = {}): void {
    const { rng, anchor } = this.ctx;
    for (const step of pb.actions) {
      const due = base + days(step.dueInDays) + rng.int(1, 8) * HOUR;
      let status: ActionStatus =
        due >= anchor ? "PLANNED" : due >= anchor - days(3) ? "IN_PROGRESS" : rng.chance(0.88) ? "DONE" : "CANCELLED";
      if (link.settledAt != null && due > link.settledAt && status !== "PLANNED") status = "CANCELLED";
      const completed = status === "DONE" ? Math.min(due + rng.int(0, 48) * HOUR, anchor - HOUR) : null;
      const created = Math.min(base, anchor - HOUR);
      this.actions.push({
        id: 0,
        customerId: this.cu.id,
        kind: step.kind,
        status,
        trigger,
        dueAt: ts(due),
        assigneeId: this.cu.ownerId,
        outcome: status === "DONE" && outcomes ? outcomes.pick(rng) : null,
        outcomeNote: null,
        offer: step.offer ?? null,
        churnEventId: link.churnEventId ?? null,
        playbookId: pb.id,
        messageTemplateId: this.ctx.templateId(step.messageKind, this.cu.locale),
        featureRequestId: link.featureRequestId ?? null,
        completedAt: completed === null ? null : ts(completed),
        completedMs: completed,
        createdAt: ts(created),
        updatedAt: ts(completed ?? created),
      });
    }
  }

  private afterChurn(): void {
    const { anchor, refs } = this.ctx;
    const { churnEventId, revenueEventId, revenueReason } = this.events;
    const c = this.s.churn;
    if (c?.recorded && churnEventId !== null) {
      const outcomes = c.winBackEligible ? LOST : LET_GO; // payment defaulters and abusive accounts are let go
      for (const pb of this.matching("CHURN_LOGGED", c.type, c.reason))
        this.run(pb, "CHURN_LOGGED", c.requested, outcomes, { churnEventId });
      const feature = c.featureIndex === null ? null : refs.features[c.featureIndex];
      const notice = this.playbook("FEATURE_SHIPPED");
      if (feature?.shippedAt != null && notice && feature.shippedAt > c.effective && feature.shippedAt < anchor) {
        this.run(notice, "FEATURE_SHIPPED", feature.shippedAt, LOST, { churnEventId, featureRequestId: feature.id });
      }
    }
    const dg = this.s.downgrade;
    if (revenueEventId !== null && dg && revenueReason) {
      for (const pb of this.matching("CHURN_LOGGED", "REVENUE", revenueReason))
        this.run(pb, "CHURN_LOGGED", dg.day, DOWNGRADE, { churnEventId: revenueEventId });
    }
  }

  /** Halfway into a decline the health score has dropped below the threshold; half of those alerts were worked. */
  private atRisk(): void {
    const { rng, anchor } = this.ctx;
    const pb = this.playbook("AT_RISK_CHECK_IN");
    const c = this.s.churn;
    for (const d of this.s.declines) {
      const alert = d.start + (d.end - d.start) / 2;
      if (!pb || d.depth > 0.65 || alert >= anchor || (c && alert >= c.requested) || !rng.chance(0.5)) continue;
      this.run(pb, "AT_RISK", alert, d.hold ? LOST : SAVED);
    }
  }

  private paymentRecovery(failures: PaymentFailureRef[]): void {
    const pb = this.playbook("PAYMENT_RECOVERY");
    const firstChurned = failures.find((f) => f.status === "CHURNED");
    for (const f of failures) {
      if (!pb || (f.status === "CHURNED" && f !== firstChurned)) continue;
      this.run(pb, "PAYMENT_FAILED", f.at, f.status === "RECOVERED" ? RECOVERED : LOST, { settledAt: f.resolvedAt });
    }
  }

  /** Birthdays and sign-up anniversaries around the anchor, for customers still with us. */
  private greetings(): void {
    const { anchor } = this.ctx;
    const s = this.s;
    if (s.churn?.recorded && !s.winBack) return;
    const year = new Date(anchor).getUTCFullYear();
    const birthday = this.playbook("BIRTHDAY_GREETING");
    const at = this.cu.birthday === null ? null : sameDayIn(year, this.cu.birthday);
    if (birthday && at !== null && at > anchor - days(30) && at < anchor + days(14)) this.run(birthday, "BIRTHDAY", at, null);
    const anniversary = this.playbook("ANNIVERSARY_GREETING");
    const signupDay = sameDayIn(year, s.signup);
    if (anniversary && anchor - s.signup > days(360) && signupDay > anchor - days(30) && signupDay < anchor) {
      this.run(anniversary, "ANNIVERSARY", signupDay, null);
    }
  }
}

function sameDayIn(year: number, ms: number): number {
  const d = new Date(ms);
  return Date.UTC(year, d.getUTCMonth(), d.getUTCDate());
}
