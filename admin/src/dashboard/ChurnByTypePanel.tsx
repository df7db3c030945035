// Churn by type over time: customers lost per month (logo churn grouped by type), every month of the range shown.
import { useTranslate } from "react-admin";
import { ChartSuspense, ChurnByTypeChart } from "./charts/lazy.tsx";
import { MetricPanel } from "./MetricPanel.tsx";
import { monthsOf, type Range } from "./periods.ts";
import { CHURN_BY_TYPE, type ChurnByTypeData } from "./queries.ts";
import { useMetric } from "./useMetric.ts";

/** REVENUE churn never ends a customer, so it is not in logo churn; UNKNOWN is churn with no event logged. */
const TYPES = ["VOLUNTARY", "INVOLUNTARY", "COMPETITIVE", "PASSIVE", "UNKNOWN"];
const HEIGHT = 360;

export function ChurnByTypePanel({ range }: { range: Range }) {
  const translate = useTranslate();
  const result = useMetric<ChurnByTypeData>("churnByType", CHURN_BY_TYPE, { ...range });
  const label = (type: string) =>
    type === "UNKNOWN" ? translate("churnstile.dashboard.unknown_type") : translate(`enums.ChurnType.${type}`, { _: type });
  return (
    <MetricPanel
      id="churn-by-type"
      title={translate("churnstile.dashboard.charts.churn_by_type")}
      caption={translate("churnstile.dashboard.charts.churn_by_type_caption")}
      result={result}
      isEmpty={(data) => data.logoChurn.every((p) => p.churned === 0)}
      height={HEIGHT}
    >
      {(data) => {
        // Lay the server's (month, type) counts out as one row per month; months without churn stay at zero.
        const rows = monthsOf(range).map((month) => {
          const row: Record<string, number | string> = { month };
          for (const type of TYPES) row[type] = 0;
          return row;
        });
        const byMonth = new Map(rows.map((row) => [new Date(String(row.month)).getTime(), row]));
        for (const point of data.logoChurn) {
          const row = byMonth.get(new Date(point.period.start).getTime());
          if (row) row[point.group] = point.churned;
        }
        const present = TYPES.filter((type) => data.logoChurn.some((p) => p.group === type && p.churned > 0));
        return (
          <ChartSuspense height={HEIGHT}>
            <ChurnByTypeChart rows={rows} series={present.map((key) => ({ key, label: label(key) }))} height={HEIGHT} />
          </ChartSuspense>
        );
      }}
    </MetricPanel>
  );
}
