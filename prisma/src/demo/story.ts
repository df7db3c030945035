// A customer's latent story, decided before any row is written: when they sign up, which products they
// add, whether and why they churn (or downgrade), whether they come back. The warning signals are then
// drawn from this story (declines before a churn), never from a score, so a health score computed later
// can be backtested honestly. Churn hazards follow DESIGN.md: more products, weekly engagement, vertical
// specialisation and needs-based selling all keep customers longer.
import type { ChurnType, Plan } from "../../generated/enums.ts";
import { COMPETITORS, FIRST_PRODUCT, PLAN_MIX, PRODUCTS, SPECIALISED_INDUSTRIES } from "./catalogue.ts";
import { type DemoContext, days, startOfDay } from "./context.ts";
import { Weighted } from "./random.ts";
import { addSignals } from "./signals.ts";

export interface Churn {
  type: Exclude<ChurnType, "REVENUE">; // a downgrade is the story's `downgrade`, not its churn
  reason: string;
  requested: number;
  effective: number;
  recorded: boolean; // false: it happens after the anchor, only its warning signals are in the data
  competitor: string | null;
  featureIndex: number | null;
  winBackEligible: boolean;
}

export interface Decline {
  start: number;
  end: number;
  depth: number; // engagement falls to this share of normal by the end
  complaints: number; // complaint tickets during the decline
  silent: boolean; // tickets and interactions dry up too (passive churn)
  slowService: boolean; // tickets wait hours for a first answer (the poor-service story)
  hold: boolean; // engagement stays at the bottom after `end` (until the churn takes effect)
}

export interface Story {
  signup: number;
  trial: boolean;
  plan: Plan;
  productAdds: { product: number; day: number }[]; // the first one is the signup
  weeklyEngaged: boolean;
  baselineLogins: number;
  openRate: number;
  redeemRate: number;
  ticketRate: number; // tickets a month in normal times
  abusive: boolean;
  churn: Churn | null;
  downgrade: { day: number; reason: string } | null;
  winBack: { day: number; viaFeature: boolean } | null;
  declines: Decline[];
}

// biome-ignore format: a table
const TYPES = new Weighted<Exclude<ChurnType, "REVENUE">>([["VOLUNTARY", 40], ["PASSIVE", 25], ["INVOLUNTARY", 18], ["COMPETITIVE", 17]]);
/** Reasons per churn type; each listed reason has the type in its churnTypes (checked by the tests). */
// biome-ignore format: a table
const REASONS: Record<Exclude<ChurnType, "REVENUE">, Weighted<string>> = {
  VOLUNTARY: new Weighted([["PRICE", 20], ["POOR_SERVICE", 15], ["ROI_VALUE", 14], ["MISSING_FEATURES", 12], ["POOR_UX", 10], ["WRONG_USE_CASE", 8], ["ORGANISATIONAL_CHANGE", 6], ["FAILURE_TO_LAUNCH", 5], ["LOW_USAGE", 5], ["NO_LOYALTY", 5]]),
  COMPETITIVE: new Weighted([["COMPETITOR_OFFER", 45], ["PRICE", 25], ["MISSING_FEATURES", 15], ["POOR_SERVICE", 8], ["POOR_UX", 4], ["NO_LOYALTY", 3]]),
  PASSIVE: new Weighted([["LOW_USAGE", 35], ["FAILURE_TO_LAUNCH", 25], ["NO_LOYALTY", 20], ["WRONG_USE_CASE", 8], ["ROI_VALUE", 7], ["POOR_UX", 5]]),
  INVOLUNTARY: new Weighted([["PAYMENT_FAILURE", 75], ["ORGANISATIONAL_CHANGE", 25]]),
};
// biome-ignore format: a table
const PRODUCT_COUNT = new Weighted([[1, 40], [2, 30], [3, 18], [4, 12]]);
/** Monthly churn hazard by products held: ~30% retained after two years with one product, ~80% with four. */
const HAZARD = [0, 0.042, 0.025, 0.016, 0.008];

export function planStory(ctx: DemoContext, signup: number, industry: string): Story {
  const { rng, anchor } = ctx;
  const plan = PLAN_MIX.pick(rng);
  const trial = anchor - signup < days(14) && rng.chance(0.5);
  const abusive = rng.chance(0.01);
  const weeklyEngaged = rng.chance(plan === "STARTER" ? 0.35 : 0.55);
  const needsBased = rng.chance(0.5);

  // Products: the first at signup; an early upsell (first 3 months) for about half of the multi-product customers.
  const target = Math.min(4, PRODUCT_COUNT.pick(rng) + (plan === "ENTERPRISE" ? 1 : 0));
  const productAdds = [{ product: FIRST_PRODUCT.pick(rng), day: signup }];
  let next = signup + (rng.chance(0.55) ? days(rng.int(20, 85)) : days(rng.int(100, 420)));
  while (productAdds.length < target && next < anchor) {
    let product = rng.int(0, PRODUCTS.length - 1);
    while (productAdds.some((a) => a.product === product)) product = (product + 1) % PRODUCTS.length;
    productAdds.push({ product, day: next });
    next += days(rng.int(60, 240));
  }

  let churn: Churn | null = null;
  if (!trial) {
    const modifier =
      (weeklyEngaged ? 0.7 : 1) *
      (SPECIALISED_INDUSTRIES.has(industry) ? 0.85 : 1) *
      (needsBased ? 0.75 : 1) *
      (plan === "ENTERPRISE" ? 0.7 : 1) *
      (abusive ? 1.6 : 1);
    for (let m = 1; signup + days(m * 30.44) < anchor + days(90); m++) {
      const at = signup + days(Math.round(m * 30.44));
      const held = productAdds.filter((a) => a.day <= at).length;
      if (rng.chance(HAZARD[held] * modifier)) {
        churn = decideChurn(ctx, startOfDay(at + days(rng.int(0, 27))), signup, abusive);
        break;
      }
    }
  }
  if (churn) productAdds.splice(0, productAdds.length, ...productAdds.filter((a) => a.day < (churn as Churn).requested));

  const story: Story = {
    signup,
    trial,
    plan,
    productAdds,
    weeklyEngaged,
    abusive,
    churn,
    baselineLogins: rng.int(8, 22) * (weeklyEngaged ? 1.3 : 1),
    openRate: rng.float(0.3, 0.65),
    redeemRate: rng.float(0.2, 0.5),
    // Most customers open a ticket every few months; a fifth almost never do, a few do every week.
    ticketRate: abusive ? rng.float(4, 8) : rng.chance(0.2) ? 0.03 : rng.chance(0.03) ? rng.float(3, 5) : rng.float(0.1, 0.35),
    downgrade: null,
    winBack: null,
    declines: [],
  };
  addSignals(ctx, story);
  return story;
}

/** A feature the customer could have left for: one not shipped yet when they asked to leave. */
export function missingFeatureAt(ctx: DemoContext, at: number): number {
  const { features } = ctx.refs;
  const missing = features.map((f, i) => (f.shippedAt === null || f.shippedAt > at ? i : -1)).filter((i) => i >= 0);
  return missing.length ? ctx.rng.pick(missing) : ctx.rng.int(0, features.length - 1);
}

function decideChurn(ctx: DemoContext, effective: number, signup: number, abusive: boolean): Churn {
  const { rng, anchor } = ctx;
  const type = TYPES.pick(rng);
  const reason = REASONS[type].pick(rng);
  const notice = type === "PASSIVE" ? 0 : reason === "PAYMENT_FAILURE" ? rng.int(14, 35) : rng.int(0, 30);
  const requested = Math.max(signup + days(1), effective - days(notice));
  const defaulter = reason === "PAYMENT_FAILURE" && rng.chance(0.5);
  return {
    type,
    reason,
    requested,
    effective,
    recorded: effective < anchor,
    competitor: type === "COMPETITIVE" ? COMPETITORS.pick(rng) : null,
    featureIndex: reason === "MISSING_FEATURES" ? missingFeatureAt(ctx, requested) : null,
    winBackEligible: !abusive && !defaulter,
  };
}
