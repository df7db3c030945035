// The customer's timeline: tickets, interactions, churn events and retention actions, newest first.
import ChatIcon from "@mui/icons-material/Chat";
import ConfirmationNumberIcon from "@mui/icons-material/ConfirmationNumber";
import HandshakeIcon from "@mui/icons-material/Handshake";
import TrendingDownIcon from "@mui/icons-material/TrendingDown";
import { Alert, Card, CardContent, CardHeader, List, ListItem, ListItemButton, ListItemIcon, ListItemText, Stack } from "@mui/material";
import type { ReactNode } from "react";
import { LinkBase, RecordContextProvider, TextField, useCreatePath, useTranslate } from "react-admin";
import { EmptyState, LoadingState } from "../common/StateMessages.tsx";
import { EnumField } from "../fields/EnumField.tsx";
import { LocaleDateField } from "../fields/LocaleFields.tsx";
import { MoneyField } from "../fields/MoneyField.tsx";
import { type TimelineEntry, type TimelineKind, useTimeline } from "./useTimeline.ts";

const ICONS: Record<TimelineKind, ReactNode> = {
  Ticket: <ConfirmationNumberIcon />,
  Interaction: <ChatIcon />,
  ChurnEvent: <TrendingDownIcon color="error" />,
  RetentionAction: <HandshakeIcon color="primary" />,
};

const DATE = { dateStyle: "medium", timeStyle: "short" } as const;

function Primary({ entry }: { entry: TimelineEntry }) {
  switch (entry.kind) {
    case "Ticket":
      return <TextField source="subject" sx={{ unicodeBidi: "plaintext" }} />;
    case "Interaction":
      return <EnumField source="kind" enumName="InteractionKind" />;
    case "ChurnEvent":
      return <EnumField source="type" enumName="ChurnType" />;
    case "RetentionAction":
      return <EnumField source="kind" enumName="ActionKind" />;
  }
}

function Secondary({ entry }: { entry: TimelineEntry }) {
  const parts: Record<TimelineKind, ReactNode> = {
    Ticket: <EnumField source="status" enumName="TicketStatus" />,
    Interaction: <TextField source="summary" sx={{ unicodeBidi: "plaintext" }} />,
    ChurnEvent: [<EnumField key="r" source="primaryReason.code" enumName="ReasonCode" />, <MoneyField key="m" source="mrrLostMinor" />],
    RetentionAction: [
      <EnumField key="s" source="status" enumName="ActionStatus" />,
      <EnumField key="o" source="outcome" enumName="ActionOutcome" />,
    ],
  };
  return (
    <Stack direction="row" spacing={1} component="span" sx={{ alignItems: "center", flexWrap: "wrap" }}>
      <LocaleDateField
        source={entry.kind === "RetentionAction" && entry.record.completedAt ? "completedAt" : timeSource(entry.kind)}
        options={DATE}
        showTime
      />
      {parts[entry.kind]}
    </Stack>
  );
}

const timeSource = (kind: TimelineKind) =>
  ({ Ticket: "openedAt", Interaction: "occurredAt", ChurnEvent: "effectiveAt", RetentionAction: "dueAt" })[kind];

export function CustomerTimeline({ customerId }: { customerId: string }) {
  const translate = useTranslate();
  const { entries, isPending, error } = useTimeline(customerId);
  return (
    <Card variant="outlined">
      <CardHeader title={translate("resources.Customer.timeline.title")} titleTypographyProps={{ variant: "h6" }} />
      <CardContent sx={{ pt: 0 }}>
        {error ? <Alert severity="error">{translate(error.message, { _: translate("ra.notification.http_error") })}</Alert> : null}
        {isPending ? <LoadingState /> : null}
        {!isPending && !error && entries.length === 0 ? <EmptyState message="resources.Customer.timeline.empty" /> : null}
        {isPending ? null : (
          <List dense aria-label={translate("resources.Customer.timeline.title")}>
            {entries.map((entry) => (
              <RecordContextProvider key={entry.key} value={entry.record}>
                <TimelineItem entry={entry} />
              </RecordContextProvider>
            ))}
          </List>
        )}
      </CardContent>
    </Card>
  );
}

function TimelineItem({ entry }: { entry: TimelineEntry }) {
  const translate = useTranslate();
  const createPath = useCreatePath();
  const content = (
    <>
      <ListItemIcon title={translate(`resources.${entry.kind}.name`, { smart_count: 1 })}>{ICONS[entry.kind]}</ListItemIcon>
      <ListItemText
        primary={<Primary entry={entry} />}
        secondary={<Secondary entry={entry} />}
        slotProps={{ primary: { component: "div" }, secondary: { component: "div" } }}
      />
    </>
  );
  if (entry.kind === "Interaction") return <ListItem>{content}</ListItem>;
  return (
    <ListItemButton component={LinkBase} to={createPath({ resource: entry.kind, id: entry.record.id, type: "show" })}>
      {content}
    </ListItemButton>
  );
}
