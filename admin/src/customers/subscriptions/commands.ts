// The subscription commands the customer page runs, and the conversions between what staff type and the API's units.
import { minorUnitDigits } from "../../i18n/format.ts";

const PAYLOAD = "subscription { id } customer { id mrrMinor status }";

export const START_SUBSCRIPTION = `mutation($input: StartSubscriptionInput!, $idempotencyKey: String) {
  startSubscription(input: $input, idempotencyKey: $idempotencyKey) { ${PAYLOAD} } }`;
export const CHANGE_SUBSCRIPTION = `mutation($input: ChangeSubscriptionInput!, $idempotencyKey: String) {
  changeSubscription(input: $input, idempotencyKey: $idempotencyKey) { ${PAYLOAD} } }`;
export const END_SUBSCRIPTION = `mutation($input: EndSubscriptionInput!, $idempotencyKey: String) {
  endSubscription(input: $input, idempotencyKey: $idempotencyKey) { ${PAYLOAD} } }`;

/** "49.90" in USD → 4990; null when it is not an amount above zero in whole minor units. */
export function toMinorUnits(amount: string, currency: string): number | null {
  const value = Number(amount.trim().replace(",", "."));
  if (!amount.trim() || !Number.isFinite(value) || value <= 0) return null;
  const minor = Math.round(value * 10 ** minorUnitDigits(currency));
  return minor > 0 ? minor : null;
}

/** A date input's "2026-03-01" as the start of that day in UTC (the API's times are UTC); empty = now (omitted). */
export const dayStart = (day: string): string | undefined => (day ? `${day}T00:00:00Z` : undefined);

/** The subscription rows the customer page shows. */
export interface SubscriptionRow {
  id: string;
  mrrMinor: number;
  currency: string;
  startedAt: string;
  endedAt: string | null;
  product: { id: string; name: string } | null;
}
