// The console dashboard's GraphQL documents, shared by the console (which sends them) and the server (which keeps
// them as persisted operations, so the console fetches each figure with a cacheable GET by the document's hash).
// Plain strings, no imports: the console bundles this file as it is. Each widget has its own document, so a metric
// missing from an older server fails alone.
const RATIO = "{ rate numerator denominator }";

export const LOGO_CHURN = `query DashboardLogoChurnKpi($from: DateTime!, $to: DateTime!) {
  logoChurn(from: $from, to: $to, granularity: MONTH) { period { start } churned activeAtStart rate ${RATIO} }
}`;

export const TARGET_BAND = `query DashboardTargetBand { AppSetting(id: "churnTargetBand") { value } }`;

export const REVENUE_CHURN = `query DashboardRevenueChurnKpi($from: DateTime!, $to: DateTime!) {
  revenueChurn(from: $from, to: $to, granularity: MONTH) {
    period { start } mrrAtStart mrrAtEnd churned contraction expansion reactivation
    grossMrrChurn ${RATIO} netMrrChurn ${RATIO} nrr ${RATIO}
  }
}`;

export const AT_RISK = `query DashboardAtRisk { atRiskCustomers(first: 1) { totalCount mrrAtRisk threshold } }`;

export const WIN_BACK = `query DashboardWinBackKpi($from: DateTime!, $to: DateTime!, $windowDays: Int!) {
  winBack(from: $from, to: $to, windowDays: $windowDays) { churned wonBack rate ${RATIO} }
}`;

export const CHURN_BY_TYPE = `query DashboardChurnByType($from: DateTime!, $to: DateTime!) {
  logoChurn(from: $from, to: $to, granularity: MONTH, groupBy: TYPE) { period { start } group churned }
}`;

export const REASONS_BY_TEAM = `query DashboardReasonsByTeam($from: DateTime!, $to: DateTime!) {
  reasonsBreakdown(from: $from, to: $to) { count mrrLost byOwnerTeam { key count mrrLost share ${RATIO} } }
}`;

export const COHORTS = `query DashboardCohortHeatmap($from: DateTime!, $to: DateTime!, $measure: CohortMeasure!, $months: Int!) {
  cohortRetention(from: $from, to: $to, measure: $measure, months: $months) {
    cohort { start } customers cells { k observedAt share ${RATIO} }
  }
}`;

export const TICKET_BANDS = `query DashboardTicketBands($from: DateTime!, $to: DateTime!) {
  ticketStats(from: $from, to: $to) {
    activeCustomers
    distribution { fromPerMonth toPerMonth customers share ${RATIO} }
    tooFew { threshold customers share ${RATIO} }
    tooMany { threshold customers share ${RATIO} }
  }
}`;

/** Whole-series documents for BI tools and notebooks (the REST endpoints read the same resolvers). */
const BI_DOCUMENTS: Record<string, string> = {
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

const operationName = (document: string) => /^query (\w+)/.exec(document)?.[1] ?? "";

/** Operation name → document: every document the server runs by id. */
export const DASHBOARD_DOCUMENTS: Record<string, string> = {
  ...Object.fromEntries(
    [LOGO_CHURN, TARGET_BAND, REVENUE_CHURN, AT_RISK, WIN_BACK, CHURN_BY_TYPE, REASONS_BY_TEAM, COHORTS, TICKET_BANDS].map((d) => [
      operationName(d),
      d,
    ]),
  ),
  ...BI_DOCUMENTS,
};
