// Monthly engagement, support tickets and interactions over a customer's active periods. A decline in the
// story shows as falling logins, ignored emails and offers, complaints (or silence) and a longer time since
// the last contact; normal months carry ordinary noise, and ticket volume follows the customer's own norm
// (some far below it, some far above it: both bands occur).
import type { TicketChannel, TicketKind, TicketPriority } from "../../generated/enums.ts";
import { type DemoContext, days, monthStart, nextMonthStart } from "./context.ts";
import { DAY_MS, day, type RowBuffer, ts } from "./csv.ts";
import { Weighted } from "./random.ts";
import type { Story } from "./story.ts";
import { DECLINE_SUMMARIES, INTERACTION_SUMMARIES, TICKET_TOPICS, ticketSubject } from "./texts.ts";

// biome-ignore format: a table
const KINDS = new Weighted<TicketKind>([["QUESTION", 40], ["INCIDENT", 20], ["BILLING", 18], ["FEATURE_REQUEST", 12], ["COMPLAINT", 10]]);
// biome-ignore format: a table
const ABUSIVE_KINDS = new Weighted<TicketKind>([["COMPLAINT", 60], ["BILLING", 20], ["INCIDENT", 20]]);
// biome-ignore format: a table
const CHANNELS = new Weighted<TicketChannel>([["EMAIL", 35], ["CHAT", 25], ["WEB", 20], ["PHONE", 15], ["SOCIAL", 5]]);
// biome-ignore format: a table
const PRIORITIES: Record<TicketKind, TicketPriority[]> = {
  INCIDENT: ["URGENT", "HIGH", "NORMAL"], COMPLAINT: ["HIGH", "NORMAL"], QUESTION: ["LOW", "NORMAL", "NORMAL", "NORMAL"],
  BILLING: ["LOW", "NORMAL", "NORMAL", "NORMAL"], FEATURE_REQUEST: ["LOW", "NORMAL", "NORMAL", "NORMAL"],
};
// biome-ignore format: a table
const HAPPY_CSAT = new Weighted([[5, 45], [4, 30], [3, 13], [2, 7], [1, 5]]);
// biome-ignore format: a table
const UNHAPPY_CSAT = new Weighted([[1, 30], [2, 30], [3, 25], [4, 10], [5, 5]]);
// biome-ignore format: a table
const INTERACTION_KINDS = new Weighted<keyof typeof INTERACTION_SUMMARIES>([["CALL", 35], ["EMAIL", 35], ["CHAT", 20], ["MEETING", 10]]);
const HOUR = 3600_000;

/** Engagement falls linearly from 1 to the decline's depth over the first 60% of it, and stays there if it ends in churn. */
export function engagementFactor(s: Story, t: number): number {
  let f = 1;
  for (const d of s.declines) {
    if (t < d.start || (t > d.end && !d.hold)) continue;
    const progress = Math.min(1, ((t - d.start) / Math.max(DAY_MS, d.end - d.start)) * 1.7);
    f = Math.min(f, 1 - (1 - d.depth) * progress);
  }
  return f;
}

export function activePeriods(ctx: DemoContext, s: Story): [number, number][] {
  const c = s.churn;
  const periods: [number, number][] = [[s.signup, c?.recorded ? c.effective : ctx.anchor]];
  if (s.winBack) periods.push([s.winBack.day, ctx.anchor]);
  return periods;
}

/** Writes one customer's activity rows; afterwards holds what the customer row needs from them. */
export class ActivityWriter {
  lastInteractionAt: number | null = null;
  readonly recentCsat: number[] = []; // CSAT of tickets in the 180 days before the anchor

  constructor(
    private readonly ctx: DemoContext,
    private readonly out: RowBuffer,
    private readonly customerId: number,
    private readonly ownerId: number,
    private readonly s: Story,
  ) {}

  write(): this {
    const { anchor, rng } = this.ctx;
    const periods = activePeriods(this.ctx, this.s);
    for (let m = monthStart(this.s.signup); m < anchor; m = nextMonthStart(m)) {
      // The parts of this month the customer was active (a churn and a win-back can fall in one month).
      const monthEnd = nextMonthStart(m);
      const parts = periods.map(([from, to]) => [Math.max(m, from), Math.min(monthEnd, to, anchor)]).filter(([x, y]) => y > x);
      if (parts.length > 0) this.month(m, monthEnd, parts);
    }
    // Complaints during a decline (before a churn they often come with slow first answers).
    for (const d of this.s.declines) {
      for (let i = 0; i < d.complaints; i++) {
        const at = Math.floor(d.start + (d.end - d.start) * rng.float(0.3, 1));
        if (at < anchor && at > this.s.signup) this.ticket(at, "COMPLAINT", true, d.slowService);
      }
    }
    return this;
  }

  private month(m: number, monthEnd: number, parts: number[][]): void {
    const { rng } = this.ctx;
    const s = this.s;
    const a = parts[0][0];
    const b = parts[parts.length - 1][1];
    const activeMs = parts.reduce((sum, [x, y]) => sum + y - x, 0);
    const frac = activeMs / (monthEnd - m);
    const f = engagementFactor(s, (a + b) / 2);
    const declining = f < 0.75;
    const silent = declining && s.declines.some((d) => d.silent && a <= d.end + days(45) && b >= d.start);
    const logins = Math.round(s.baselineLogins * f * frac * rng.float(0.8, 1.2) * (a === s.signup ? 0.7 : 1));
    const activeDays = logins === 0 ? 0 : Math.max(1, Math.min(Math.round(logins * rng.float(0.5, 0.8)), Math.round(activeMs / DAY_MS)));
    const emailsSent = rng.int(2, 6);
    const offersSent = declining ? rng.int(1, 2) : rng.chance(0.35) ? rng.int(1, 2) : 0;
    this.out.add("EngagementSnapshot", {
      id: this.ctx.nextId("EngagementSnapshot"),
      customerId: this.customerId,
      periodStart: day(m),
      logins,
      activeDays,
      activeWeeks: Math.min(activeDays, s.weeklyEngaged && f > 0.6 ? Math.round(4 * frac) : Math.ceil(activeDays / 3), 4),
      emailsSent,
      emailsOpened: rng.binomial(emailsSent, s.openRate * (declining ? 0.25 : 1)),
      offersSent,
      offersRedeemed: rng.binomial(offersSent, s.redeemRate * (declining ? 0.1 : 1)),
    });

    const tickets = rng.poisson(s.ticketRate * frac * (silent ? 0.1 : 1));
    for (let i = 0; i < tickets; i++) {
      this.ticket(timeWithin(this.ctx, parts, activeMs), (s.abusive ? ABUSIVE_KINDS : KINDS).pick(rng), declining || s.abusive, false);
    }
    const interactions = rng.poisson(0.25 * frac * (declining ? (silent ? 0.15 : 0.5) : 1));
    for (let i = 0; i < interactions; i++) this.interaction(timeWithin(this.ctx, parts, activeMs), declining);
  }

  private ticket(at: number, kind: TicketKind, unhappy: boolean, slow: boolean): void {
    const { rng, anchor, refs } = this.ctx;
    const topic = kind === "BILLING" ? "billing" : rng.pick(TICKET_TOPICS);
    const firstResponse = at + Math.round(rng.logNormal(slow ? 8 * HOUR : 40 * 60_000, 1));
    const resolved = firstResponse + Math.round(rng.logNormal(20 * HOUR, 1.2));
    const open = firstResponse >= anchor || (at > anchor - days(3) && rng.chance(0.4)); // the newest wait in the queue
    const done = !open && resolved < anchor;
    const csat = done && rng.chance(0.65) ? (unhappy ? UNHAPPY_CSAT : HAPPY_CSAT).pick(rng) : null;
    if (csat !== null && at > anchor - days(180)) this.recentCsat.push(csat);
    this.out.add("Ticket", {
      id: this.ctx.nextId("Ticket"),
      customerId: this.customerId,
      kind,
      channel: CHANNELS.pick(rng),
      topic,
      subject: ticketSubject(rng, kind, topic),
      status: done ? (anchor - resolved > days(14) ? "CLOSED" : "RESOLVED") : open ? "OPEN" : "PENDING",
      priority: rng.pick(PRIORITIES[kind]),
      openedAt: ts(at),
      firstResponseAt: open ? null : ts(firstResponse),
      resolvedAt: done ? ts(resolved) : null,
      csat,
      assigneeId: open && rng.chance(0.5) ? null : rng.chance(0.75) ? refs.users.agent : refs.users.manager,
    });
    this.touch(at);
  }

  private interaction(at: number, declining: boolean): void {
    const { rng } = this.ctx;
    const kind = INTERACTION_KINDS.pick(rng);
    const summary = declining && rng.chance(0.6) ? rng.pick(DECLINE_SUMMARIES) : rng.pick(INTERACTION_SUMMARIES[kind]);
    this.out.add("Interaction", {
      id: this.ctx.nextId("Interaction"),
      customerId: this.customerId,
      kind,
      inbound: rng.chance(0.3),
      summary,
      occurredAt: ts(at),
      userId: this.ownerId,
    });
    this.touch(at);
  }

  private touch(at: number): void {
    if (this.lastInteractionAt === null || at > this.lastInteractionAt) this.lastInteractionAt = at;
  }
}

/** A random moment inside the given [start, end) parts, uniformly over their total length. */
function timeWithin(ctx: DemoContext, parts: number[][], totalMs: number): number {
  let offset = Math.floor(ctx.rng.next() * totalMs);
  for (const [x, y] of parts) {
    if (offset < y - x) return x + offset;
    offset -= y - x;
  }
  return parts[0][0];
}
