// Prisma enums as GraphQL enums, each value described (the API is its own documentation).
import {
  ActionKind,
  ActionOutcome,
  ActionStatus,
  ActionTrigger,
  ChurnSource,
  ChurnType,
  CustomerStatus,
  OwnerTeam,
  Plan,
  ReasonCategory,
  Role,
  Satisfaction,
  TicketChannel,
  TicketKind,
  TicketPriority,
  TicketStatus,
} from "@churnstile/prisma";
import { builder } from "./builder.ts";

type Described<E extends Record<string, string>> = { [K in keyof E]: string };

function describedEnum<E extends Record<string, string>>(name: string, values: E, description: string, docs: Described<E>) {
  const described = Object.fromEntries(Object.keys(values).map((k) => [k, { description: docs[k as keyof E] }]));
  return builder.enumType(values, { name, description, values: described } as never);
}

export const RoleEnum = describedEnum("Role", Role, "What a staff user may do.", {
  ADMIN: "Everything, including users, API keys, configuration and the audit log.",
  MANAGER: "Reads and writes all business data.",
  AGENT: "Reads and writes customers, churn and retention work.",
  ANALYST: "Reads data and metrics; no writes.",
});

export const ChurnTypeEnum = describedEnum(
  "ChurnType",
  ChurnType,
  "Why a relationship ended or shrank; every churn event has exactly one.",
  {
    VOLUNTARY: "The customer decided to leave: dissatisfaction, price, poor service, a better alternative, changed needs.",
    INVOLUNTARY:
      "Ended without the customer's intent: expired card, insufficient funds, billing error, organisational change, illness or relocation.",
    COMPETITIVE: "Moved to a named competitor for price, offer or features.",
    PASSIVE: "Stopped using it without saying so: forgot to renew, the need faded.",
    REVENUE: "Still a customer but pays less (downgrade, fewer purchases): counted in revenue churn, never in logo churn.",
  },
);

export const CustomerStatusEnum = describedEnum("CustomerStatus", CustomerStatus, "Where a customer stands.", {
  TRIAL: "Trying the product, not yet paying.",
  ACTIVE: "Paying, with at least one active subscription.",
  PAST_DUE: "A payment failed and recovery is under way.",
  CHURNED: "No active subscription: the customer has left.",
});

export const SatisfactionEnum = describedEnum("Satisfaction", Satisfaction, "Satisfaction from the latest survey or contact.", {
  SATISFIED: "Said they are satisfied.",
  INDIFFERENT: "Neither satisfied nor dissatisfied.",
  DISSATISFIED: "Said they are dissatisfied.",
});

export const PlanEnum = describedEnum("Plan", Plan, "The customer's plan tier.", {
  STARTER: "Entry tier.",
  GROWTH: "For growing teams.",
  BUSINESS: "For established businesses.",
  ENTERPRISE: "Negotiated contracts.",
});

export const ReasonCategoryEnum = describedEnum("ReasonCategory", ReasonCategory, "The family a churn reason belongs to.", {
  FIT: "The product did not fit the use case.",
  ONBOARDING: "The customer never got started.",
  PRODUCT: "Missing features or functionality.",
  USAGE: "Too little use to justify it.",
  VALUE: "Return on investment not seen.",
  ORGANISATION: "A change at the customer (merger, new management, budget).",
  PRICE: "Too expensive.",
  SERVICE: "Poor service or support.",
  EXPERIENCE: "Poor user experience.",
  PAYMENT: "A payment failed.",
  COMPETITION: "A better competitor offer.",
  LOYALTY: "No reason to stay.",
});

export const OwnerTeamEnum = describedEnum("OwnerTeam", OwnerTeam, "The team that must fix a churn reason (its mitigation owner).", {
  MARKETING_SALES: "Marketing & sales.",
  SALES_ONBOARDING: "Sales & onboarding.",
  PRODUCT_SUPPORT: "Product & support.",
  SUPPORT_ONBOARDING: "Support & onboarding.",
  SUPPORT_METRICS_RELATIONSHIP: "Support metrics & relationship management.",
  SUPPORT_RELATIONSHIP: "Support & relationship management.",
  PRICING: "Pricing.",
  SUPPORT: "Support.",
  PRODUCT_DESIGN: "Product design.",
  BILLING: "Billing.",
  PRODUCT_MARKETING: "Product marketing.",
  CUSTOMER_SUCCESS: "Customer success.",
});

export const TicketKindEnum = describedEnum("TicketKind", TicketKind, "What a support ticket is about.", {
  QUESTION: "A how-to question.",
  INCIDENT: "Something is broken.",
  COMPLAINT: "The customer is unhappy (a churn warning signal).",
  FEATURE_REQUEST: "Asks for something the product lacks.",
  BILLING: "About invoices or payments.",
});
export const TicketChannelEnum = describedEnum("TicketChannel", TicketChannel, "Where a ticket came in.", {
  EMAIL: "E-mail.",
  PHONE: "Phone call.",
  CHAT: "Live chat.",
  WEB: "Web form.",
  SOCIAL: "Social media.",
});
export const TicketStatusEnum = describedEnum("TicketStatus", TicketStatus, "Where a ticket stands.", {
  OPEN: "Waiting for the support team.",
  PENDING: "Waiting for the customer.",
  RESOLVED: "Answered; may reopen.",
  CLOSED: "Done.",
});
export const TicketPriorityEnum = describedEnum("TicketPriority", TicketPriority, "How urgent a ticket is.", {
  LOW: "Whenever there is time.",
  NORMAL: "The usual queue.",
  HIGH: "Before normal tickets.",
  URGENT: "Now.",
});
export const ActionKindEnum = describedEnum("ActionKind", ActionKind, "A retention or win-back action.", {
  WE_MISS_YOU_EMAIL: "Personalised 'we miss you' e-mail, written for the churn reason.",
  DISCOUNT_OFFER: "Loyalty bonus, discount or coupon (price-driven churn).",
  CALLBACK: "A call back at a committed date and time.",
  CHECK_IN_CALL: "A check-in call to a quiet or at-risk customer.",
  ONBOARDING: "Help getting started.",
  TRAINING: "Training on the product.",
  LOYALTY_INVITE: "Invitation to the loyalty programme.",
  GREETING: "Birthday or anniversary greeting.",
  RECOMMENDATION: "Recommendation from purchase history.",
  REFUND: "A fast refund and an easy exit.",
  ROADMAP_UPDATE: "Tell the customer that the feature they left for has shipped.",
  PAYMENT_RECOVERY: "Recover a failed payment.",
  BETTER_FIT: "Recommend a better-fitting product, even a competitor's.",
});
export const ActionStatusEnum = describedEnum("ActionStatus", ActionStatus, "Progress of a retention action.", {
  PLANNED: "Scheduled, not started.",
  IN_PROGRESS: "Being worked on.",
  DONE: "Completed, with an outcome.",
  CANCELLED: "Dropped.",
});
export const ActionOutcomeEnum = describedEnum("ActionOutcome", ActionOutcome, "What a completed action achieved.", {
  RETAINED: "The customer stayed.",
  WON_BACK: "The churned customer came back.",
  DECLINED: "The customer said no.",
  NO_RESPONSE: "No answer.",
  LET_GO: "Not worth winning back (payment defaulter or abusive account).",
});
export const ActionTriggerEnum = describedEnum("ActionTrigger", ActionTrigger, "What created a retention action.", {
  MANUAL: "Created by staff.",
  CHURN_LOGGED: "Suggested by a playbook when churn was logged.",
  AT_RISK: "The health score fell below the at-risk threshold.",
  PAYMENT_FAILED: "A payment failed.",
  FEATURE_SHIPPED: "A feature customers left for has shipped.",
  BIRTHDAY: "The customer's birthday.",
  ANNIVERSARY: "The customer's anniversary.",
});
export const ChurnSourceEnum = describedEnum("ChurnSource", ChurnSource, "Where a churn event was logged from.", {
  CONSOLE: "The admin console.",
  API: "An internal tool through the API.",
  EXIT_SURVEY: "An exit-survey answer.",
  BILLING: "The billing system (failed payments).",
  IMPORT: "A bulk import or the demo data.",
});

// ── Enums of the remaining entities (products, engagement, surveys, segments, messages, webhooks) ──
import {
  DeliveryStatus,
  FeatureStatus,
  InteractionKind,
  MessageKind,
  MrrMovementKind,
  PaymentFailureStatus,
  SegmentKind,
  SurveyChannel,
  SurveyStatus,
} from "@churnstile/prisma";

export const MrrMovementKindEnum = describedEnum(
  "MrrMovementKind",
  MrrMovementKind,
  "How a change in MRR is classified (end MRR = start + new + reactivation + expansion − contraction − churn).",
  {
    NEW: "A customer's first revenue.",
    EXPANSION: "An existing customer pays more (upgrade, added product).",
    CONTRACTION: "An existing customer pays less but stays (downgrade, one of several subscriptions cancelled; REVENUE churn).",
    CHURN: "The customer's MRR reached zero: their last subscription ended.",
    REACTIVATION: "A churned customer pays again (win-back), attributed to the retention action that preceded it.",
  },
);
export const InteractionKindEnum = describedEnum("InteractionKind", InteractionKind, "How staff and a customer were in touch.", {
  CALL: "A phone or video call.",
  EMAIL: "An e-mail.",
  MEETING: "A meeting in person or online.",
  CHAT: "A chat conversation.",
});
export const PaymentFailureStatusEnum = describedEnum(
  "PaymentFailureStatus",
  PaymentFailureStatus,
  "Where a failed payment stands on the involuntary-churn path.",
  {
    OPEN: "Failed; recovery attempts are under way.",
    RECOVERED: "The payment went through after all.",
    CHURNED: "Recovery failed and the customer was lost (involuntary churn).",
  },
);
export const FeatureStatusEnum = describedEnum(
  "FeatureStatus",
  FeatureStatus,
  "Roadmap status of a feature customers asked for or left over.",
  {
    REQUESTED: "Asked for; not on the roadmap yet.",
    PLANNED: "On the roadmap.",
    SHIPPED: "Released; customers who left for it are told (shipFeature).",
  },
);
export const SurveyChannelEnum = describedEnum("SurveyChannel", SurveyChannel, "How an exit survey was answered.", {
  LINK: "By the customer through the tokenised public link.",
  PHONE: "By staff on a call with the customer.",
  CONSOLE: "Entered by staff in the console.",
});
export const SurveyStatusEnum = describedEnum("SurveyStatus", SurveyStatus, "Where an exit-survey response stands.", {
  PENDING: "Sent, not answered yet.",
  COMPLETED: "Answered.",
  EXPIRED: "The link expired unanswered.",
});
export const SegmentKindEnum = describedEnum("SegmentKind", SegmentKind, "How a segment's members are decided.", {
  DYNAMIC: "By its rule: members are the customers matching it right now.",
  STATIC: "By hand: members are added and removed explicitly.",
});
export const MessageKindEnum = describedEnum("MessageKind", MessageKind, "What a message template is for.", {
  WE_MISS_YOU: "Personalised 'we miss you' e-mail to a churned or quiet customer.",
  WIN_BACK_PRICE: "Win-back for price-driven churn: loyalty bonus, discount or coupon ({{offer}}).",
  WIN_BACK_SERVICE: "Win-back after poor service: what changed since.",
  WIN_BACK_OPTIONS: "Win-back for fewer options: the newest offers.",
  FEATURE_SHIPPED: "Roadmap update: the feature the customer left for ({{feature.title}}) has shipped.",
  PAYMENT_RECOVERY: "A payment failed: update the payment details ({{payment.link}}).",
  BIRTHDAY: "Birthday greeting.",
  ANNIVERSARY: "Signup-anniversary greeting.",
  EXIT_SURVEY_INVITE: "Invitation to the exit survey ({{survey.link}}).",
});
export const DeliveryStatusEnum = describedEnum("DeliveryStatus", DeliveryStatus, "Where a webhook delivery stands.", {
  PENDING: "Waiting for its (next) attempt at nextAttemptAt.",
  DELIVERED: "The receiver answered 2xx.",
  FAILED: "Gave up after the last retry.",
});

// ── Domain-command enums (logChurn and friends) ──
export const PaymentFailureOutcomeEnum = builder.enumType("PaymentFailureOutcome", {
  description: "How an open payment failure ends.",
  values: {
    RECOVERED: { description: "The payment went through after all: the customer is ACTIVE again." },
    CHURNED: { description: "Recovery failed: an INVOLUNTARY churn with reason PAYMENT_FAILURE is logged." },
  } as const,
});
