// Failed payments: the ones that ended in involuntary churn, occasional ones that were recovered within a
// week, and a few still open at the anchor (those customers are PAST_DUE).

import { type DemoContext, days } from "./context.ts";
import { type RowBuffer, ts } from "./csv.ts";
import type { Ledger } from "./ledger.ts";
import type { Churn, Story } from "./story.ts";

export interface PaymentFailureRef {
  id: number;
  at: number;
  status: "OPEN" | "RECOVERED" | "CHURNED";
  resolvedAt: number | null;
}

const FAILURE_CODES = ["card_expired", "insufficient_funds", "processing_error", "do_not_honor", "card_declined"];
const HOUR = 3600_000;

export class PaymentFailureWriter {
  readonly written: PaymentFailureRef[] = [];

  constructor(
    private readonly ctx: DemoContext,
    private readonly out: RowBuffer,
    private readonly customerId: number,
    private readonly ledger: Ledger,
  ) {}

  private add(
    at: number,
    status: PaymentFailureRef["status"],
    resolvedAt: number | null,
    amountMinor: number,
    churnEventId: number | null,
  ) {
    const { rng } = this.ctx;
    const id = this.ctx.nextId("PaymentFailure");
    this.out.add("PaymentFailure", {
      id,
      customerId: this.customerId,
      subscriptionId: this.ledger.subscriptionOn(at),
      amountMinor,
      failedAt: ts(at),
      failureCode: rng.pick(FAILURE_CODES),
      attempts: status === "RECOVERED" ? rng.int(1, 2) : rng.int(2, 4),
      status,
      resolvedAt: resolvedAt === null ? null : ts(resolvedAt),
      churnEventId,
    });
    this.written.push({ id, at, status, resolvedAt });
  }

  /** One to three failed collections between the first failure (the churn request) and the churn. */
  beforeChurn(c: Churn, churnEventId: number): void {
    const { rng } = this.ctx;
    const count = rng.int(1, 3);
    for (let i = 0; i < count; i++) {
      const at = c.requested + days(i * rng.int(4, 9)) + rng.int(1, 20) * HOUR;
      if (at < c.effective) this.add(at, "CHURNED", c.effective, this.ledger.churnedMrr, churnEventId);
    }
  }

  /** A recovered failure for some customers, and an open one for a few paying customers at the anchor. */
  incidental(s: Story): void {
    const { rng, anchor } = this.ctx;
    const lifeEnd = s.churn?.recorded ? s.churn.requested : anchor;
    if (!s.trial && rng.chance(0.15) && lifeEnd - s.signup > days(60)) {
      const at = s.signup + days(30) + Math.floor(rng.next() * (lifeEnd - s.signup - days(45)));
      const sub = this.ledger.subscriptions.find((x) => x.id === this.ledger.subscriptionOn(at));
      if (sub) this.add(at, "RECOVERED", Math.min(at + days(rng.int(1, 7)), anchor - HOUR), sub.mrrMinor, null);
    }
    if (this.ledger.mrrAtAnchor > 0 && rng.chance(0.012)) {
      this.add(anchor - days(rng.int(1, 12)) - rng.int(1, 20) * HOUR, "OPEN", null, this.ledger.mrrAtAnchor, null);
    }
  }
}
