// The REST face of each metric: which query parameters it takes (as GraphQL variables of the metric field), what it
// selects, and how its result becomes CSV rows. There is no metric logic here: the handler executes the GraphQL field.
type Json = Record<string, unknown>;

export interface Param {
  name: string;
  /** GraphQL type of the variable (the argument's type, non-null since it is only declared when sent). */
  type: string;
  parse: "text" | "int" | "float" | "bool";
}

export interface Endpoint {
  field: string;
  params: Param[];
  selection: string;
  /** CSV columns, in order (dotted paths into a row). */
  columns: string[];
  /** The field's result as flat CSV rows. */
  rows: (data: unknown) => Json[];
}

/** Parameters that make up the MetricFilter input. */
export const FILTER_PARAMS = ["segmentId", "plan", "country", "industry", "ownerId"] as const;

const RANGE: Param[] = [
  { name: "from", type: "DateTime!", parse: "text" },
  { name: "to", type: "DateTime!", parse: "text" },
];
const GRANULARITY: Param = { name: "granularity", type: "MetricGranularity!", parse: "text" };
const RATIO = "{ rate numerator denominator }";
const ratioColumns = (name: string) => [`${name}.rate`, `${name}.numerator`, `${name}.denominator`];

/** { a: { b: 1 } } → { "a.b": 1 } (arrays are left to each endpoint's rows). */
export function flatten(value: unknown, prefix = "", out: Json = {}): Json {
  if (value !== null && typeof value === "object" && !Array.isArray(value) && !(value instanceof Date)) {
    for (const [k, v] of Object.entries(value)) flatten(v, prefix ? `${prefix}.${k}` : k, out);
  } else out[prefix] = value;
  return out;
}
const series = (data: unknown) => (data as unknown[]).map((row) => flatten(row));

export const ENDPOINTS: Record<string, Endpoint> = {
  "logo-churn": {
    field: "logoChurn",
    params: [...RANGE, GRANULARITY, { name: "groupBy", type: "LogoChurnGroupBy!", parse: "text" }],
    selection: `{ period { start end } group churned activeAtStart rate ${RATIO} }`,
    columns: ["period.start", "period.end", "group", "churned", "activeAtStart", ...ratioColumns("rate")],
    rows: series,
  },
  "revenue-churn": {
    field: "revenueChurn",
    params: [...RANGE, GRANULARITY],
    selection: `{ period { start end } mrrAtStart new expansion contraction churned reactivation mrrAtEnd
      grossMrrChurn ${RATIO} netMrrChurn ${RATIO} grr ${RATIO} nrr ${RATIO} }`,
    columns: [
      "period.start",
      "period.end",
      "mrrAtStart",
      "new",
      "expansion",
      "contraction",
      "churned",
      "reactivation",
      "mrrAtEnd",
      ...ratioColumns("grossMrrChurn"),
      ...ratioColumns("netMrrChurn"),
      ...ratioColumns("grr"),
      ...ratioColumns("nrr"),
    ],
    rows: series,
  },
  "cohort-retention": {
    field: "cohortRetention",
    params: [...RANGE, { name: "measure", type: "CohortMeasure!", parse: "text" }, { name: "months", type: "Int!", parse: "int" }],
    selection: `{ cohort { start end } customers cells { k observedAt value share ${RATIO} } }`,
    columns: ["cohort.start", "cohort.end", "customers", "k", "observedAt", "value", ...ratioColumns("share")],
    // one row per cell: the matrix in long form, which every BI tool can pivot
    rows: (data) =>
      (data as { cohort: Json; customers: number; cells: Json[] }[]).flatMap((c) =>
        c.cells.map((cell) => flatten({ cohort: c.cohort, customers: c.customers, ...cell })),
      ),
  },
  "reasons-breakdown": {
    field: "reasonsBreakdown",
    params: [...RANGE, { name: "includeRevenue", type: "Boolean!", parse: "bool" }],
    selection: `{ count mrrLost ${["byReason", "byCategory", "byOwnerTeam", "byType"].map((d) => `${d} { key count mrrLost share ${RATIO} mrrShare ${RATIO} }`).join(" ")} }`,
    columns: ["dimension", "key", "count", "mrrLost", ...ratioColumns("share"), ...ratioColumns("mrrShare")],
    rows: (data) => {
      const d = data as Record<string, Json[]>;
      const dims = { REASON: d.byReason, CATEGORY: d.byCategory, OWNER_TEAM: d.byOwnerTeam, TYPE: d.byType };
      return Object.entries(dims).flatMap(([dimension, rows]) => rows.map((r) => flatten({ dimension, ...r })));
    },
  },
  "ticket-stats": {
    field: "ticketStats",
    params: [
      ...RANGE,
      { name: "tooFewBelow", type: "Float", parse: "float" },
      { name: "tooManyAbove", type: "Float", parse: "float" },
      { name: "topTopics", type: "Int!", parse: "int" },
    ],
    selection: `{ months tickets activeCustomers complaints ticketsPerActiveCustomerPerMonth ${RATIO}
      distribution { fromPerMonth toPerMonth customers share ${RATIO} } tooFew { threshold customers share ${RATIO} }
      tooMany { threshold customers share ${RATIO} } topComplaintTopics { topic count share ${RATIO} }
      firstResponse { count medianHours p90Hours } resolution { count medianHours p90Hours }
      csatAverage ${RATIO} csatDistribution { score count share ${RATIO} } }`,
    columns: ["section", "key", "value", "rate", "numerator", "denominator"],
    // sections in long form: section, key, value and (for ratios) rate / numerator / denominator
    rows: (data) => {
      const s = data as Record<string, never>;
      const ratio = (section: string, key: string, value: unknown, r: Json) => ({ section, key, value, ...r });
      const out: Json[] = [
        { section: "summary", key: "months", value: s.months },
        { section: "summary", key: "tickets", value: s.tickets },
        { section: "summary", key: "activeCustomers", value: s.activeCustomers },
        { section: "summary", key: "complaints", value: s.complaints },
        ratio("summary", "ticketsPerActiveCustomerPerMonth", null, s.ticketsPerActiveCustomerPerMonth),
        ratio("band", `tooFewBelow ${(s.tooFew as Json).threshold}`, (s.tooFew as Json).customers, (s.tooFew as Json).share as Json),
        ratio("band", `tooManyAbove ${(s.tooMany as Json).threshold}`, (s.tooMany as Json).customers, (s.tooMany as Json).share as Json),
        ...(s.distribution as Json[]).map((b) =>
          ratio("distribution", `${b.fromPerMonth}-${b.toPerMonth ?? ""}`, b.customers, b.share as Json),
        ),
        ...(s.topComplaintTopics as Json[]).map((t) => ratio("complaintTopic", t.topic as string, t.count, t.share as Json)),
        ...["firstResponse", "resolution"].flatMap((k) => [
          { section: k, key: "count", value: (s[k] as Json).count },
          { section: k, key: "medianHours", value: (s[k] as Json).medianHours },
          { section: k, key: "p90Hours", value: (s[k] as Json).p90Hours },
        ]),
        ratio("csat", "average", null, s.csatAverage),
        ...(s.csatDistribution as Json[]).map((c) => ratio("csat", String(c.score), c.count, c.share as Json)),
      ];
      return out;
    },
  },
  "win-back": {
    field: "winBack",
    params: [...RANGE, { name: "windowDays", type: "Int!", parse: "int" }],
    selection: `{ churned wonBack rate ${RATIO} byAction { actionKind wonBack rate ${RATIO} share ${RATIO} } }`,
    columns: ["actionKind", "churned", "wonBack", ...ratioColumns("rate"), ...ratioColumns("share")],
    // the total first (actionKind ALL), then one row per attributed action kind
    rows: (data) => {
      const w = data as { churned: number; wonBack: number; rate: Json; byAction: Json[] };
      return [
        { actionKind: "ALL", churned: w.churned, wonBack: w.wonBack, rate: w.rate },
        ...w.byAction.map((a) => ({ ...a, churned: w.churned })),
      ].map((r) => flatten(r));
    },
  },
  "engagement-trends": {
    field: "engagementTrends",
    params: RANGE,
    selection: `{ period { start end } customers logins loginsPerCustomer ${RATIO} activeDays activeDaysPerCustomer ${RATIO}
      activeWeeksPerCustomer ${RATIO} emailOpenRate ${RATIO} offerRedemptionRate ${RATIO} }`,
    columns: [
      "period.start",
      "period.end",
      "customers",
      "logins",
      ...ratioColumns("loginsPerCustomer"),
      "activeDays",
      ...ratioColumns("activeDaysPerCustomer"),
      ...ratioColumns("activeWeeksPerCustomer"),
      ...ratioColumns("emailOpenRate"),
      ...ratioColumns("offerRedemptionRate"),
    ],
    rows: series,
  },
};
