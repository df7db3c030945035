// Ticket-volume bands: active customers by tickets a month over the last three months; both edges are warnings.
import { Stack, Typography } from "@mui/material";
import { useTranslate } from "react-admin";
import { ChartSuspense, TicketBandsChart } from "./charts/lazy.tsx";
import type { Band } from "./charts/TicketBandsChart.tsx";
import { type Formatters, useFormatters } from "./format.ts";
import { MetricPanel } from "./MetricPanel.tsx";
import type { Range } from "./periods.ts";
import { TICKET_BANDS, type TicketBandsData } from "./queries.ts";
import { useMetric } from "./useMetric.ts";

const HEIGHT = 220;

type Bucket = TicketBandsData["ticketStats"]["distribution"][number];

const bucketLabel = (b: Bucket, f: Formatters) =>
  b.toPerMonth == null
    ? `${f.number(b.fromPerMonth)}+`
    : b.toPerMonth === b.fromPerMonth
      ? f.number(b.fromPerMonth)
      : `${f.number(b.fromPerMonth)}–${f.number(b.toPerMonth)}`;

function bandOf(b: Bucket, stats: TicketBandsData["ticketStats"]): Band {
  if (b.toPerMonth != null && b.toPerMonth <= stats.tooFew.threshold) return "tooFew";
  if (b.fromPerMonth >= stats.tooMany.threshold) return "tooMany";
  return "healthy";
}

export function TicketBandsPanel({ range }: { range: Range }) {
  const translate = useTranslate();
  const f = useFormatters();
  const result = useMetric<TicketBandsData>("ticketBands", TICKET_BANDS, { ...range });
  return (
    <MetricPanel
      id="ticket-bands"
      title={translate("churnstile.dashboard.charts.tickets")}
      caption={translate("churnstile.dashboard.charts.tickets_caption")}
      result={result}
      isEmpty={(data) => data.ticketStats.activeCustomers === 0}
      height={HEIGHT}
    >
      {({ ticketStats }) => (
        <Stack spacing={1}>
          <ChartSuspense height={HEIGHT}>
            <TicketBandsChart
              rows={ticketStats.distribution.map((b) => ({
                label: bucketLabel(b, f),
                customers: b.customers,
                band: bandOf(b, ticketStats),
              }))}
              customersLabel={translate("churnstile.dashboard.charts.customers")}
              height={HEIGHT}
            />
          </ChartSuspense>
          {(["tooFew", "tooMany"] as const).map((band) => (
            <Typography key={band} variant="body2" color={band === "tooFew" ? "warning.main" : "error.main"}>
              {translate(`churnstile.dashboard.charts.${band === "tooFew" ? "too_few" : "too_many"}`, {
                threshold: f.number(ticketStats[band].threshold),
                count: f.number(ticketStats[band].customers),
                share: f.percent(ticketStats[band].share.rate),
              })}
            </Typography>
          ))}
        </Stack>
      )}
    </MetricPanel>
  );
}
