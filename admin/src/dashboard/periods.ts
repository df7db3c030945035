// The dashboard's time ranges, in UTC calendar months as the API's metrics count them (half-open [from, to)).

/** The first instant (UTC) of the month `offset` months from the one `date` falls in. */
export function monthStart(date: Date, offset = 0): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + offset, 1));
}

/** A type alias (not an interface) so that it passes as GraphQL variables. */
export type Range = { from: string; to: string };

const range = (from: Date, to: Date): Range => ({ from: from.toISOString(), to: to.toISOString() });

/** This calendar month, from its first day to the next month's. */
export const thisMonth = (now: Date): Range => range(monthStart(now), monthStart(now, 1));

/** Last month and this one: two monthly periods, so a card can compare them. */
export const lastTwoMonths = (now: Date): Range => range(monthStart(now, -1), monthStart(now, 1));

/** The last `months` calendar months, this one included. */
export const lastMonths = (now: Date, months: number): Range => range(monthStart(now, 1 - months), monthStart(now, 1));

/** The `months` calendar months before this one (complete months only). */
export const completeMonths = (now: Date, months: number): Range => range(monthStart(now, -months), monthStart(now));

/** The start of every month in a range, as ISO strings: metric series leave out months without rows. */
export function monthsOf({ from, to }: Range): string[] {
  const starts: string[] = [];
  const end = new Date(to);
  for (let d = new Date(from); d < end; d = monthStart(d, 1)) starts.push(d.toISOString());
  return starts;
}

/** The `days` days up to and including today (UTC). */
export function lastDays(now: Date, days: number): Range {
  const tomorrow = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1));
  return range(new Date(tomorrow.getTime() - days * 86_400_000), tomorrow);
}
