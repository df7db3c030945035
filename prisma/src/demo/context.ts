// What every customer generator needs: the anchor date, the ids of reference rows, the id counters and
// the shared random source. Reference ids are read from the database once; row ids are handed out here.
import type { ChurnType, MessageKind } from "../../generated/enums.ts";
import type { Locale } from "../reference/locales.ts";
import type { PlaybookAction, PlaybookConditions } from "../reference/playbooks.ts";
import { DAY_MS } from "./csv.ts";
import type { Rng } from "./random.ts";
import type { Table } from "./rows.ts";

export interface PlaybookRef {
  id: number;
  code: string;
  trigger: string;
  conditions: PlaybookConditions;
  actions: PlaybookAction[];
}

export interface FeatureRef {
  id: number;
  title: string;
  shippedAt: number | null;
}

export interface DemoRefs {
  users: { admin: number; manager: number; agent: number };
  productIds: number[]; // by PRODUCTS index
  reasonIds: Map<string, number>;
  reasons: Map<string, { code: string; churnTypes: ChurnType[] }>; // as stored (an admin may have edited them)
  templateIds: Map<string, number>; // `${kind}/${locale}`
  playbooks: PlaybookRef[];
  features: FeatureRef[];
  segmentIds: Map<string, number>;
  exitTemplateId: number;
}

export class DemoContext {
  /** Last id used per table: starts at the table's current maximum, so demo rows follow existing ones. */
  private readonly lastId: Record<string, number>;
  readonly historyStart: number;

  constructor(
    readonly rng: Rng,
    readonly refs: DemoRefs,
    readonly anchor: number,
    readonly customers: number,
    readonly seed: number,
    idBases: Partial<Record<Table, number>>,
  ) {
    this.lastId = { ...idBases };
    this.historyStart = addMonths(anchor, -24);
  }

  nextId(table: Table): number {
    this.lastId[table] = (this.lastId[table] ?? 0) + 1;
    return this.lastId[table];
  }

  templateId(kind: MessageKind | undefined, locale: Locale): number | null {
    return kind ? (this.refs.templateIds.get(`${kind}/${locale}`) ?? null) : null;
  }

  reasonId(code: string): number {
    const id = this.refs.reasonIds.get(code);
    if (id === undefined) throw new Error(`churn reason ${code} is missing: run seedReferenceData first`);
    return id;
  }

  reasonAllows(code: string, type: ChurnType): boolean {
    return this.refs.reasons.get(code)?.churnTypes.includes(type) ?? false;
  }
}

/** Same day-of-month k months later (UTC), clamped the way Date.UTC rolls over. */
export function addMonths(ms: number, k: number): number {
  const d = new Date(ms);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + k, d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes());
}

export function monthStart(ms: number): number {
  const d = new Date(ms);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);
}

const nextMonths = new Map<number, number>();
/** The first day of the month after a month start (cached: the generator walks months millions of times). */
export function nextMonthStart(start: number): number {
  let next = nextMonths.get(start);
  if (next === undefined) {
    next = monthStart(start + 32 * 86_400_000);
    nextMonths.set(start, next);
  }
  return next;
}

export const startOfDay = (ms: number) => Math.floor(ms / DAY_MS) * DAY_MS;
export const days = (n: number) => n * DAY_MS;
