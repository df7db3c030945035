// Reasons by owner team: which team's problems people leave over (churn events by their reason's mitigation owner).
import { useTranslate } from "react-admin";
import { ChartSuspense, ReasonsByTeamChart } from "./charts/lazy.tsx";
import { useFormatters } from "./format.ts";
import { MetricPanel } from "./MetricPanel.tsx";
import type { Range } from "./periods.ts";
import { REASONS_BY_TEAM, type ReasonsData } from "./queries.ts";
import { useMetric } from "./useMetric.ts";

export function ReasonsPanel({ range }: { range: Range }) {
  const translate = useTranslate();
  const f = useFormatters();
  const result = useMetric<ReasonsData>("reasonsByTeam", REASONS_BY_TEAM, { ...range });
  const caption =
    result.status === "ready"
      ? translate("churnstile.dashboard.charts.reasons_caption", {
          smart_count: result.data.reasonsBreakdown.count,
          count: f.number(result.data.reasonsBreakdown.count),
          mrr: f.moneyCompact(result.data.reasonsBreakdown.mrrLost),
        })
      : translate("churnstile.dashboard.charts.reasons_caption_pending");
  return (
    <MetricPanel
      id="reasons-by-team"
      title={translate("churnstile.dashboard.charts.reasons_by_team")}
      caption={<span data-reasons-count={result.status === "ready" ? result.data.reasonsBreakdown.count : undefined}>{caption}</span>}
      result={result}
      isEmpty={(data) => data.reasonsBreakdown.count === 0}
      height={280}
    >
      {(data) => (
        <ChartSuspense height={280}>
          <ReasonsByTeamChart
            rows={data.reasonsBreakdown.byOwnerTeam.map((row) => ({
              key: row.key,
              label: translate(`enums.OwnerTeam.${row.key}`, { _: translate("churnstile.dashboard.unknown_team") }),
              count: row.count,
              mrrLost: row.mrrLost,
            }))}
            countLabel={translate("churnstile.dashboard.charts.events")}
            mrrLabel={translate("churnstile.dashboard.charts.mrr_lost")}
          />
        </ChartSuspense>
      )}
    </MetricPanel>
  );
}
