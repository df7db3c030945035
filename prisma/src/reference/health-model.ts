// Health model v1: one weight per early-warning signal of DESIGN.md (weights sum to 100, so a customer
// scoring perfectly on every factor gets 100) and the thresholds that turn a raw value into a 0..1 factor.
import { z } from "zod";

export const HEALTH_FACTORS = [
  "daysSinceLastInteraction", // long silence is a signal (96% of unhappy customers never complain)
  "loginTrend", // recent logins vs the months before (e.g. 15/month → 5/month)
  "complaintTrend", // complaint tickets in the recent window
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

export const DEFAULT_HEALTH_WEIGHTS: HealthWeights = {
  daysSinceLastInteraction: 10,
  loginTrend: 16,
  complaintTrend: 10,
  ticketBand: 6,
  emailOpenRate: 8,
  offerIndifference: 6,
  downgrade: 10,
  satisfaction: 10,
  productsHeld: 12,
  weeklyEngagement: 12,
};

export const DEFAULT_HEALTH_THRESHOLDS: HealthThresholds = {
  daysSinceLastInteraction: { goodDays: 14, badDays: 90 },
  loginTrend: { recentMonths: 3, baselineMonths: 3, goodRatio: 0.9, badRatio: 0.4 },
  complaintTrend: { windowDays: 90, goodCount: 0, badCount: 3 },
  ticketBand: { windowDays: 180, lowPerMonth: 0.1, highPerMonth: 4 },
  emailOpenRate: { windowMonths: 3, good: 0.35, bad: 0.1 },
  offerIndifference: { windowMonths: 6, minOffers: 2, goodRedeemRate: 0.3, badRedeemRate: 0 },
  downgrade: { windowDays: 90 },
  satisfaction: { goodCsat: 4.5, badCsat: 2.5 },
  productsHeld: { good: 4, bad: 1 },
  weeklyEngagement: { windowMonths: 3, goodWeeksPerMonth: 4, badWeeksPerMonth: 1 },
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
