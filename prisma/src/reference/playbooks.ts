// Default retention and win-back playbooks (DESIGN.md "Retention and win-back actions"), with the JSON
// shapes of Playbook.conditions and Playbook.actions as zod schemas so the API validates what it stores.
import { z } from "zod";
import { ActionKind, type ActionTrigger, ChurnType, MessageKind } from "../../generated/enums.ts";

export const PlaybookConditions = z
  .object({
    churnTypes: z.array(z.enum(ChurnType)).min(1).optional(),
    reasonCodes: z.array(z.string().min(1)).min(1).optional(),
  })
  .strict();
export type PlaybookConditions = z.infer<typeof PlaybookConditions>;

export const PlaybookAction = z
  .object({
    kind: z.enum(ActionKind),
    dueInDays: z.number().int().min(0).max(365),
    messageKind: z.enum(MessageKind).optional(),
    offer: z.string().min(1).max(200).optional(),
  })
  .strict();
export type PlaybookAction = z.infer<typeof PlaybookAction>;
export const PlaybookActions = z.array(PlaybookAction).min(1);

/** A playbook applies when its trigger fired and every condition it states holds (absent = any). */
export function playbookMatches(conditions: PlaybookConditions, event: { churnType?: ChurnType; reasonCode?: string }): boolean {
  if (conditions.churnTypes && !(event.churnType && conditions.churnTypes.includes(event.churnType))) return false;
  if (conditions.reasonCodes && !(event.reasonCode && conditions.reasonCodes.includes(event.reasonCode))) return false;
  return true;
}

export interface PlaybookSeed {
  code: string;
  name: string;
  description: string;
  trigger: ActionTrigger;
  conditions: PlaybookConditions;
  actions: PlaybookAction[];
}

// biome-ignore format: a table
export const DEFAULT_PLAYBOOKS: PlaybookSeed[] = [
  {
    code: "PRICE_WIN_BACK", name: "Price: discount and loyalty offer", trigger: "CHURN_LOGGED", conditions: { reasonCodes: ["PRICE"] },
    description: "Left over price: offer a discount or coupon at once, invite to the loyalty programme, then a we-miss-you email.",
    actions: [
      { kind: "DISCOUNT_OFFER", dueInDays: 2, messageKind: "WIN_BACK_PRICE", offer: "20% off for 3 months" },
      { kind: "LOYALTY_INVITE", dueInDays: 14 },
      { kind: "WE_MISS_YOU_EMAIL", dueInDays: 30, messageKind: "WE_MISS_YOU" },
    ],
  },
  {
    code: "SERVICE_RECOVERY", name: "Poor service: callback and what changed", trigger: "CHURN_LOGGED", conditions: { reasonCodes: ["POOR_SERVICE"] },
    description: "One bad experience loses a third of customers: call back at a committed time, then tell them what changed.",
    actions: [{ kind: "CALLBACK", dueInDays: 1 }, { kind: "WE_MISS_YOU_EMAIL", dueInDays: 14, messageKind: "WIN_BACK_SERVICE" }],
  },
  {
    code: "FEATURE_GAP", name: "Missing features: newest options", trigger: "CHURN_LOGGED", conditions: { reasonCodes: ["MISSING_FEATURES"] },
    description: "Left for a missing feature: record the request, show the newest offers; the roadmap playbook follows when it ships.",
    actions: [{ kind: "RECOMMENDATION", dueInDays: 7, messageKind: "WIN_BACK_OPTIONS" }],
  },
  {
    code: "FEATURE_SHIPPED", name: "Roadmap update when a feature ships", trigger: "FEATURE_SHIPPED", conditions: { reasonCodes: ["MISSING_FEATURES"] },
    description: "When a feature customers left for ships, tell each of them (one company doubled its win-back rate this way).",
    actions: [{ kind: "ROADMAP_UPDATE", dueInDays: 0, messageKind: "FEATURE_SHIPPED" }],
  },
  {
    code: "PAYMENT_RECOVERY", name: "Failed payment recovery", trigger: "PAYMENT_FAILED", conditions: {},
    description: "A payment failed: send the update-your-card message at once and call if it is still open after three days.",
    actions: [{ kind: "PAYMENT_RECOVERY", dueInDays: 0, messageKind: "PAYMENT_RECOVERY" }, { kind: "CALLBACK", dueInDays: 3 }],
  },
  {
    code: "INVOLUNTARY_PAYMENT_CHURN", name: "Involuntary churn: last payment recovery", trigger: "CHURN_LOGGED", conditions: { churnTypes: ["INVOLUNTARY"], reasonCodes: ["PAYMENT_FAILURE"] },
    description: "Lost to a failed payment: one more recovery attempt; payment defaulters are let go.",
    actions: [{ kind: "PAYMENT_RECOVERY", dueInDays: 1, messageKind: "PAYMENT_RECOVERY" }],
  },
  {
    code: "PASSIVE_CHECK_IN", name: "Passive churn: check-in", trigger: "CHURN_LOGGED", conditions: { churnTypes: ["PASSIVE"] },
    description: "Drifted away without a word: a check-in call, then a we-miss-you email.",
    actions: [{ kind: "CHECK_IN_CALL", dueInDays: 3 }, { kind: "WE_MISS_YOU_EMAIL", dueInDays: 10, messageKind: "WE_MISS_YOU" }],
  },
  {
    code: "AT_RISK_CHECK_IN", name: "At risk: check-in and training", trigger: "AT_RISK", conditions: {},
    description: "Health score fell below the threshold: call before they leave and offer training.",
    actions: [{ kind: "CHECK_IN_CALL", dueInDays: 2 }, { kind: "TRAINING", dueInDays: 14 }],
  },
  {
    code: "COMPETITOR_WIN_BACK", name: "Competitor: better fit and win-back", trigger: "CHURN_LOGGED", conditions: { churnTypes: ["COMPETITIVE"] },
    description: "Moved to a competitor: recommend the best-fitting plan, and write again with the newest offers after two months.",
    actions: [{ kind: "BETTER_FIT", dueInDays: 3 }, { kind: "WE_MISS_YOU_EMAIL", dueInDays: 60, messageKind: "WIN_BACK_OPTIONS" }],
  },
  {
    code: "ONBOARDING_RESCUE", name: "Usage: onboarding and training", trigger: "CHURN_LOGGED", conditions: { reasonCodes: ["FAILURE_TO_LAUNCH", "LOW_USAGE", "POOR_UX"] },
    description: "Never got going or found it hard: offer a fresh onboarding and a training session.",
    actions: [{ kind: "ONBOARDING", dueInDays: 3 }, { kind: "TRAINING", dueInDays: 10 }],
  },
  {
    code: "VALUE_REVIEW", name: "Value: success review and loyalty", trigger: "CHURN_LOGGED", conditions: { reasonCodes: ["ROI_VALUE", "NO_LOYALTY"] },
    description: "Did not see the value: a callback with their success metrics, then a loyalty programme invitation.",
    actions: [{ kind: "CALLBACK", dueInDays: 3 }, { kind: "LOYALTY_INVITE", dueInDays: 14 }],
  },
  {
    code: "WRONG_FIT_EXIT", name: "Wrong fit: easy exit", trigger: "CHURN_LOGGED", conditions: { reasonCodes: ["WRONG_USE_CASE"] },
    description: "Sold for the wrong need: recommend a better-fitting product (even a competitor's) and refund fast.",
    actions: [{ kind: "BETTER_FIT", dueInDays: 2 }, { kind: "REFUND", dueInDays: 5 }],
  },
  {
    code: "ORGANISATION_CHANGE", name: "Organisational change: keep in touch", trigger: "CHURN_LOGGED", conditions: { reasonCodes: ["ORGANISATIONAL_CHANGE"] },
    description: "Left because of a change on their side: call the new decision makers.",
    actions: [{ kind: "CALLBACK", dueInDays: 7 }],
  },
  {
    code: "REVENUE_DOWNGRADE", name: "Downgrade: check-in and recommendations", trigger: "CHURN_LOGGED", conditions: { churnTypes: ["REVENUE"] },
    description: "Pays less than before: a check-in call and recommendations from their purchase history.",
    actions: [{ kind: "CHECK_IN_CALL", dueInDays: 7 }, { kind: "RECOMMENDATION", dueInDays: 21 }],
  },
  {
    code: "BIRTHDAY_GREETING", name: "Birthday greeting", trigger: "BIRTHDAY", conditions: {},
    description: "A birthday message to the customer's contact.",
    actions: [{ kind: "GREETING", dueInDays: 0, messageKind: "BIRTHDAY" }],
  },
  {
    code: "ANNIVERSARY_GREETING", name: "Anniversary greeting and loyalty", trigger: "ANNIVERSARY", conditions: {},
    description: "Thank the customer on the anniversary of signing up and invite them to the loyalty programme.",
    actions: [{ kind: "GREETING", dueInDays: 0, messageKind: "ANNIVERSARY" }, { kind: "LOYALTY_INVITE", dueInDays: 7 }],
  },
];
