// The public survey's page frame (no console layout) and its full-page messages: invalid, expired or already
// answered links, a failure to load, and the thank-you page.
import CheckCircleOutlineIcon from "@mui/icons-material/CheckCircleOutline";
import ErrorOutlineIcon from "@mui/icons-material/ErrorOutline";
import HourglassDisabledIcon from "@mui/icons-material/HourglassDisabled";
import LinkOffIcon from "@mui/icons-material/LinkOff";
import TaskAltIcon from "@mui/icons-material/TaskAlt";
import { Box, Button, Container, Paper, Stack, Typography } from "@mui/material";
import { type ReactNode, useEffect } from "react";
import { useTranslate } from "react-admin";

export function SurveyShell({ children, header }: { children: ReactNode; header?: ReactNode }) {
  const translate = useTranslate();
  const title = translate("churnstile.survey.title");
  useEffect(() => {
    const previous = document.title;
    document.title = title; // the tab says what the page is, in the survey's language
    return () => {
      document.title = previous;
    };
  }, [title]);
  return (
    <Box component="main" sx={{ minHeight: "100vh", bgcolor: "background.default", py: { xs: 2, sm: 6 } }}>
      <Container maxWidth="sm">
        {header && <Box sx={{ display: "flex", justifyContent: "flex-end", mb: 1 }}>{header}</Box>}
        <Paper variant="outlined" sx={{ p: { xs: 2.5, sm: 4 } }}>
          {children}
        </Paper>
      </Container>
    </Box>
  );
}

export type StateKind = "invalid" | "expired" | "completed" | "thanks" | "error";

const ICONS: Record<StateKind, ReactNode> = {
  invalid: <LinkOffIcon color="disabled" sx={{ fontSize: 48 }} />,
  expired: <HourglassDisabledIcon color="disabled" sx={{ fontSize: 48 }} />,
  completed: <TaskAltIcon color="success" sx={{ fontSize: 48 }} />,
  thanks: <CheckCircleOutlineIcon color="success" sx={{ fontSize: 48 }} />,
  error: <ErrorOutlineIcon color="error" sx={{ fontSize: 48 }} />,
};

export function StateMessage({ kind, onRetry }: { kind: StateKind; onRetry?: () => void }) {
  const translate = useTranslate();
  return (
    <Stack spacing={2} sx={{ alignItems: "center", textAlign: "center", py: 2 }} data-survey-state={kind} role="status">
      {ICONS[kind]}
      <Typography variant="h5" component="h1">
        {translate(`churnstile.survey.${kind}_title`)}
      </Typography>
      <Typography color="text.secondary">{translate(`churnstile.survey.${kind}_body`)}</Typography>
      {onRetry && (
        <Button variant="outlined" onClick={onRetry}>
          {translate("churnstile.survey.retry")}
        </Button>
      )}
    </Stack>
  );
}
