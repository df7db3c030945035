// Warning signals added to a story: a downgrade before many churns (and sometimes without one), a decline in
// engagement in the months before a churn (deepest and longest for passive churn; none for some surprises),
// harmless dips that recover (false alarms), and win-backs after a churn.
import type { ChurnType } from "../../generated/enums.ts";
import { type DemoContext, days, startOfDay } from "./context.ts";
import { Weighted } from "./random.ts";
import type { Story } from "./story.ts";

// biome-ignore format: a table
const REVENUE_REASONS = new Weighted([["DOWNGRADE_FEWER_PURCHASES", 40], ["PRICE", 25], ["LOW_USAGE", 15], ["ROI_VALUE", 12], ["ORGANISATIONAL_CHANGE", 5], ["MISSING_FEATURES", 3]]);
const UNHAPPY = new Set(["POOR_SERVICE", "POOR_UX", "MISSING_FEATURES"]);
/** How long before a churn engagement starts falling, and how far: passive churners fade longest and deepest. */
// biome-ignore format: a table
const DECLINE_SHAPE: Record<Exclude<ChurnType, "REVENUE">, { months: [number, number]; depth: [number, number] }> = {
  PASSIVE: { months: [4, 6], depth: [0.1, 0.25] },
  VOLUNTARY: { months: [3, 5], depth: [0.2, 0.4] },
  COMPETITIVE: { months: [2, 4], depth: [0.3, 0.5] },
  INVOLUNTARY: { months: [1, 3], depth: [0.5, 0.8] },
};

/** Downgrades, declines before churn, harmless dips (false alarms) and win-backs. */
export function addSignals(ctx: DemoContext, s: Story): void {
  const { rng, anchor } = ctx;
  const c = s.churn;
  const lifeEnd = c ? c.requested : anchor;
  if (
    c &&
    c.type !== "INVOLUNTARY" &&
    ["PRICE", "ROI_VALUE", "LOW_USAGE", "MISSING_FEATURES", "NO_LOYALTY", "COMPETITOR_OFFER"].includes(c.reason) &&
    rng.chance(0.45)
  ) {
    const at = startOfDay(c.requested - days(rng.int(25, 70)));
    const reason = ctx.reasonAllows(c.reason, "REVENUE") ? c.reason : "DOWNGRADE_FEWER_PURCHASES";
    if (at > s.signup + days(45) && at < anchor) s.downgrade = { day: at, reason };
  } else if (rng.chance(0.08) && lifeEnd - s.signup > days(150)) {
    const at = startOfDay(rng.float(s.signup + days(90), lifeEnd - days(30)));
    s.downgrade = { day: at, reason: REVENUE_REASONS.pick(rng) };
    if (rng.chance(0.5))
      s.declines.push({ start: at - days(60), end: at, depth: 0.6, complaints: 0, silent: false, slowService: false, hold: false });
  }

  const surprise = !c || (c.reason === "PAYMENT_FAILURE" ? 0.5 : c.reason === "ORGANISATIONAL_CHANGE" ? 0.6 : 0.12) > rng.next();
  if (c && !surprise) {
    const shape = DECLINE_SHAPE[c.type];
    const months = rng.int(shape.months[0], shape.months[1]);
    const depth = rng.float(shape.depth[0], shape.depth[1]);
    const complaints = c.type === "PASSIVE" ? 0 : UNHAPPY.has(c.reason) ? rng.int(1, 3) : rng.int(0, 1);
    const start = Math.max(s.signup + days(15), c.requested - days(30 * months));
    s.declines.push({
      start,
      end: c.requested,
      depth,
      complaints,
      silent: c.type === "PASSIVE",
      slowService: c.reason === "POOR_SERVICE",
      hold: true,
    });
  }
  // False alarms: a dip that recovers, so "at risk" is a strong signal but not a certainty.
  if (rng.chance(0.1) && lifeEnd - s.signup > days(200)) {
    const start = rng.float(s.signup + days(30), lifeEnd - days(150));
    s.declines.push({
      start,
      end: start + days(rng.int(45, 90)),
      depth: rng.float(0.35, 0.6),
      complaints: rng.int(0, 1),
      silent: false,
      slowService: false,
      hold: false,
    });
  }

  if (c?.recorded && c.winBackEligible) {
    const feature = c.featureIndex === null ? null : ctx.refs.features[c.featureIndex];
    const shipped = feature?.shippedAt ?? null;
    if (shipped !== null && shipped > c.effective && shipped < anchor && rng.chance(0.45)) {
      const at = startOfDay(shipped + days(rng.int(4, 30)));
      if (at < anchor) s.winBack = { day: at, viaFeature: true };
    } else if (rng.chance(0.22)) {
      const at = startOfDay(c.effective + days(rng.int(20, 120)));
      if (at < anchor) s.winBack = { day: at, viaFeature: false };
    }
  }
}
