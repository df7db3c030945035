// The checks of logChurn that say what to send instead: reasons that fit the type, dates in order, the MRR
// lost, and the competitor or missing feature some reasons demand. Error fields are argument paths (input.x).
import type { ChurnReason, ChurnType, Subscription } from "@churnstile/prisma";
import { badInput } from "../errors.ts";
import type { Audit, Tx } from "./command.ts";
import { sumMrr } from "./mrr.ts";

export interface ChurnInput {
  customerId: number;
  type: ChurnType;
  primaryReasonId?: number | null;
  primaryReasonCode?: string | null;
  secondaryReasonIds?: number[] | null;
  secondaryReasonCodes?: string[] | null;
  requestedAt?: Date | null;
  effectiveAt?: Date | null;
  mrrLostMinor?: number | null;
  competitor?: string | null;
  featureRequestId?: number | null;
  featureTitle?: string | null;
  preventable?: boolean | null;
  notes?: string | null;
  surveyAnswers?: unknown;
  source?: "CONSOLE" | "API" | "EXIT_SURVEY" | "BILLING" | "IMPORT" | null;
}

export async function resolveReasons(tx: Tx, input: ChurnInput): Promise<{ primary: ChurnReason; secondary: ChurnReason[] }> {
  const byId = input.primaryReasonId != null;
  if (byId === (input.primaryReasonCode != null))
    throw badInput("input.primaryReasonId", "send primaryReasonId or primaryReasonCode (exactly one)");
  const field = byId ? "input.primaryReasonId" : "input.primaryReasonCode";
  const primary = await tx.churnReason.findUnique({
    where: byId ? { id: input.primaryReasonId as number } : { code: input.primaryReasonCode as string },
  });
  if (!primary) throw badInput(field, `no churn reason ${byId ? input.primaryReasonId : input.primaryReasonCode} exists`);
  if (!primary.active) throw badInput(field, `reason ${primary.code} is retired; pick an active reason`);
  if (!primary.churnTypes.includes(input.type)) {
    throw badInput(field, `reason ${primary.code} cannot explain a ${input.type} churn; it explains ${primary.churnTypes.join(", ")}`);
  }
  const ids = [...new Set(input.secondaryReasonIds ?? [])];
  const codes = [...new Set(input.secondaryReasonCodes ?? [])];
  const secondary =
    ids.length + codes.length === 0 ? [] : await tx.churnReason.findMany({ where: { OR: [{ id: { in: ids } }, { code: { in: codes } }] } });
  const missingId = ids.find((id) => !secondary.some((r) => r.id === id));
  if (missingId !== undefined) throw badInput("input.secondaryReasonIds", `no churn reason ${missingId} exists`);
  const missingCode = codes.find((c) => !secondary.some((r) => r.code === c));
  if (missingCode !== undefined) throw badInput("input.secondaryReasonCodes", `no churn reason ${missingCode} exists`);
  const retired = secondary.find((r) => !r.active);
  if (retired)
    throw badInput(
      ids.includes(retired.id) ? "input.secondaryReasonIds" : "input.secondaryReasonCodes",
      `reason ${retired.code} is retired`,
    );
  if (secondary.some((r) => r.id === primary.id))
    throw badInput("input.secondaryReasonIds", `must not repeat the primary reason ${primary.code}`);
  return { primary, secondary };
}

/** requestedAt defaults to the earlier of now and effectiveAt (a churn set for the month's end was asked for today). */
export function churnDates(input: ChurnInput, now: Date) {
  const effectiveAt = input.effectiveAt ?? now;
  const requestedAt = input.requestedAt ?? (effectiveAt < now ? effectiveAt : now);
  if (effectiveAt < requestedAt) throw badInput("input.effectiveAt", `must not be before requestedAt (${requestedAt.toISOString()})`);
  return { requestedAt, effectiveAt };
}

/** The MRR this churn loses, checked against what the live subscriptions add up to. */
export function mrrLost(input: ChurnInput, customerId: number, subs: Subscription[]): number {
  const current = sumMrr(subs);
  if (subs.length === 0) throw badInput("input.customerId", `customer ${customerId} has no active subscription: there is nothing to churn`);
  const given = input.mrrLostMinor;
  if (input.type !== "REVENUE") {
    if (given != null && given !== current) {
      throw badInput(
        "input.mrrLostMinor",
        `must equal the customer's current MRR ${current}: a ${input.type} churn ends every active subscription (omit it to use that)`,
      );
    }
    return current;
  }
  if (given == null) throw badInput("input.mrrLostMinor", "is required for a REVENUE churn: how much less the customer pays per month");
  if (given <= 0) throw badInput("input.mrrLostMinor", "must be more than 0");
  if (given >= current) {
    throw badInput(
      "input.mrrLostMinor",
      `must be less than the customer's current MRR ${current}; a customer who stops paying altogether is a VOLUNTARY, INVOLUNTARY, COMPETITIVE or PASSIVE churn`,
    );
  }
  return given;
}

export function competitorOf(input: ChurnInput, reasons: ChurnReason[]): string | null {
  const competitor = input.competitor?.trim() || null;
  const demanding = reasons.find((r) => r.requiresCompetitor);
  if (!competitor && (input.type === "COMPETITIVE" || demanding)) {
    throw badInput(
      "input.competitor",
      `is required for ${demanding ? `reason ${demanding.code}` : "a COMPETITIVE churn"}: name the competitor`,
    );
  }
  return competitor;
}

/** The missing feature: an existing request by id, or found (case-insensitively) or created by title. */
export async function featureOf(tx: Tx, audit: Audit, action: string, input: ChurnInput, reasons: ChurnReason[]): Promise<number | null> {
  const title = input.featureTitle?.trim() || null;
  if (input.featureRequestId != null && title) throw badInput("input.featureTitle", "send featureRequestId or featureTitle, not both");
  if (input.featureRequestId != null) {
    const feature = await tx.featureRequest.findUnique({ where: { id: input.featureRequestId } });
    if (!feature) throw badInput("input.featureRequestId", `no feature request ${input.featureRequestId} exists`);
    return feature.id;
  }
  if (title) {
    const found = await tx.featureRequest.findFirst({ where: { title: { equals: title, mode: "insensitive" } }, orderBy: { id: "asc" } });
    if (found) return found.id;
    const created = await tx.featureRequest.create({ data: { title } });
    audit({ action, entity: "FeatureRequest", entityId: created.id, after: created });
    return created.id;
  }
  const demanding = reasons.find((r) => r.requiresFeature);
  if (demanding)
    throw badInput("input.featureRequestId", `reason ${demanding.code} needs the missing feature: send featureRequestId or featureTitle`);
  return null;
}
