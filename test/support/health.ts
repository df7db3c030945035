// Hand-built health-score scenarios: a customer and the rows its signals are read from (subscriptions, monthly
// engagement, tickets, interactions, MRR movements, churn events), written straight to the database.
import type { ChurnType, MrrMovementKind, PrismaClient, Satisfaction, TicketKind } from "@churnstile/prisma";

export const at = (iso: string) => new Date(iso.includes("T") ? iso : `${iso}T00:00:00Z`);

/** A model whose arithmetic is easy by hand: every weight 10, thresholds on round numbers. */
export const TEST_WEIGHTS = {
  daysSinceLastInteraction: 10,
  loginTrend: 10,
  complaintTrend: 10,
  ticketBand: 10,
  emailOpenRate: 10,
  offerIndifference: 10,
  downgrade: 10,
  satisfaction: 10,
  productsHeld: 10,
  weeklyEngagement: 10,
};
export const TEST_THRESHOLDS = {
  daysSinceLastInteraction: { goodDays: 10, badDays: 110 },
  loginTrend: { recentMonths: 3, baselineMonths: 3, goodRatio: 1, badRatio: 0.5 },
  complaintTrend: { windowDays: 90, goodCount: 0, badCount: 4 },
  ticketBand: { windowDays: 180, minTenureDays: 30, lowPerMonth: 0.5, highPerMonth: 2, zeroPerMonth: 4 },
  emailOpenRate: { windowMonths: 2, good: 0.5, bad: 0.1 },
  offerIndifference: { windowMonths: 3, minOffers: 2, goodRedeemRate: 0.5, badRedeemRate: 0 },
  downgrade: { windowDays: 90 },
  satisfaction: { windowDays: 180, goodCsat: 5, badCsat: 1 },
  productsHeld: { good: 5, bad: 1 },
  weeklyEngagement: { windowMonths: 3, goodWeeksPerMonth: 4, badWeeksPerMonth: 0 },
};

type Month = Partial<
  Record<"logins" | "activeDays" | "activeWeeks" | "emailsSent" | "emailsOpened" | "offersSent" | "offersRedeemed", number>
>;

export interface HealthSpec {
  name: string;
  signedUpAt?: string;
  mrrMinor?: number;
  status?: "TRIAL" | "ACTIVE" | "PAST_DUE" | "CHURNED";
  satisfaction?: Satisfaction;
  industry?: string;
  deleted?: boolean;
  /** One subscription per entry, each of its own product: [startedAt, endedAt?]. */
  subs?: [string, string?][];
  /** Engagement by month, keyed "YYYY-MM". */
  months?: Record<string, Month>;
  tickets?: { at: string; kind?: TicketKind; csat?: number }[];
  interactions?: string[];
  movements?: { kind: MrrMovementKind; at: string; amount?: number }[];
  churn?: { type: ChurnType; at: string }[];
}

async function product(prisma: PrismaClient, i: number) {
  const code = `HEALTH-${i}`;
  const found = await prisma.product.findUnique({ where: { code } });
  return found?.id ?? (await prisma.product.create({ data: { code, name: code, category: "test", priceMinor: 1000 } })).id;
}

let seq = 0;

export async function healthCustomer(prisma: PrismaClient, spec: HealthSpec): Promise<number> {
  seq += 1;
  const c = await prisma.customer.create({
    data: {
      externalId: `h-${seq}-${spec.name}`,
      name: spec.name,
      country: "TR",
      plan: "GROWTH",
      industry: spec.industry ?? null,
      mrrMinor: spec.mrrMinor ?? 0,
      status: spec.status ?? "ACTIVE",
      satisfaction: spec.satisfaction ?? null,
      signedUpAt: at(spec.signedUpAt ?? "2025-01-01"),
      deletedAt: spec.deleted ? at("2026-01-15") : null,
    },
  });
  for (const [i, [start, end]] of (spec.subs ?? []).entries()) {
    await prisma.subscription.create({
      data: { customerId: c.id, productId: await product(prisma, i), mrrMinor: 1000, startedAt: at(start), endedAt: end ? at(end) : null },
    });
  }
  for (const [month, m] of Object.entries(spec.months ?? {})) {
    await prisma.engagementSnapshot.create({ data: { customerId: c.id, periodStart: at(`${month}-01`), ...m } });
  }
  for (const t of spec.tickets ?? []) {
    const opened = at(t.at);
    const resolved = t.csat != null ? new Date(opened.getTime() + 86_400_000) : null;
    await prisma.ticket.create({
      data: {
        customerId: c.id,
        kind: t.kind ?? "QUESTION",
        channel: "EMAIL",
        topic: "test",
        subject: `${t.kind ?? "QUESTION"} ${t.at}`,
        status: resolved ? "RESOLVED" : "OPEN",
        openedAt: opened,
        resolvedAt: resolved,
        csat: t.csat ?? null,
      },
    });
  }
  for (const i of spec.interactions ?? []) {
    await prisma.interaction.create({ data: { customerId: c.id, kind: "CALL", summary: "call", occurredAt: at(i) } });
  }
  for (const m of spec.movements ?? []) {
    await prisma.mrrMovement.create({ data: { customerId: c.id, kind: m.kind, amountMinor: m.amount ?? 500, occurredAt: at(m.at) } });
  }
  if (spec.churn?.length) {
    const reason = await prisma.churnReason.findFirstOrThrow({ where: { code: "PRICE" } });
    for (const e of spec.churn) {
      await prisma.churnEvent.create({
        data: {
          customerId: c.id,
          type: e.type,
          primaryReasonId: reason.id,
          requestedAt: at(e.at),
          effectiveAt: at(e.at),
          mrrLostMinor: 1000,
        },
      });
    }
  }
  return c.id;
}

/** The stored score, version and factors of a customer, factors keyed by name as { value, contribution }. */
export async function stored(prisma: PrismaClient, id: number) {
  const c = await prisma.customer.findUniqueOrThrow({ where: { id } });
  const list = (c.healthFactors ?? []) as { factor: string; value: number | null; contribution: number }[];
  return {
    score: c.healthScore,
    version: c.healthModelVersion,
    updatedAt: c.healthUpdatedAt,
    factors: Object.fromEntries(list.map((f) => [f.factor, { value: f.value, contribution: f.contribution }])),
  };
}
