// The frame of every dashboard widget: a titled card that shows its figure once loaded, and otherwise says
// why not — loading, nothing in the period, not on this server yet, not for this role, or failed (with a retry).
import ErrorOutlineIcon from "@mui/icons-material/ErrorOutline";
import InfoOutlinedIcon from "@mui/icons-material/InfoOutlined";
import { Alert, Box, Button, Card, CardContent, Skeleton, Stack, Typography } from "@mui/material";
import type { ReactNode } from "react";
import { useTranslate } from "react-admin";
import type { MetricResult } from "./useMetric.ts";

export interface MetricPanelProps<T> {
  /** For tests and styling: data-metric on the card. */
  id: string;
  title: string;
  caption?: ReactNode;
  /** Controls in the card's header (e.g. a measure toggle). */
  action?: ReactNode;
  result: MetricResult<T>;
  isEmpty?: (data: T) => boolean;
  /** Height of the figure, kept while loading so the page does not jump. */
  height: number;
  children: (data: T) => ReactNode;
}

function Notice({ icon, text, height }: { icon: ReactNode; text: string; height: number }) {
  return (
    <Stack direction="row" spacing={1} sx={{ minHeight: height, alignItems: "center", justifyContent: "center", color: "text.secondary" }}>
      {icon}
      <Typography variant="body2" data-state-text>
        {text}
      </Typography>
    </Stack>
  );
}

export function MetricBody<T>({
  result,
  isEmpty,
  height,
  children,
}: Pick<MetricPanelProps<T>, "result" | "isEmpty" | "height" | "children">) {
  const translate = useTranslate();
  const t = (key: string) => translate(`churnstile.dashboard.state.${key}`);
  switch (result.status) {
    case "loading":
      return (
        <Box aria-busy="true" data-state="loading">
          <Skeleton variant="rounded" height={height} aria-label={t("loading")} />
        </Box>
      );
    case "unavailable":
      return (
        <Box data-state="unavailable">
          <Notice icon={<InfoOutlinedIcon fontSize="small" />} text={t("unavailable")} height={height} />
        </Box>
      );
    case "forbidden":
      return (
        <Box data-state="forbidden">
          <Notice icon={<InfoOutlinedIcon fontSize="small" />} text={t("forbidden")} height={height} />
        </Box>
      );
    case "error":
      return (
        <Box data-state="error" sx={{ minHeight: height, display: "flex", alignItems: "center" }}>
          <Alert
            severity="error"
            icon={<ErrorOutlineIcon fontSize="inherit" />}
            sx={{ width: "100%" }}
            action={
              <Button color="inherit" size="small" onClick={result.retry}>
                {t("retry")}
              </Button>
            }
          >
            {t("error")}
          </Alert>
        </Box>
      );
    default:
      if (isEmpty?.(result.data))
        return (
          <Box data-state="empty">
            <Notice icon={<InfoOutlinedIcon fontSize="small" />} text={t("empty")} height={height} />
          </Box>
        );
      return <Box data-state="ready">{children(result.data)}</Box>;
  }
}

export function MetricPanel<T>({ id, title, caption, action, ...body }: MetricPanelProps<T>) {
  return (
    <Card variant="outlined" data-metric={id} component="section" aria-label={title} sx={{ height: "100%" }}>
      <CardContent>
        <Stack direction="row" sx={{ alignItems: "flex-start", justifyContent: "space-between", gap: 1, mb: 1.5 }}>
          <Box>
            <Typography variant="h6" component="h2">
              {title}
            </Typography>
            {caption && (
              <Typography variant="body2" color="text.secondary" data-caption>
                {caption}
              </Typography>
            )}
          </Box>
          {action}
        </Stack>
        <MetricBody {...body} />
      </CardContent>
    </Card>
  );
}
