// Small builders for the `where` of typed list filters, so every entity reads its filter the same way:
// ids → id in, xId → a checked foreign key, xFrom/xTo → a half-open range [from, to), q → text search.
import { parseId } from "./crud.ts";
import { badInput } from "./errors.ts";
import type { Tx } from "./write.ts";

type Maybe<T> = T | null | undefined;

/** `ids: [ID!]` → `{ id: { in } }`, each id checked. */
export const idsIn = (ids: Maybe<readonly (string | number)[]>) => (ids ? { id: { in: ids.map((i) => parseId(i, "filter.ids")) } } : {});

/** An equality condition, skipped when the filter field was not sent. */
export const eq = <K extends string, V>(key: K, value: Maybe<V>) => (value != null ? ({ [key]: value } as Record<K, V>) : {});

/** `kind` and `kinds` together: both must hold (kind must also be among kinds). */
export function oneOf<V>(key: string, single: Maybe<V>, many: Maybe<readonly V[]>) {
  if (single != null) return { [key]: many && !many.includes(single) ? { in: [] } : single };
  return many ? { [key]: { in: [...many] } } : {};
}

/** A foreign-key condition (`customerId: ID`), the id checked and the error naming the filter field. */
export const fk = (key: string, value: Maybe<string | number>) => (value != null ? { [key]: parseId(value, `filter.${key}`) } : {});

/** `xFrom`/`xTo` → `{ gte: from, lt: to }` (half-open, like every period in the API); from must come first.
 *  `name` is the filter fields' stem for errors (default: the column without At/Start: openedAt → openedFrom). */
export function range(key: string, from: Maybe<Date | number>, to: Maybe<Date | number>, name = key.replace(/(At|Start)$/, "")) {
  if (from == null && to == null) return {};
  if (from != null && to != null && from > to) throw badInput(`filter.${name}From`, `must not be after ${name}To`);
  return { [key]: { ...(from != null ? { gte: from } : {}), ...(to != null ? { lt: to } : {}) } };
}

/** `xMin`/`xMax` → `{ gte: min, lte: max }` (inclusive, for scores and amounts); `name` is the filter fields' stem. */
export function between(key: string, min: Maybe<number>, max: Maybe<number>, name = key.replace(/Minor$/, "")) {
  if (min == null && max == null) return {};
  if (min != null && max != null && min > max) throw badInput(`filter.${name}Min`, `must not be more than ${name}Max`);
  return { [key]: { ...(min != null ? { gte: min } : {}), ...(max != null ? { lte: max } : {}) } };
}

/** Case-insensitive text search over a few string columns. */
export const search = (q: Maybe<string>, keys: readonly string[]) =>
  q?.trim() ? { OR: keys.map((k) => ({ [k]: { contains: q.trim(), mode: "insensitive" } })) } : {};

/** Rows owned by a customer are hidden with their customer once it is soft-deleted. */
export const liveCustomer = { customer: { deletedAt: null } } as const;

/** The id of a customer that exists and is not soft-deleted, or a BAD_USER_INPUT naming `field`. */
export async function liveCustomerId(tx: Tx, raw: string | number, field = "customerId") {
  const id = parseId(raw, field);
  const found = await tx.customer.findFirst({ where: { id, deletedAt: null }, select: { id: true } });
  if (!found) throw badInput(field, `customer ${raw} does not exist or is deleted`);
  return id;
}

/** An optional foreign key argument: undefined = not sent, null = clear it, else a checked id. */
export const optionalFk = (value: Maybe<string | number>, field: string) =>
  value === undefined ? undefined : value === null ? null : parseId(value, field);
