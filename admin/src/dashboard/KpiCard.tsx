// One headline figure: a label, the value large, a line saying what it is made of, and an optional verdict chip.
import { Card, CardContent, Stack, Typography } from "@mui/material";
import type { ReactNode } from "react";
import { MetricBody } from "./MetricPanel.tsx";
import type { MetricResult } from "./useMetric.ts";

export interface KpiFigure {
  value: string;
  detail?: ReactNode;
  /** A second line, e.g. last month's value. */
  comparison?: ReactNode;
  /** A note under it, e.g. the target band. */
  note?: ReactNode;
  /** A verdict such as "within the target band". */
  badge?: ReactNode;
}

export interface KpiCardProps<T> {
  id: string;
  label: string;
  result: MetricResult<T>;
  render: (data: T) => KpiFigure;
}

export function KpiCard<T>({ id, label, result, render }: KpiCardProps<T>) {
  return (
    <Card variant="outlined" data-kpi={id} component="section" aria-label={label} sx={{ height: "100%" }}>
      <CardContent>
        <Typography variant="subtitle2" color="text.secondary" component="h2" gutterBottom>
          {label}
        </Typography>
        <MetricBody result={result} height={88}>
          {(data) => {
            const figure = render(data);
            return (
              <Stack spacing={0.5}>
                <Typography variant="h4" component="p" data-kpi-value sx={{ fontWeight: 500, unicodeBidi: "plaintext" }}>
                  {figure.value}
                </Typography>
                {figure.detail && (
                  <Typography variant="body2" color="text.secondary" data-kpi-detail>
                    {figure.detail}
                  </Typography>
                )}
                {figure.comparison && (
                  <Typography variant="caption" color="text.secondary">
                    {figure.comparison}
                  </Typography>
                )}
                {figure.note && (
                  <Typography variant="caption" color="text.secondary">
                    {figure.note}
                  </Typography>
                )}
                {figure.badge}
              </Stack>
            );
          }}
        </MetricBody>
      </CardContent>
    </Card>
  );
}
