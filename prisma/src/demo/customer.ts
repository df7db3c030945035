// One demo customer and everything that hangs off it: identity (names in the country's script), story,
// subscriptions and movements, activity, churn events, surveys and actions, segment memberships.

import { writeActions } from "./actions.ts";
import { ActivityWriter, activePeriods } from "./activity.ts";
import { COUNTRIES, INDUSTRIES } from "./catalogue.ts";
import { type DemoCustomer, writeChurnEvents } from "./churn-events.ts";
import { type DemoContext, days, startOfDay } from "./context.ts";
import { day, type RowBuffer, ts } from "./csv.ts";
import { Ledger } from "./ledger.ts";
import { Weighted } from "./random.ts";
import { planStory, type Story } from "./story.ts";
import { companyName } from "./texts.ts";

export const DEMO_EXTERNAL_ID_PREFIX = "demo-";
const OWNERS = new Weighted<"agent" | "manager" | "admin">([
  ["agent", 60],
  ["manager", 30],
  ["admin", 10],
]);

/** Sign-ups grow over the two years (density rising linearly to twice the start), in customer-id order. */
function signupDay(ctx: DemoContext, index: number): number {
  const u = (index + ctx.rng.next()) / ctx.customers;
  const t = -1 + Math.sqrt(1 + 3 * u);
  return startOfDay(ctx.historyStart + t * (ctx.anchor - ctx.historyStart - days(1)));
}

export function writeCustomer(ctx: DemoContext, out: RowBuffer, index: number): void {
  const { rng, anchor, refs } = ctx;
  const id = ctx.nextId("Customer");
  const country = COUNTRIES.pick(rng);
  const f = rng.faker[country.names];
  const sex = rng.chance(0.5) ? "female" : "male";
  const firstName = rng.personName(country.names, "first_name", sex);
  const lastName = rng.personName(country.names, "last_name", sex);
  const company = rng.chance(0.85) ? companyName(rng, country.names) : null;
  const email = rng.chance(0.95) ? f.internet.email({ firstName, lastName }).toLowerCase() : null;
  const industry = INDUSTRIES.pick(rng);
  const ownerId = refs.users[OWNERS.pick(rng)];
  const birthday = rng.chance(0.8) ? startOfDay(anchor - days(rng.int(24 * 365, 65 * 365))) : null; // contacts aged 24 to 65
  const signup = signupDay(ctx, index);
  const s = planStory(ctx, signup, industry);

  // Event ids in date order (a downgrade usually precedes the final churn).
  const churnFirst = s.churn?.recorded === true && (!s.downgrade || s.churn.effective < s.downgrade.day);
  let churnEventId: number | null = churnFirst ? ctx.nextId("ChurnEvent") : null;
  const revenueEventId = s.downgrade ? ctx.nextId("ChurnEvent") : null;
  if (s.churn?.recorded && !churnFirst) churnEventId = ctx.nextId("ChurnEvent");
  const ids = { churnEventId, revenueEventId };

  const ledger = new Ledger(ctx, id, s, ids);
  const activity = new ActivityWriter(ctx, out, id, ownerId, s).write();
  const cu: DemoCustomer = { id, ownerId, locale: country.locale, birthday };
  const { surveySatisfaction, failures } = writeChurnEvents(ctx, out, cu, s, ledger, ids);
  const revenue = ledger.downgradeMrr > 0 ? revenueEventId : null;
  const winner = writeActions(
    ctx,
    out,
    cu,
    s,
    { churnEventId, revenueEventId: revenue, revenueReason: s.downgrade?.reason ?? null },
    failures,
  );
  if (ledger.reactivation && winner !== null) ledger.reactivation.retentionActionId = winner;
  for (const sub of ledger.subscriptions) out.add("Subscription", sub);
  for (const m of ledger.movements) out.add("MrrMovement", m);

  const mrr = ledger.mrrAtAnchor;
  writeSegmentMemberships(ctx, out, id, country.code, s, ledger);

  const csat = activity.recentCsat;
  const score = surveySatisfaction ?? (csat.length ? csat.reduce((a, b) => a + b, 0) / csat.length : null);
  const satisfaction = score === null ? null : score >= 4 ? "SATISFIED" : score >= 3 ? "INDIFFERENT" : "DISSATISFIED";
  const periods = activePeriods(ctx, s);
  const deletedAt = rng.chance(0.008) ? ts(periods[0][0] + Math.floor(rng.next() * (anchor - periods[0][0]))) : null;
  const signedUpAt = signup + rng.int(7, 19) * 3600_000 + rng.int(0, 59) * 60_000;
  out.add("Customer", {
    id,
    externalId: `${DEMO_EXTERNAL_ID_PREFIX}${String(index + 1).padStart(7, "0")}`,
    name: `${firstName} ${lastName}`,
    email,
    company,
    country: country.code,
    city: country.cities.pick(rng),
    industry,
    plan: ledger.plan,
    mrrMinor: mrr,
    status: s.trial ? "TRIAL" : mrr === 0 ? "CHURNED" : failures.some((x) => x.status === "OPEN") ? "PAST_DUE" : "ACTIVE",
    satisfaction,
    signedUpAt: ts(signedUpAt),
    lastInteractionAt: activity.lastInteractionAt === null ? null : ts(activity.lastInteractionAt),
    locale: country.locale,
    birthday: birthday === null ? null : day(birthday),
    ownerId,
    abusive: s.abusive,
    deletedAt,
    createdAt: ts(signedUpAt),
    updatedAt: ts(anchor),
  });
}

/** Static segment members: Gulf key accounts, the win-back pilot (recent churners), loyalty programme members. */
function writeSegmentMemberships(ctx: DemoContext, out: RowBuffer, customerId: number, country: string, s: Story, ledger: Ledger): void {
  const { rng, anchor, refs } = ctx;
  const paying = ledger.mrrAtAnchor > 0;
  const add = (name: string, at: number) => {
    const segmentId = refs.segmentIds.get(name);
    if (segmentId !== undefined)
      out.add("SegmentMember", { segmentId, customerId, addedAt: ts(Math.min(Math.max(at, s.signup), anchor - 3600_000)) });
  };
  if ((country === "SA" || country === "AE") && (ledger.plan === "BUSINESS" || ledger.plan === "ENTERPRISE") && paying) {
    add("Gulf key accounts", anchor - days(200));
  }
  const c = s.churn;
  if (c?.recorded && !s.winBack && c.winBackEligible && c.effective > anchor - days(300) && rng.chance(0.3)) {
    add("Win-back pilot 2026", c.effective + days(7));
  }
  if (paying && s.productAdds.length >= 3 && rng.chance(0.6)) add("Loyalty programme members", s.productAdds[2].day + days(rng.int(1, 60)));
}
