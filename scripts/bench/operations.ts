// The metric requests the benchmark times: each a GraphQL document with the variables a BI tool would send, over
// the 12 months before the anchor (the end of the loaded data) with MONTH granularity, plus a filtered variant of
// each (by plan, country or one of the loader's segments).
const RATIO = "{ numerator denominator rate }";
const PERIOD = "period { start end }";

export interface Operation {
  name: string;
  query: string;
  variables: Record<string, unknown>;
}

/** The backtest's asOf: the UTC month start 4 months before the anchor (its 90-day horizon lies inside the data); a
 * month start, so it reads the cache of as-of scores the loader builds. */
export const backtestAsOf = (anchor: Date) => new Date(Date.UTC(anchor.getUTCFullYear(), anchor.getUTCMonth() - 4, 1));

export function metricOperations(anchor: Date): Operation[] {
  const to = anchor.toISOString();
  const fromDate = new Date(anchor);
  fromDate.setUTCFullYear(fromDate.getUTCFullYear() - 1);
  const from = fromDate.toISOString();
  const asOf = backtestAsOf(anchor).toISOString();
  const range = { from, to };

  const logoChurn = `query($from: DateTime!, $to: DateTime!, $groupBy: LogoChurnGroupBy!, $filter: MetricFilter) {
    logoChurn(from: $from, to: $to, granularity: MONTH, groupBy: $groupBy, filter: $filter) { ${PERIOD} group churned activeAtStart rate ${RATIO} } }`;
  const revenueChurn = `query($from: DateTime!, $to: DateTime!, $filter: MetricFilter) {
    revenueChurn(from: $from, to: $to, granularity: MONTH, filter: $filter) {
      ${PERIOD} mrrAtStart new expansion contraction churned reactivation mrrAtEnd grossMrrChurn ${RATIO} netMrrChurn ${RATIO} grr ${RATIO} nrr ${RATIO} } }`;
  const cohorts = `query($from: DateTime!, $to: DateTime!, $measure: CohortMeasure!, $filter: MetricFilter) {
    cohortRetention(from: $from, to: $to, measure: $measure, months: 12, filter: $filter) { cohort { start end } customers cells { k observedAt value share ${RATIO} } } }`;
  const breakdownRow = `{ key count mrrLost share ${RATIO} mrrShare ${RATIO} }`;
  const reasons = `query($from: DateTime!, $to: DateTime!, $filter: MetricFilter) {
    reasonsBreakdown(from: $from, to: $to, filter: $filter) { count mrrLost byReason ${breakdownRow} byCategory ${breakdownRow} byOwnerTeam ${breakdownRow} byType ${breakdownRow} } }`;
  const tickets = `query($from: DateTime!, $to: DateTime!, $filter: MetricFilter) {
    ticketStats(from: $from, to: $to, filter: $filter) {
      months tickets activeCustomers ticketsPerActiveCustomerPerMonth ${RATIO} distribution { fromPerMonth toPerMonth customers share ${RATIO} }
      tooFew { threshold customers } tooMany { threshold customers } complaints topComplaintTopics { topic count }
      firstResponse { count medianHours p90Hours } resolution { count medianHours p90Hours } csatAverage ${RATIO} csatDistribution { score count } } }`;
  const winBack = `query($from: DateTime!, $to: DateTime!, $filter: MetricFilter) {
    winBack(from: $from, to: $to, windowDays: 90, filter: $filter) { churned wonBack rate ${RATIO} byAction { actionKind wonBack rate ${RATIO} share ${RATIO} } } }`;
  const engagement = `query($from: DateTime!, $to: DateTime!, $filter: MetricFilter) {
    engagementTrends(from: $from, to: $to, filter: $filter) { ${PERIOD} customers logins loginsPerCustomer ${RATIO} activeDays activeWeeksPerCustomer ${RATIO}
      emailOpenRate ${RATIO} offerRedemptionRate ${RATIO} } }`;
  const atRisk = `query {
    atRiskCustomers(first: 25) { threshold modelVersion totalCount mrrAtRisk nodes { id name healthScore mrrMinor plan country }
      pageInfo { hasNextPage endCursor } } }`;
  const backtest = `query($asOf: DateTime!, $filter: MetricFilter) {
    healthBacktest(asOf: $asOf, horizonDays: 90, filter: $filter) { customers flagged churnedFlagged churnedNotFlagged precision ${RATIO} recall ${RATIO} lift
      meanScoreChurned meanScoreRetained } }`;

  return [
    { name: "logoChurn", query: logoChurn, variables: { ...range, groupBy: "NONE" } },
    { name: "logoChurn by REASON", query: logoChurn, variables: { ...range, groupBy: "REASON" } },
    { name: "logoChurn by SEGMENT", query: logoChurn, variables: { ...range, groupBy: "SEGMENT" } },
    { name: "logoChurn country=TR", query: logoChurn, variables: { ...range, groupBy: "NONE", filter: { country: "TR" } } },
    { name: "revenueChurn", query: revenueChurn, variables: range },
    { name: "revenueChurn plan=BUSINESS", query: revenueChurn, variables: { ...range, filter: { plan: "BUSINESS" } } },
    // the loader's segments: 1 is static (Gulf key accounts), 2 dynamic (dissatisfied customers)
    { name: "revenueChurn segment=2", query: revenueChurn, variables: { ...range, filter: { segmentId: "2" } } },
    { name: "logoChurn segment=1", query: logoChurn, variables: { ...range, groupBy: "NONE", filter: { segmentId: "1" } } },
    { name: "cohortRetention CUSTOMERS", query: cohorts, variables: { ...range, measure: "CUSTOMERS" } },
    { name: "cohortRetention MRR", query: cohorts, variables: { ...range, measure: "MRR" } },
    { name: "cohortRetention segment=2", query: cohorts, variables: { ...range, measure: "CUSTOMERS", filter: { segmentId: "2" } } },
    { name: "reasonsBreakdown", query: reasons, variables: range },
    { name: "reasonsBreakdown segment=2", query: reasons, variables: { ...range, filter: { segmentId: "2" } } },
    { name: "ticketStats", query: tickets, variables: range },
    { name: "ticketStats plan=BUSINESS", query: tickets, variables: { ...range, filter: { plan: "BUSINESS" } } },
    { name: "winBack", query: winBack, variables: range },
    { name: "winBack plan=BUSINESS", query: winBack, variables: { ...range, filter: { plan: "BUSINESS" } } },
    { name: "engagementTrends", query: engagement, variables: range },
    { name: "engagementTrends country=TR", query: engagement, variables: { ...range, filter: { country: "TR" } } },
    { name: "atRiskCustomers", query: atRisk, variables: {} },
    { name: "healthBacktest", query: backtest, variables: { asOf } },
    { name: "healthBacktest country=TR", query: backtest, variables: { asOf, filter: { country: "TR" } } },
  ];
}
