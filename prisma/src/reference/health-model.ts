// Health model v1: one weight per early-warning signal of DESIGN.md (weights sum to 100, so a customer
// scoring perfectly on every factor gets 100) and the thresholds that turn a raw value into a 0..1 factor.
import { z } from "zod";

export const HEALTH_FACTORS = [
  "daysSinceLastInteraction", // long silence is a signal (96% of unhappy customers never complain)
  "loginTrend", // recent logins vs the months before (e.g. 15/month → 5/month)
  "complaintTrend", // more complaint tickets in the recent window than in the one before
  "ticketBand", // tickets far below (disengaged) or far above (struggling) the norm
  "emailOpenRate", // ignored emails
  "offerIndifference", // offers and bonuses not redeemed
  "downgrade", // a switch to a cheaper plan or fewer products recently
  "satisfaction", // survey answers and ticket CSAT
  "productsHeld", // 1 product: 30% retained after two years; 4 products: 80%
  "weeklyEngagement", // weeks with at least one login (+26% retention)
] as const;
export type HealthFactor = (typeof HEALTH_FACTORS)[number];

export const HealthWeights = z.record(z.enum(HEALTH_FACTORS), z.number().min(0).max(100));
export type HealthWeights = z.infer<typeof HealthWeights>;

/** Per factor: named numeric thresholds (window lengths, good/bad points between which the factor is linear). */
export const HealthThresholds = z.record(z.enum(HEALTH_FACTORS), z.record(z.string(), z.number()));
export type HealthThresholds = z.infer<typeof HealthThresholds>;

// Tuned by backtesting on the demo data (schema/src/health/, `healthBacktest`): the signals that move in the
// months before a churn (logins, opened e-mails, weekly use, offers) weigh most; products held is the strongest
// standing predictor (DESIGN.md: 1 product → 30% retained after two years, 4 → 80%).
export const DEFAULT_HEALTH_WEIGHTS: HealthWeights = {
  daysSinceLastInteraction: 5,
  loginTrend: 16,
  complaintTrend: 8,
  ticketBand: 4,
  emailOpenRate: 15,
  offerIndifference: 8,
  downgrade: 9,
  satisfaction: 6,
  productsHeld: 14,
  weeklyEngagement: 15,
};

/** Engagement windows count complete calendar months before the scoring instant; day windows end at it. */
export const DEFAULT_HEALTH_THRESHOLDS: HealthThresholds = {
  daysSinceLastInteraction: { goodDays: 60, badDays: 150 },
  loginTrend: { recentMonths: 3, baselineMonths: 3, goodRatio: 0.95, badRatio: 0.6 },
  complaintTrend: { windowDays: 90, goodCount: 0, badCount: 2 }, // complaints in the window minus the window before
  ticketBand: { windowDays: 180, minTenureDays: 30, lowPerMonth: 0.1, highPerMonth: 1, zeroPerMonth: 3 },
  emailOpenRate: { windowMonths: 1, good: 0.4, bad: 0.25 },
  offerIndifference: { windowMonths: 2, minOffers: 1, goodRedeemRate: 0.35, badRedeemRate: 0.05 },
  downgrade: { windowDays: 90 },
  satisfaction: { windowDays: 180, goodCsat: 4.5, badCsat: 3 },
  productsHeld: { good: 4, bad: 1 },
  weeklyEngagement: { windowMonths: 1, goodWeeksPerMonth: 3.5, badWeeksPerMonth: 2 },
};

export const DEFAULT_HEALTH_MODEL = {
  version: 1,
  weights: DEFAULT_HEALTH_WEIGHTS,
  thresholds: DEFAULT_HEALTH_THRESHOLDS,
  atRiskBelow: 40,
  active: true,
};

/** AppSetting `churnTargetBand`: the healthy annual logo-churn band (DESIGN.md: 5–7% a year). */
export const ChurnTargetBand = z
  .object({ minAnnualPct: z.number().min(0).max(100), maxAnnualPct: z.number().min(0).max(100) })
  .strict()
  .refine((b) => b.minAnnualPct <= b.maxAnnualPct, "minAnnualPct must not exceed maxAnnualPct");
export type ChurnTargetBand = z.infer<typeof ChurnTargetBand>;
export const DEFAULT_CHURN_TARGET_BAND: ChurnTargetBand = { minAnnualPct: 5, maxAnnualPct: 7 };
