// Churn events by the team that owns their reason, most first (horizontal bars; recharts).
import { useTheme } from "@mui/material";
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { useFormatters } from "../format.ts";
import { useDirectionalAxes } from "./axes.ts";
import { ChartBox } from "./ChartBox.tsx";

export interface TeamRow {
  key: string;
  label: string;
  count: number;
  mrrLost: number;
}

export interface ReasonsByTeamChartProps {
  rows: TeamRow[];
  countLabel: string;
  mrrLabel: string;
}

export default function ReasonsByTeamChart({ rows, countLabel, mrrLabel }: ReasonsByTeamChartProps) {
  const f = useFormatters();
  const axes = useDirectionalAxes();
  const { palette } = useTheme();
  const height = Math.max(160, rows.length * 34 + 40);
  return (
    <ChartBox>
      <ResponsiveContainer width="100%" height={height}>
        <BarChart data={rows} layout="vertical" margin={{ top: 0, right: 16, bottom: 0, left: 16 }}>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} stroke={axes.grid} />
          <XAxis
            type="number"
            allowDecimals={false}
            tickFormatter={(n: number) => axes.bidi(f.number(n))}
            tick={{ fill: axes.text, fontSize: 12 }}
            {...axes.categoryAxis}
          />
          <YAxis
            type="category"
            dataKey="label"
            width={190}
            tickFormatter={axes.bidi}
            interval={0}
            tick={{ fill: axes.text, fontSize: 12 }}
            orientation={axes.rtl ? "right" : "left"}
          />
          <Tooltip
            cursor={{ fill: palette.action.hover }}
            formatter={(value, _name, item) => [
              `${f.number(Number(value))} · ${mrrLabel} ${f.moneyCompact((item.payload as TeamRow).mrrLost)}`,
              countLabel,
            ]}
            {...axes.tooltip}
          />
          <Bar dataKey="count" name={countLabel} fill={palette.primary.main} isAnimationActive={false} radius={[0, 3, 3, 0]} />
        </BarChart>
      </ResponsiveContainer>
    </ChartBox>
  );
}
