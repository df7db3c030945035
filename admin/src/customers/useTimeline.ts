// The customer's history from four lists — tickets, interactions, churn events and retention actions —
// merged newest first. Each list is one request with only the fields the timeline shows.
import { type RaRecord, useGetList } from "react-admin";

export type TimelineKind = "Ticket" | "Interaction" | "ChurnEvent" | "RetentionAction";

export interface TimelineEntry {
  key: string;
  kind: TimelineKind;
  /** The instant the entry is placed at (a planned action at its due date). */
  at: string;
  record: RaRecord;
}

const SOURCES: { kind: TimelineKind; sort: string; at: (r: RaRecord) => string | null; fields: unknown[] }[] = [
  { kind: "Ticket", sort: "openedAt", at: (r) => r.openedAt, fields: ["id", "subject", "kind", "status", "openedAt"] },
  {
    kind: "Interaction",
    sort: "occurredAt",
    at: (r) => r.occurredAt,
    fields: ["id", "kind", "inbound", "summary", "occurredAt", { user: ["id", "name"] }],
  },
  {
    kind: "ChurnEvent",
    sort: "effectiveAt",
    at: (r) => r.effectiveAt,
    fields: ["id", "type", "effectiveAt", "mrrLostMinor", "currency", "reversedAt", { primaryReason: ["id", "code"] }],
  },
  {
    kind: "RetentionAction",
    sort: "dueAt",
    at: (r) => r.completedAt ?? r.dueAt,
    fields: ["id", "kind", "status", "dueAt", "completedAt", "outcome", "offer", { assignee: ["id", "name"] }],
  },
];

const PER_KIND = 50;

function useSource(index: number, customerId: string) {
  const source = SOURCES[index];
  return useGetList(source.kind, {
    filter: { customerId },
    pagination: { page: 1, perPage: PER_KIND },
    sort: { field: source.sort, order: "DESC" },
    meta: { sparseFields: source.fields },
  });
}

export function useTimeline(customerId: string) {
  const results = [useSource(0, customerId), useSource(1, customerId), useSource(2, customerId), useSource(3, customerId)];
  const entries: TimelineEntry[] = results.flatMap((result, i) =>
    (result.data ?? []).flatMap((record) => {
      const at = SOURCES[i].at(record);
      return at ? [{ key: `${SOURCES[i].kind}-${record.id}`, kind: SOURCES[i].kind, at, record }] : [];
    }),
  );
  entries.sort((a, b) => b.at.localeCompare(a.at));
  return {
    entries,
    isPending: results.some((r) => r.isPending),
    error: results.find((r) => r.error)?.error ?? null,
  };
}
