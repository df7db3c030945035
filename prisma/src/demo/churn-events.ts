// Churn events (the final one and a REVENUE downgrade) with their secondary reasons, the failed payments
// behind involuntary churn, and exit surveys. A primary reason always lists the event's type in its
// churnTypes; COMPETITIVE names a competitor and MISSING_FEATURES points at a feature request.
import type { ChurnSource, ChurnType } from "../../generated/enums.ts";
import { type DemoContext, days } from "./context.ts";
import { type RowBuffer, ts } from "./csv.ts";
import { writeExitSurvey } from "./exit-surveys.ts";
import type { Ledger } from "./ledger.ts";
import { PaymentFailureWriter } from "./payment-failures.ts";
import { Weighted } from "./random.ts";
import { missingFeatureAt, type Story } from "./story.ts";
import { CHURN_NOTES } from "./texts.ts";

export type { PaymentFailureRef } from "./payment-failures.ts";

export interface DemoCustomer {
  id: number;
  ownerId: number;
  locale: "en" | "fa" | "ar" | "ru" | "tr";
  birthday: number | null;
}

// biome-ignore format: a table
const SOURCES: Record<ChurnType, Weighted<ChurnSource>> = {
  VOLUNTARY: new Weighted([["CONSOLE", 50], ["EXIT_SURVEY", 25], ["API", 20], ["IMPORT", 5]]),
  COMPETITIVE: new Weighted([["CONSOLE", 60], ["EXIT_SURVEY", 30], ["API", 10]]),
  PASSIVE: new Weighted([["API", 60], ["CONSOLE", 40]]), // the CRM sync notices the lapsed renewal
  INVOLUNTARY: new Weighted([["CONSOLE", 70], ["API", 30]]),
  REVENUE: new Weighted([["API", 50], ["CONSOLE", 50]]),
};
// biome-ignore format: a table
const SECONDARY_COUNT = new Weighted([[0, 55], [1, 30], [2, 15]]);
const HOUR = 3600_000;

function writeSecondaryReasons(ctx: DemoContext, out: RowBuffer, eventId: number, type: ChurnType, primary: string): void {
  const candidates = [...ctx.refs.reasons.values()].filter((r) => r.code !== primary && r.churnTypes.includes(type));
  const n = Math.min(SECONDARY_COUNT.pick(ctx.rng), candidates.length);
  for (let i = 0; i < n; i++) {
    const [reason] = candidates.splice(ctx.rng.int(0, candidates.length - 1), 1);
    out.add("_SecondaryReasons", { A: eventId, B: ctx.reasonId(reason.code) });
  }
}

export function writeChurnEvents(
  ctx: DemoContext,
  out: RowBuffer,
  cu: DemoCustomer,
  s: Story,
  ledger: Ledger,
  ids: { churnEventId: number | null; revenueEventId: number | null },
) {
  const { rng, anchor, refs } = ctx;
  const featureId = (index: number | null) => (index === null ? null : refs.features[index].id);
  const failures = new PaymentFailureWriter(ctx, out, cu.id, ledger);
  let surveySatisfaction: number | null = null;

  const c = s.churn;
  if (c?.recorded && ids.churnEventId !== null) {
    const billing = c.reason === "PAYMENT_FAILURE";
    let source: ChurnSource = billing ? "BILLING" : SOURCES[c.type].pick(rng);
    const surveyed = source === "EXIT_SURVEY" || rng.chance(billing ? 0.3 : 0.75);
    const sentAt = c.requested + rng.int(2, 48) * HOUR;
    const completed = surveyed && (source === "EXIT_SURVEY" || rng.chance(0.6));
    const submittedAt = completed ? Math.min(sentAt + rng.int(1, 240) * HOUR, anchor - HOUR) : null;
    if (source === "EXIT_SURVEY" && submittedAt === null) source = "CONSOLE";
    const loggedAt =
      source === "EXIT_SURVEY" && submittedAt !== null ? submittedAt : Math.min(c.requested + rng.int(1, 30) * HOUR, anchor - HOUR);
    out.add("ChurnEvent", {
      id: ids.churnEventId,
      customerId: cu.id,
      type: c.type,
      primaryReasonId: ctx.reasonId(c.reason),
      requestedAt: ts(c.requested),
      effectiveAt: ts(c.effective),
      mrrLostMinor: ledger.churnedMrr,
      competitor: c.competitor,
      featureRequestId: featureId(c.featureIndex),
      preventable: c.type !== "INVOLUNTARY" && c.reason !== "WRONG_USE_CASE" && rng.chance(0.7),
      winBackEligible: c.winBackEligible,
      notes: rng.chance(0.3) ? rng.pick(CHURN_NOTES) : null,
      loggedById: source === "CONSOLE" ? cu.ownerId : null,
      source,
      reversedAt: s.winBack ? ts(s.winBack.day) : null,
      createdAt: ts(loggedAt),
    });
    writeSecondaryReasons(ctx, out, ids.churnEventId, c.type, c.reason);
    if (billing) failures.beforeChurn(c, ids.churnEventId);
    if (surveyed) {
      const plan = { churnEventId: ids.churnEventId, sentAt, submittedAt, viaLink: source === "EXIT_SURVEY" };
      surveySatisfaction = writeExitSurvey(ctx, out, cu, s, c, plan);
    }
  }

  const dg = s.downgrade;
  if (dg && ids.revenueEventId !== null && ledger.downgradeMrr > 0) {
    const featureIndex = dg.reason === "MISSING_FEATURES" ? (c?.featureIndex ?? missingFeatureAt(ctx, dg.day)) : null;
    const requested = dg.day - days(rng.int(0, 10));
    out.add("ChurnEvent", {
      id: ids.revenueEventId,
      customerId: cu.id,
      type: "REVENUE",
      primaryReasonId: ctx.reasonId(dg.reason),
      requestedAt: ts(requested),
      effectiveAt: ts(dg.day),
      mrrLostMinor: ledger.downgradeMrr,
      competitor: null,
      featureRequestId: featureId(featureIndex),
      preventable: rng.chance(0.5),
      winBackEligible: !s.abusive,
      notes: null,
      loggedById: null,
      source: SOURCES.REVENUE.pick(rng),
      reversedAt: null,
      createdAt: ts(requested + rng.int(1, 30) * HOUR),
    });
    writeSecondaryReasons(ctx, out, ids.revenueEventId, "REVENUE", dg.reason);
  }

  failures.incidental(s);
  return { surveySatisfaction, failures: failures.written };
}
