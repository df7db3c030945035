// The GraphQL documents behind the dashboard (kept with the server's persisted operations) and what they return:
// every figure is an aggregate the server computes in SQL.
export {
  AT_RISK,
  CHURN_BY_TYPE,
  COHORTS,
  LOGO_CHURN,
  REASONS_BY_TEAM,
  REVENUE_CHURN,
  TARGET_BAND,
  TICKET_BANDS,
  WIN_BACK,
} from "@churnstile/schema/persisted/dashboard-documents";

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
