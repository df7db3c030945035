// The dashboard (a lazy chunk, its charts a further one): headline figures, then churn by type over time, reasons by
// owner team, cohort retention and ticket-volume bands — every number an aggregate computed by the server.
import { Box, Grid, Stack, ToggleButton, ToggleButtonGroup, Typography } from "@mui/material";
import { useState } from "react";
import { Title, useTranslate } from "react-admin";
import { ChurnByTypePanel } from "./ChurnByTypePanel.tsx";
import { CohortHeatmap } from "./CohortHeatmap.tsx";
import { useFormatters } from "./format.ts";
import { KpiCards } from "./KpiCards.tsx";
import { completeMonths, lastDays, lastMonths } from "./periods.ts";
import { ReasonsPanel } from "./ReasonsPanel.tsx";
import { TicketBandsPanel } from "./TicketBandsPanel.tsx";

const SPANS = [6, 12, 24] as const;
type Span = (typeof SPANS)[number];

export default function Dashboard() {
  const translate = useTranslate();
  const f = useFormatters();
  // "Now" is fixed when the page opens, so every query keeps one key (and its cache) while it stays open.
  const [now] = useState(() => new Date());
  const [span, setSpan] = useState<Span>(12);
  const charts = lastMonths(now, span);
  return (
    <Box sx={{ py: 2 }} data-testid="dashboard">
      <Title title={translate("churnstile.dashboard.title")} />
      <Stack spacing={2}>
        <KpiCards now={now} />
        <Stack direction="row" sx={{ alignItems: "center", justifyContent: "space-between", flexWrap: "wrap", gap: 1 }}>
          <Typography variant="h6" component="h2">
            {translate("churnstile.dashboard.trends")}
          </Typography>
          <ToggleButtonGroup
            size="small"
            exclusive
            value={span}
            onChange={(_e, value: Span | null) => value && setSpan(value)}
            aria-label={translate("churnstile.dashboard.span_label")}
          >
            {SPANS.map((months) => (
              <ToggleButton key={months} value={months}>
                {translate("churnstile.dashboard.span", { smart_count: months, months: f.number(months) })}
              </ToggleButton>
            ))}
          </ToggleButtonGroup>
        </Stack>
        <Grid container spacing={2}>
          <Grid size={{ xs: 12, lg: 7 }}>
            <ChurnByTypePanel range={charts} />
          </Grid>
          <Grid size={{ xs: 12, lg: 5 }}>
            <ReasonsPanel range={charts} />
          </Grid>
          <Grid size={{ xs: 12, lg: 8 }}>
            <CohortHeatmap range={completeMonths(now, span)} months={span} />
          </Grid>
          <Grid size={{ xs: 12, lg: 4 }}>
            <TicketBandsPanel range={lastDays(now, 90)} />
          </Grid>
        </Grid>
      </Stack>
    </Box>
  );
}
