// Customers lost per month, stacked by churn type (recharts; loaded only with the dashboard's charts).
import { useTheme } from "@mui/material";
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { useFormatters } from "../format.ts";
import { useDirectionalAxes } from "./axes.ts";
import { ChartBox } from "./ChartBox.tsx";

export interface ChurnByTypeSeries {
  key: string;
  label: string;
}

export interface ChurnByTypeChartProps {
  /** One row per month: { month: ISO start, [type]: churned customers }. */
  rows: Record<string, number | string>[];
  series: ChurnByTypeSeries[];
  height: number;
}

export default function ChurnByTypeChart({ rows, series, height }: ChurnByTypeChartProps) {
  const f = useFormatters();
  const axes = useDirectionalAxes();
  const { palette } = useTheme();
  // Categorical colours that stay apart in light and dark mode (MUI's blue, orange, purple, teal, grey).
  const colors: Record<string, string> = {
    VOLUNTARY: "#1e88e5",
    INVOLUNTARY: "#fb8c00",
    COMPETITIVE: "#8e24aa",
    PASSIVE: "#00897b",
    UNKNOWN: palette.grey[500],
  };
  return (
    <ChartBox>
      <ResponsiveContainer width="100%" height={height}>
        <BarChart data={rows} margin={{ top: 8, right: 8, bottom: 0, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} stroke={axes.grid} />
          <XAxis
            dataKey="month"
            tickFormatter={(iso: string) => axes.bidi(f.month(iso))}
            tick={{ fill: axes.text, fontSize: 12 }}
            {...axes.categoryAxis}
          />
          <YAxis
            allowDecimals={false}
            tickFormatter={(n: number) => axes.bidi(f.number(n))}
            tick={{ fill: axes.text, fontSize: 12 }}
            width={48}
            {...axes.valueAxis}
          />
          <Tooltip
            formatter={(value) => f.number(Number(value))}
            labelFormatter={(label) => f.monthLong(String(label))}
            cursor={{ fill: palette.action.hover }}
            {...axes.tooltip}
          />
          <Legend wrapperStyle={{ fontSize: 13, direction: axes.rtl ? "rtl" : "ltr" }} itemSorter={null} />
          {series.map((s) => (
            <Bar
              key={s.key}
              dataKey={s.key}
              name={s.label}
              stackId="churn"
              fill={colors[s.key] ?? palette.grey[400]}
              isAnimationActive={false}
            />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </ChartBox>
  );
}
