// Active customers by tickets per month: too few (disengaged), the healthy band, too many (the product is hard).
import { useTheme } from "@mui/material";
import { Bar, BarChart, CartesianGrid, Cell, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { useFormatters } from "../format.ts";
import { useDirectionalAxes } from "./axes.ts";
import { ChartBox } from "./ChartBox.tsx";

export type Band = "tooFew" | "healthy" | "tooMany";

export interface BucketRow {
  label: string;
  customers: number;
  band: Band;
}

export interface TicketBandsChartProps {
  rows: BucketRow[];
  customersLabel: string;
  height: number;
}

export default function TicketBandsChart({ rows, customersLabel, height }: TicketBandsChartProps) {
  const f = useFormatters();
  const axes = useDirectionalAxes();
  const { palette } = useTheme();
  const colors: Record<Band, string> = { tooFew: palette.warning.main, healthy: palette.success.main, tooMany: palette.error.main };
  return (
    <ChartBox>
      <ResponsiveContainer width="100%" height={height}>
        <BarChart data={rows} margin={{ top: 8, right: 8, bottom: 0, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} stroke={axes.grid} />
          <XAxis dataKey="label" tickFormatter={axes.bidi} tick={{ fill: axes.text, fontSize: 12 }} {...axes.categoryAxis} />
          <YAxis
            allowDecimals={false}
            tickFormatter={(n: number) => axes.bidi(f.number(n))}
            tick={{ fill: axes.text, fontSize: 12 }}
            width={48}
            {...axes.valueAxis}
          />
          <Tooltip
            cursor={{ fill: palette.action.hover }}
            formatter={(value) => [f.number(Number(value)), customersLabel]}
            {...axes.tooltip}
          />
          <Bar dataKey="customers" name={customersLabel} isAnimationActive={false}>
            {rows.map((row) => (
              <Cell key={row.label} fill={colors[row.band]} />
            ))}
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </ChartBox>
  );
}
