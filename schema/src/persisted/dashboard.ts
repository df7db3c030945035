// The console dashboard's metric queries as persisted operations: the client sends `GET /graphql?id=<sha256>&
// variables=…` instead of the document, so the request is a cacheable GET and the server runs only known documents
// for it. The id is the SHA-256 (hex) of the document text, computed here so a changed document gets a new id.
import { createHash } from "node:crypto";

const RATIO = "{ rate numerator denominator }";

/** Operation name → document. Add a document here and use its id from `persistedIds`. */
export const DASHBOARD_DOCUMENTS: Record<string, string> = {
  DashboardLogoChurn: `query DashboardLogoChurn($from: DateTime!, $to: DateTime!, $granularity: MetricGranularity!, $filter: MetricFilter) {
  logoChurn(from: $from, to: $to, granularity: $granularity, filter: $filter) { period { start end } churned activeAtStart rate ${RATIO} }
}`,
  DashboardRevenueChurn: `query DashboardRevenueChurn($from: DateTime!, $to: DateTime!, $granularity: MetricGranularity!, $filter: MetricFilter) {
  revenueChurn(from: $from, to: $to, granularity: $granularity, filter: $filter) {
    period { start end } mrrAtStart new expansion contraction churned reactivation mrrAtEnd grossMrrChurn ${RATIO} netMrrChurn ${RATIO} grr ${RATIO} nrr ${RATIO}
  }
}`,
  DashboardReasons: `query DashboardReasons($from: DateTime!, $to: DateTime!, $filter: MetricFilter) {
  reasonsBreakdown(from: $from, to: $to, filter: $filter) {
    count mrrLost byReason { key count mrrLost share ${RATIO} } byOwnerTeam { key count mrrLost share ${RATIO} } byType { key count share ${RATIO} }
  }
}`,
  DashboardWinBack: `query DashboardWinBack($from: DateTime!, $to: DateTime!, $filter: MetricFilter) {
  winBack(from: $from, to: $to, filter: $filter) { churned wonBack rate ${RATIO} byAction { actionKind wonBack rate ${RATIO} } }
}`,
  DashboardCohorts: `query DashboardCohorts($from: DateTime!, $to: DateTime!, $measure: CohortMeasure!, $months: Int!) {
  cohortRetention(from: $from, to: $to, measure: $measure, months: $months) { cohort { start } customers cells { k value share ${RATIO} } }
}`,
};

export const persistedId = (document: string) => createHash("sha256").update(document).digest("hex");

/** Operation name → id, for clients. */
export const persistedIds: Record<string, string> = Object.fromEntries(
  Object.entries(DASHBOARD_DOCUMENTS).map(([name, doc]) => [name, persistedId(doc)]),
);

/** id → document, for the server. */
export const persistedDocuments = new Map(Object.values(DASHBOARD_DOCUMENTS).map((doc) => [persistedId(doc), doc]));
