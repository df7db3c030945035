// logChurn: the command that records a departure (or a downgrade) with everything it implies, in one
// transaction. The rules live in ../domain/churn.ts; this file is the GraphQL surface.
import { canWriteChurn } from "../access.ts";
import { builder } from "../builder.ts";
import type { Context } from "../context.ts";
import { parseId } from "../crud.ts";
import { type ChurnInput, type ChurnResult, logChurnCore } from "../domain/churn.ts";
import { IDEMPOTENCY_KEY_DOC, noRow, runCommand } from "../domain/command.ts";
import { LET_GO_RULE } from "../domain/win-back.ts";
import { ChurnSourceEnum, ChurnTypeEnum } from "../enums.ts";
import * as v from "../validators.ts";

const LogChurnInput = builder.inputType("LogChurnInput", {
  description: "A churn to log. Send primaryReasonId or primaryReasonCode.",
  fields: (t) => ({
    customerId: t.id({
      required: true,
      description: "Who churned: not deleted, with at least one active subscription.",
    }),
    type: t.field({ type: ChurnTypeEnum, required: true, description: "The churn type; the primary reason must allow it." }),
    primaryReasonId: t.id({ description: "The main reason (its churnTypes must include `type`)." }),
    primaryReasonCode: t.string({ description: "The main reason by code, e.g. PRICE (instead of primaryReasonId)." }),
    secondaryReasonIds: t.idList({ description: "Further reasons." }),
    secondaryReasonCodes: t.stringList({ description: "Further reasons by code." }),
    requestedAt: t.field({
      type: "DateTime",
      description: "When the customer asked to leave (default: the earlier of now and effectiveAt).",
    }),
    effectiveAt: t.field({
      type: "DateTime",
      description: "When the subscriptions end or the downgrade takes effect (default now; not before requestedAt).",
    }),
    mrrLostMinor: t.int({
      description:
        "MRR lost in minor units. REVENUE: required, above 0 and below the current MRR. Other types: the current MRR (the default; any other value is refused).",
      validate: v.minorUnits,
    }),
    competitor: t.string({
      description: "The competitor moved to; required for COMPETITIVE churn and reasons that require it.",
      validate: v.text(200),
    }),
    featureRequestId: t.id({ description: "The missing feature; required (or featureTitle) when a reason requires a feature." }),
    featureTitle: t.string({
      description: "The missing feature by title: an existing request (any letter case) or a new one.",
      validate: v.text(200),
    }),
    preventable: t.boolean({ description: "Staff judge it preventable (default false)." }),
    notes: t.string({ description: "Free-text notes.", validate: v.text(4000) }),
    surveyAnswers: t.field({
      type: "JSON",
      description:
        "Exit-survey answers keyed by question id, checked against the active template (required questions, option values, scale ranges); stored as a COMPLETED CONSOLE response.",
    }),
    source: t.field({ type: ChurnSourceEnum, description: "Where it is logged from (default CONSOLE for staff, API for API keys)." }),
  }),
});

type Id = string | number;
type LogChurnArgs = {
  customerId: Id;
  type: ChurnInput["type"];
  primaryReasonId?: Id | null;
  primaryReasonCode?: string | null;
  secondaryReasonIds?: Id[] | null;
  secondaryReasonCodes?: string[] | null;
  requestedAt?: Date | null;
  effectiveAt?: Date | null;
  mrrLostMinor?: number | null;
  competitor?: string | null;
  featureRequestId?: Id | null;
  featureTitle?: string | null;
  preventable?: boolean | null;
  notes?: string | null;
  surveyAnswers?: unknown;
  source?: ChurnInput["source"];
};

function churnInputOf(i: LogChurnArgs): ChurnInput {
  return {
    ...i,
    customerId: parseId(i.customerId, "input.customerId"),
    primaryReasonId: i.primaryReasonId == null ? null : parseId(i.primaryReasonId, "input.primaryReasonId"),
    secondaryReasonIds: i.secondaryReasonIds?.map((id) => parseId(id, "input.secondaryReasonIds")) ?? null,
    featureRequestId: i.featureRequestId == null ? null : parseId(i.featureRequestId, "input.featureRequestId"),
  };
}

/** The rows logChurn wrote, re-read after the commit with the client's selection (Pothos `query`). */
export const LogChurnPayload = builder.objectRef<ChurnResult>("LogChurnPayload").implement({
  description: "What logChurn did.",
  fields: (t) => ({
    churnEvent: t.prismaField({
      type: "ChurnEvent",
      description: "The churn event created.",
      resolve: (query, r, _a, ctx: Context) => ctx.prisma.churnEvent.findUniqueOrThrow({ ...query, where: { id: r.churnEventId } }),
    }),
    customer: t.prismaField({
      type: "Customer",
      description: "The customer after the churn (CHURNED with MRR 0, or for REVENUE the lowered MRR).",
      resolve: (query, r, _a, ctx: Context) => ctx.prisma.customer.findUniqueOrThrow({ ...query, where: { id: r.customerId } }),
    }),
    suggestedActions: t.prismaField({
      type: ["RetentionAction"],
      description: "Retention actions the matching CHURN_LOGGED playbooks suggested, by due date (none when not win-back eligible).",
      resolve: (query, r, _a, ctx: Context) =>
        ctx.prisma.retentionAction.findMany({
          ...query,
          where: { id: { in: r.suggestedActionIds } },
          orderBy: [{ dueAt: "asc" }, { id: "asc" }],
        }),
    }),
    winBackEligible: t.boolean({
      description: LET_GO_RULE,
      resolve: async (r, _a, ctx: Context) =>
        (await ctx.prisma.churnEvent.findUniqueOrThrow({ where: { id: r.churnEventId }, select: { winBackEligible: true } }))
          .winBackEligible,
    }),
    exitSurveyResponse: t.prismaField({
      type: "ExitSurveyResponse",
      nullable: true,
      description: "The COMPLETED exit-survey response stored from surveyAnswers, if any.",
      resolve: (query, r, _a, ctx: Context) =>
        r.surveyResponseId === null
          ? noRow(query)
          : ctx.prisma.exitSurveyResponse.findUnique({ ...query, where: { id: r.surveyResponseId } }),
    }),
  }),
});

builder.mutationField("logChurn", (t) =>
  t.field({
    type: LogChurnPayload,
    description:
      "Log a churn in one transaction: the churn event; for VOLUNTARY, INVOLUNTARY, COMPETITIVE and PASSIVE every active subscription ends at " +
      "effectiveAt (CHURN movements), the customer becomes CHURNED with MRR 0 and open payment failures are settled as CHURNED; for REVENUE " +
      "subscriptions shrink, largest first (CONTRACTION movements) and the status stays; optional exit-survey answers; and the retention " +
      `actions matching CHURN_LOGGED playbooks suggest (due effectiveAt + dueInDays, in the customer's locale). ${LET_GO_RULE}`,
    authScopes: canWriteChurn,
    args: {
      input: t.arg({ type: LogChurnInput, required: true, description: "What to do; see the input type." }),
      idempotencyKey: t.arg.string({ description: IDEMPOTENCY_KEY_DOC }),
    },
    resolve: (_root, { input, idempotencyKey }, ctx) =>
      runCommand(ctx, "logChurn", idempotencyKey, (tx, audit) =>
        logChurnCore(tx, audit, ctx, "logChurn", churnInputOf(input as LogChurnArgs)),
      ),
  }),
);
