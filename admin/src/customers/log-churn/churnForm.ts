// The log-churn form's values and how they become one LogChurnInput for the API.
import type { RaRecord } from "react-admin";
import { minorUnitDigits } from "../../i18n/format.ts";

export const CHURN_TYPES = ["VOLUNTARY", "INVOLUNTARY", "COMPETITIVE", "PASSIVE", "REVENUE"] as const;

export interface ChurnReason extends RaRecord {
  code: string;
  ownerTeam: string;
  churnTypes: string[];
  requiresCompetitor: boolean;
  requiresFeature: boolean;
}

export interface ChurnFormValues {
  type?: string;
  primaryReasonId?: string;
  secondaryReasonIds?: string[];
  competitor?: string;
  featureRequestId?: string;
  featureTitle?: string;
  /** REVENUE only: MRR lost in major units (e.g. dollars). */
  mrrLost?: number;
  effectiveAt?: string | Date;
  preventable?: boolean;
  notes?: string;
  withSurvey?: boolean;
  surveyAnswers?: Record<string, unknown>;
}

export const needsCompetitor = (type: string | undefined, reason: ChurnReason | undefined) =>
  type === "COMPETITIVE" || Boolean(reason?.requiresCompetitor);

export const needsFeature = (reason: ChurnReason | undefined) => Boolean(reason?.requiresFeature);

const isAnswered = (v: unknown) => v != null && v !== "" && !(Array.isArray(v) && v.length === 0);

export function toLogChurnInput(values: ChurnFormValues, customer: RaRecord, reason: ChurnReason | undefined) {
  const input: Record<string, unknown> = {
    customerId: customer.id,
    type: values.type,
    primaryReasonId: values.primaryReasonId,
    preventable: Boolean(values.preventable),
  };
  if (values.secondaryReasonIds?.length) input.secondaryReasonIds = values.secondaryReasonIds.filter((id) => id !== values.primaryReasonId);
  if (needsCompetitor(values.type, reason) && values.competitor?.trim()) input.competitor = values.competitor.trim();
  if (needsFeature(reason)) {
    if (values.featureRequestId) input.featureRequestId = values.featureRequestId;
    else if (values.featureTitle?.trim()) input.featureTitle = values.featureTitle.trim();
  }
  if (values.type === "REVENUE" && values.mrrLost != null)
    input.mrrLostMinor = Math.round(values.mrrLost * 10 ** minorUnitDigits(customer.currency));
  if (values.effectiveAt) input.effectiveAt = new Date(values.effectiveAt).toISOString();
  if (values.notes?.trim()) input.notes = values.notes.trim();
  if (values.withSurvey && values.surveyAnswers) {
    input.surveyAnswers = Object.fromEntries(Object.entries(values.surveyAnswers).filter(([, v]) => isAnswered(v)));
  }
  return input;
}

export const LOG_CHURN = `mutation LogChurn($input: LogChurnInput!, $idempotencyKey: String) {
  logChurn(input: $input, idempotencyKey: $idempotencyKey) {
    winBackEligible
    exitSurveyResponse { id }
    churnEvent { id type }
    customer { id status mrrMinor currency }
    suggestedActions { id kind status dueAt offer assignee { id name } }
  }
}`;

export interface LogChurnResult {
  logChurn: {
    winBackEligible: boolean;
    exitSurveyResponse: { id: string } | null;
    churnEvent: { id: string; type: string };
    customer: { id: string; status: string; mrrMinor: number; currency: string };
    suggestedActions: {
      id: string;
      kind: string;
      status: string;
      dueAt: string | null;
      offer: string | null;
      assignee: { id: string; name: string } | null;
    }[];
  };
}
