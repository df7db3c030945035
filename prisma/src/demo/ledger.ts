// Subscriptions and MRR movements from a story, kept consistent by construction: every start is a NEW,
// EXPANSION or REACTIVATION movement and every end a CONTRACTION or CHURN one on the same day, so MRR from
// movements equals the sum of active subscriptions on every day, and customer.mrrMinor is the sum at the anchor.
import type { MrrMovementKind, Plan } from "../../generated/enums.ts";
import { PLAN_DOWN, PLAN_MULTIPLIER, PRODUCTS } from "./catalogue.ts";
import type { DemoContext } from "./context.ts";
import { ts } from "./csv.ts";
import type { TableRows } from "./rows.ts";
import type { Story } from "./story.ts";

type SubscriptionRow = TableRows["Subscription"] & { startMs: number; endMs: number | null };
type MovementRow = TableRows["MrrMovement"];
type Step = { at: number; kind: "add"; product: number; first: boolean } | { at: number; kind: "downgrade" | "churn" | "winBack" };

export class Ledger {
  readonly subscriptions: SubscriptionRow[] = [];
  readonly movements: MovementRow[] = [];
  private readonly active: SubscriptionRow[] = [];
  plan: Plan; // after any downgrade
  /** MRR lost to the churn (its mrrLostMinor) and to the downgrade. */
  churnedMrr = 0;
  downgradeMrr = 0;
  /** The reactivation movement, whose retentionActionId is filled once the win-back action exists. */
  reactivation: MovementRow | null = null;

  constructor(
    private readonly ctx: DemoContext,
    private readonly customerId: number,
    private readonly s: Story,
    private readonly ids: { churnEventId: number | null; revenueEventId: number | null },
  ) {
    this.plan = s.plan;
    const steps: Step[] = s.trial ? [] : s.productAdds.map((a, i) => ({ at: a.day, kind: "add", product: a.product, first: i === 0 }));
    if (s.downgrade && ids.revenueEventId !== null) steps.push({ at: s.downgrade.day, kind: "downgrade" });
    if (s.churn?.recorded && ids.churnEventId !== null) steps.push({ at: s.churn.effective, kind: "churn" });
    if (s.winBack) steps.push({ at: s.winBack.day, kind: "winBack" });
    steps.sort((a, b) => a.at - b.at);
    for (const step of steps) {
      if (step.kind === "add") this.add(step.product, step.at, step.first);
      else if (step.kind === "downgrade") this.downgrade(step.at);
      else if (step.kind === "churn") this.churn(step.at);
      else this.winBack(step.at);
    }
    // Movement ids in time order, like a real ledger.
    this.movements.sort((a, b) => (a.occurredAt < b.occurredAt ? -1 : a.occurredAt > b.occurredAt ? 1 : 0));
    for (const m of this.movements) m.id = ctx.nextId("MrrMovement");
  }

  get mrrAtAnchor(): number {
    return this.active.reduce((sum, x) => sum + x.mrrMinor, 0);
  }

  /** The id of the subscription active at a time (payment failures refer to it). */
  subscriptionOn(ms: number): number | null {
    const sub = this.subscriptions.find((x) => x.startMs <= ms && (x.endMs === null || x.endMs > ms));
    return sub ? sub.id : null;
  }

  private price(product: number): number {
    return Math.round((PRODUCTS[product].priceMinor * PLAN_MULTIPLIER[this.plan] * this.ctx.rng.float(0.9, 1.2)) / 100) * 100;
  }

  private move(kind: MrrMovementKind, amountMinor: number, at: number, subscriptionId: number | null, churnEventId: number | null = null) {
    const m: MovementRow = {
      id: 0,
      customerId: this.customerId,
      subscriptionId,
      kind,
      amountMinor,
      occurredAt: ts(at),
      churnEventId,
      retentionActionId: null,
    };
    this.movements.push(m);
    return m;
  }

  private start(product: number, mrrMinor: number, at: number): SubscriptionRow {
    const id = this.ctx.nextId("Subscription");
    const productId = this.ctx.refs.productIds[product];
    const sub = { id, customerId: this.customerId, productId, mrrMinor, startedAt: ts(at), endedAt: null, startMs: at, endMs: null };
    this.subscriptions.push(sub);
    this.active.push(sub);
    return sub;
  }

  private end(sub: SubscriptionRow, at: number): void {
    sub.endedAt = ts(at);
    sub.endMs = at;
    this.active.splice(this.active.indexOf(sub), 1);
  }

  private add(product: number, at: number, first: boolean): void {
    const sub = this.start(product, this.price(product), at);
    this.move(first ? "NEW" : "EXPANSION", sub.mrrMinor, at, sub.id);
  }

  /** Fewer purchases (one of several products cancelled) or, with one product, a cheaper plan for it. */
  private downgrade(at: number): void {
    if (this.active.length === 0) return;
    const cheapest = this.active.reduce((a, b) => (b.mrrMinor < a.mrrMinor ? b : a));
    this.end(cheapest, at);
    if (this.active.length > 0) {
      this.downgradeMrr = cheapest.mrrMinor;
      this.move("CONTRACTION", cheapest.mrrMinor, at, cheapest.id, this.ids.revenueEventId);
      return;
    }
    this.plan = PLAN_DOWN[this.plan];
    const product = this.ctx.refs.productIds.indexOf(cheapest.productId);
    const replacement = this.start(product, Math.round((cheapest.mrrMinor * this.ctx.rng.float(0.45, 0.7)) / 100) * 100, at);
    this.downgradeMrr = cheapest.mrrMinor - replacement.mrrMinor;
    this.move("CONTRACTION", this.downgradeMrr, at, replacement.id, this.ids.revenueEventId);
  }

  /** Every active subscription ends; each gets a CHURN movement tied to the churn event. */
  private churn(at: number): void {
    for (const sub of [...this.active]) {
      this.churnedMrr += sub.mrrMinor;
      this.end(sub, at);
      this.move("CHURN", sub.mrrMinor, at, sub.id, this.ids.churnEventId);
    }
  }

  /** Back on their first product (at the win-back discount if they left over price). */
  private winBack(at: number): void {
    const first = this.s.productAdds[0].product;
    const discount = this.s.churn?.reason === "PRICE" ? 0.8 : 1;
    const sub = this.start(first, Math.round((this.price(first) * discount) / 100) * 100, at);
    this.reactivation = this.move("REACTIVATION", sub.mrrMinor, at, sub.id);
  }
}
