// The headline row: logo churn this month against the target band, gross and net MRR churn, NRR, customers and
// MRR at risk, and the win-back rate. Each card reads its own server aggregate.
import { Chip, Grid } from "@mui/material";
import { useTranslate } from "react-admin";
import { useFormatters } from "./format.ts";
import { KpiCard } from "./KpiCard.tsx";
import { completeMonths, lastTwoMonths, monthStart } from "./periods.ts";
import {
  AT_RISK,
  type AtRiskData,
  LOGO_CHURN,
  type LogoChurnData,
  REVENUE_CHURN,
  type RevenueChurnData,
  type RevenueChurnPoint,
  WIN_BACK,
  type WinBackData,
} from "./queries.ts";
import { type BandVerdict, useTargetBand, verdictOf } from "./targetBand.ts";
import { type MetricResult, useMetric } from "./useMetric.ts";

/** Win-back: customers churned in the complete months before this one, back within the window. */
const WIN_BACK_MONTHS = 12;
const WIN_BACK_DAYS = 90;

const VERDICT_COLOR: Record<BandVerdict, "success" | "error"> = { below: "success", within: "success", above: "error" };

/** This month's point and last month's, matched by period start (a series may lack a month). */
function split<P extends { period: { start: string } }>(points: P[], now: Date) {
  const current = monthStart(now).getTime();
  const previous = monthStart(now, -1).getTime();
  const at = (t: number) => points.find((p) => new Date(p.period.start).getTime() === t);
  return { current: at(current), previous: at(previous) };
}

function LogoChurnCard({ now }: { now: Date }) {
  const translate = useTranslate();
  const f = useFormatters();
  const band = useTargetBand();
  const result = useMetric<LogoChurnData>("logoChurnKpi", LOGO_CHURN, lastTwoMonths(now));
  const shown: MetricResult<LogoChurnData> = result.status === "ready" && !band ? { status: "loading" } : result;
  return (
    <KpiCard
      id="logo-churn"
      label={translate("churnstile.dashboard.kpi.logo_churn")}
      result={shown}
      render={(data) => {
        const { current, previous } = split(data.logoChurn, now);
        const rate = current?.rate.rate ?? null; // null: nobody was active at the start of the month
        const verdict = band && rate != null ? verdictOf(rate, band) : undefined;
        return {
          value: f.percent(rate),
          detail: translate("churnstile.dashboard.kpi.logo_churn_detail", {
            churned: f.number(current?.churned ?? 0),
            active: f.number(current?.activeAtStart ?? 0),
          }),
          comparison: translate("churnstile.dashboard.kpi.last_month", { value: f.percent(previous?.rate.rate) }),
          note: band
            ? translate("churnstile.dashboard.kpi.target", {
                min: f.percent(band.minMonthly),
                max: f.percent(band.maxMonthly),
                minYear: f.percent(band.minAnnual),
                maxYear: f.percent(band.maxAnnual),
              })
            : undefined,
          badge: verdict && (
            <Chip
              size="small"
              variant="outlined"
              color={VERDICT_COLOR[verdict]}
              label={translate(`churnstile.dashboard.kpi.band.${verdict}`)}
              sx={{ alignSelf: "flex-start" }}
              data-verdict={verdict}
            />
          ),
        };
      }}
    />
  );
}

type RevenueFigure = "grossMrrChurn" | "netMrrChurn" | "nrr";

function RevenueCard({ now, figure, result }: { now: Date; figure: RevenueFigure; result: MetricResult<RevenueChurnData> }) {
  const translate = useTranslate();
  const f = useFormatters();
  const key = { grossMrrChurn: "gross_mrr_churn", netMrrChurn: "net_mrr_churn", nrr: "nrr" }[figure];
  return (
    <KpiCard
      id={key.replaceAll("_", "-")}
      label={translate(`churnstile.dashboard.kpi.${key}`)}
      result={result}
      render={(data) => {
        const { current, previous } = split<RevenueChurnPoint>(data.revenueChurn, now);
        const ratio = current?.[figure];
        return {
          value: f.percent(ratio?.rate),
          detail: translate(`churnstile.dashboard.kpi.${key}_detail`, {
            part: f.moneyCompact(ratio?.numerator ?? 0),
            whole: f.moneyCompact(ratio?.denominator ?? 0),
          }),
          comparison: translate("churnstile.dashboard.kpi.last_month", { value: f.percent(previous?.[figure].rate) }),
        };
      }}
    />
  );
}

function AtRiskCard() {
  const translate = useTranslate();
  const f = useFormatters();
  const result = useMetric<AtRiskData>("atRisk", AT_RISK);
  return (
    <KpiCard
      id="at-risk"
      label={translate("churnstile.dashboard.kpi.at_risk")}
      result={result}
      render={({ atRiskCustomers }) => ({
        value: f.number(atRiskCustomers.totalCount),
        detail: translate("churnstile.dashboard.kpi.at_risk_detail", { mrr: f.moneyCompact(atRiskCustomers.mrrAtRisk) }),
        comparison: translate("churnstile.dashboard.kpi.at_risk_threshold", { threshold: f.number(atRiskCustomers.threshold) }),
      })}
    />
  );
}

function WinBackCard({ now }: { now: Date }) {
  const translate = useTranslate();
  const f = useFormatters();
  const result = useMetric<WinBackData>("winBackKpi", WIN_BACK, { ...completeMonths(now, WIN_BACK_MONTHS), windowDays: WIN_BACK_DAYS });
  return (
    <KpiCard
      id="win-back"
      label={translate("churnstile.dashboard.kpi.win_back")}
      result={result}
      render={({ winBack }) => ({
        value: f.percent(winBack.rate.rate),
        detail: translate("churnstile.dashboard.kpi.win_back_detail", {
          won: f.number(winBack.wonBack),
          churned: f.number(winBack.churned),
          months: f.number(WIN_BACK_MONTHS),
          days: f.number(WIN_BACK_DAYS),
        }),
      })}
    />
  );
}

export function KpiCards({ now }: { now: Date }) {
  const revenue = useMetric<RevenueChurnData>("revenueChurnKpi", REVENUE_CHURN, lastTwoMonths(now));
  const cell = { xs: 12, sm: 6, lg: 4, xl: 2 } as const;
  return (
    <Grid container spacing={2}>
      <Grid size={cell}>
        <LogoChurnCard now={now} />
      </Grid>
      {(["grossMrrChurn", "netMrrChurn", "nrr"] as const).map((figure) => (
        <Grid size={cell} key={figure}>
          <RevenueCard now={now} figure={figure} result={revenue} />
        </Grid>
      ))}
      <Grid size={cell}>
        <AtRiskCard />
      </Grid>
      <Grid size={cell}>
        <WinBackCard now={now} />
      </Grid>
    </Grid>
  );
}
