// What the benchmark business looks like: weighted choices for the set-based loader, written as SQL
// expressions so every random draw happens inside PostgreSQL (deterministic: bench.rnd hashes a row key and a salt).
import { PRODUCTS } from "@churnstile/prisma/demo/catalogue";

export type Weights = readonly (readonly [string | number, number])[];

/** An SQL expression picking one value of `weights` by the uniform draw `draw` (an SQL expression in [0, 1)). */
export function pick(weights: Weights, draw: string): string {
  const total = weights.reduce((s, [, w]) => s + w, 0);
  let upTo = 0;
  const arms = weights.map(([value, w]) => {
    upTo += w;
    const literal = typeof value === "number" ? String(value) : `'${value}'`;
    return `WHEN ${draw} * ${total} < ${upTo} THEN ${literal}`;
  });
  return `(CASE ${arms.join(" ")} ELSE ${typeof weights[0][0] === "number" ? weights[0][0] : `'${weights[0][0]}'`} END)`;
}

/** A uniform draw for row key `key` and salt `salt` (each salt is one independent random variable). */
export const rnd = (key: string, salt: number) => `bench.rnd(${key}, ${salt})`;

// biome-ignore format: a table
export const PLANS: Weights = [["STARTER", 40], ["GROWTH", 32], ["BUSINESS", 20], ["ENTERPRISE", 8]];
/** Seats and volume: a product costs its list price times this on each plan (as the demo data). */
export const PLAN_MULTIPLIER_SQL = "(CASE plan WHEN 'STARTER' THEN 1 WHEN 'GROWTH' THEN 2.5 WHEN 'BUSINESS' THEN 6 ELSE 18 END)";
// biome-ignore format: a table
export const COUNTRIES: Weights = [["IR", 20], ["SA", 13], ["AE", 9], ["EG", 9], ["RU", 14], ["KZ", 2], ["TR", 14], ["US", 8], ["DE", 6], ["GB", 5]];
// biome-ignore format: a table
export const INDUSTRIES: Weights = [
  ["Retail", 16], ["E-commerce", 14], ["Telecom", 6], ["Banking", 7], ["Insurance", 6], ["Healthcare", 8], ["Education", 8],
  ["Logistics", 7], ["Hospitality", 8], ["Manufacturing", 7], ["Software", 9], ["Media", 4],
];
/** Product ids are 1..PRODUCTS.length in catalogue order; the first product a customer buys (as the demo data). */
// biome-ignore format: a table
export const FIRST_PRODUCT: Weights = [[1, 60], [4, 12], [3, 10], [2, 8], [5, 6], [6, 4]];
export const PRODUCT_PRICES_SQL = `ARRAY[${PRODUCTS.map((p) => p.priceMinor).join(", ")}]`;
export { PRODUCTS };

// biome-ignore format: a table
export const CHURN_TYPES: Weights = [["VOLUNTARY", 45], ["INVOLUNTARY", 20], ["COMPETITIVE", 15], ["PASSIVE", 20]];
/** Primary reasons per churn type, from the seeded catalogue (codes; ids are looked up after reference data is seeded). */
// biome-ignore format: a table
export const REASONS_BY_TYPE: Record<string, Weights> = {
  VOLUNTARY: [["PRICE", 25], ["MISSING_FEATURES", 15], ["POOR_SERVICE", 12], ["ROI_VALUE", 12], ["POOR_UX", 10], ["WRONG_USE_CASE", 8], ["LOW_USAGE", 8], ["ORGANISATIONAL_CHANGE", 5], ["NO_LOYALTY", 5]],
  INVOLUNTARY: [["PAYMENT_FAILURE", 70], ["ORGANISATIONAL_CHANGE", 30]],
  COMPETITIVE: [["COMPETITOR_OFFER", 60], ["PRICE", 20], ["MISSING_FEATURES", 12], ["POOR_SERVICE", 8]],
  PASSIVE: [["LOW_USAGE", 40], ["FAILURE_TO_LAUNCH", 25], ["NO_LOYALTY", 20], ["WRONG_USE_CASE", 15]],
  REVENUE: [["DOWNGRADE_FEWER_PURCHASES", 55], ["PRICE", 20], ["ROI_VALUE", 15], ["LOW_USAGE", 10]],
};
// biome-ignore format: a table
export const ACTION_KINDS: Weights = [["WE_MISS_YOU_EMAIL", 30], ["DISCOUNT_OFFER", 25], ["CALLBACK", 20], ["CHECK_IN_CALL", 10], ["ROADMAP_UPDATE", 8], ["PAYMENT_RECOVERY", 7]];
// biome-ignore format: a table
export const TICKET_KINDS: Weights = [["QUESTION", 40], ["INCIDENT", 20], ["COMPLAINT", 20], ["FEATURE_REQUEST", 10], ["BILLING", 10]];
// biome-ignore format: a table
export const TICKET_CHANNELS: Weights = [["EMAIL", 40], ["CHAT", 25], ["WEB", 20], ["PHONE", 10], ["SOCIAL", 5]];
// biome-ignore format: a table
export const TICKET_TOPICS: Weights = [
  ["login", 14], ["integration", 12], ["performance", 12], ["reporting", 12], ["onboarding", 10], ["data-import", 10],
  ["mobile-app", 10], ["email-delivery", 10], ["permissions", 10],
];
// biome-ignore format: a table
export const SATISFACTION: Weights = [["SATISFIED", 25], ["INDIFFERENT", 12], ["DISSATISFIED", 6], ["", 57]];
