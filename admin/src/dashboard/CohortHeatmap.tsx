// Cohort retention heatmap: one row per signup month, cell k = the share of the cohort still active (or of its MRR)
// k months later, shaded by that share. Cells not observable yet are left blank.
import {
  Box,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  ToggleButton,
  ToggleButtonGroup,
  useTheme,
} from "@mui/material";
import { alpha } from "@mui/material/styles";
import { useState } from "react";
import { useTranslate } from "react-admin";
import { useFormatters } from "./format.ts";
import { MetricPanel } from "./MetricPanel.tsx";
import type { Range } from "./periods.ts";
import { COHORTS, type CohortData } from "./queries.ts";
import { useMetric } from "./useMetric.ts";

type Measure = "CUSTOMERS" | "MRR";

export function CohortHeatmap({ range, months }: { range: Range; months: number }) {
  const translate = useTranslate();
  const f = useFormatters();
  const theme = useTheme();
  const [measure, setMeasure] = useState<Measure>("CUSTOMERS");
  const result = useMetric<CohortData>("cohorts", COHORTS, { ...range, measure, months: months - 1 });
  const ks = Array.from({ length: months }, (_, k) => k);
  const shade = (share: number) => alpha(theme.palette.primary.main, 0.08 + 0.82 * Math.max(0, Math.min(1, share)));
  const toggle = (
    <ToggleButtonGroup
      size="small"
      exclusive
      value={measure}
      onChange={(_e, value: Measure | null) => value && setMeasure(value)}
      aria-label={translate("churnstile.dashboard.charts.cohort_measure_label")}
    >
      {(["CUSTOMERS", "MRR"] as const).map((m) => (
        <ToggleButton key={m} value={m}>
          {translate(`churnstile.dashboard.charts.cohort_measure.${m}`)}
        </ToggleButton>
      ))}
    </ToggleButtonGroup>
  );
  return (
    <MetricPanel
      id="cohorts"
      title={translate("churnstile.dashboard.charts.cohorts")}
      caption={translate(`churnstile.dashboard.charts.cohorts_caption_${measure.toLowerCase()}`)}
      action={toggle}
      result={result}
      isEmpty={(data) => data.cohortRetention.length === 0}
      height={240}
    >
      {(data) => (
        <TableContainer sx={{ maxHeight: 420 }}>
          <Table size="small" stickyHeader aria-label={translate("churnstile.dashboard.charts.cohorts")}>
            <TableHead>
              <TableRow>
                <TableCell>{translate("churnstile.dashboard.charts.cohort")}</TableCell>
                <TableCell align="right">{translate("churnstile.dashboard.charts.cohort_size")}</TableCell>
                {ks.map((k) => (
                  <TableCell key={k} align="center" sx={{ px: 0.5 }}>
                    {translate("churnstile.dashboard.charts.month_k", { k: f.number(k) })}
                  </TableCell>
                ))}
              </TableRow>
            </TableHead>
            <TableBody>
              {data.cohortRetention.map((row) => {
                const cells = new Map(row.cells.map((c) => [c.k, c]));
                return (
                  <TableRow key={row.cohort.start}>
                    <TableCell component="th" scope="row" sx={{ whiteSpace: "nowrap" }}>
                      {f.month(row.cohort.start)}
                    </TableCell>
                    <TableCell align="right">{f.number(row.customers)}</TableCell>
                    {ks.map((k) => {
                      const share = cells.get(k)?.share.rate;
                      return (
                        <TableCell
                          key={k}
                          align="center"
                          sx={{
                            px: 0.5,
                            fontSize: 12,
                            bgcolor: share == null ? undefined : shade(share),
                            color: share != null && share > 0.55 ? theme.palette.primary.contrastText : undefined,
                          }}
                        >
                          {share == null ? "" : f.percent(share)}
                        </TableCell>
                      );
                    })}
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
          <Box sx={{ height: 4 }} />
        </TableContainer>
      )}
    </MetricPanel>
  );
}
