// The GraphQL documents behind the dashboard: every figure is an aggregate the server computes in SQL.
// Each widget has its own document, so a metric missing from an older server fails alone ("not available").
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

// What the documents return.
export interface Ratio {
  rate: number | null;
  numerator: number;
  denominator: number;
}
export interface Period {
  start: string;
}
export interface LogoChurnData {
  logoChurn: { period: Period; churned: number; activeAtStart: number; rate: Ratio }[];
}
export interface TargetBandData {
  AppSetting: { value: { minAnnualPct?: number; maxAnnualPct?: number } | null } | null;
}
export interface RevenueChurnPoint {
  period: Period;
  mrrAtStart: number;
  mrrAtEnd: number;
  churned: number;
  contraction: number;
  expansion: number;
  reactivation: number;
  grossMrrChurn: Ratio;
  netMrrChurn: Ratio;
  nrr: Ratio;
}
export interface RevenueChurnData {
  revenueChurn: RevenueChurnPoint[];
}
export interface AtRiskData {
  atRiskCustomers: { totalCount: number; mrrAtRisk: number; threshold: number };
}
export interface WinBackData {
  winBack: { churned: number; wonBack: number; rate: Ratio };
}
export interface ChurnByTypeData {
  logoChurn: { period: Period; group: string; churned: number }[];
}
export interface BreakdownRow {
  key: string;
  count: number;
  mrrLost: number;
  share: Ratio;
}
export interface ReasonsData {
  reasonsBreakdown: { count: number; mrrLost: number; byOwnerTeam: BreakdownRow[] };
}
export interface CohortRow {
  cohort: Period;
  customers: number;
  cells: { k: number; observedAt: string; share: Ratio }[];
}
export interface CohortData {
  cohortRetention: CohortRow[];
}
export interface TicketBand {
  threshold: number;
  customers: number;
  share: Ratio;
}
export interface TicketBandsData {
  ticketStats: {
    activeCustomers: number;
    distribution: { fromPerMonth: number; toPerMonth: number | null; customers: number; share: Ratio }[];
    tooFew: TicketBand;
    tooMany: TicketBand;
  };
}
