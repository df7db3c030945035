// A customer's page: the summary, subscriptions, health factors, what a just-logged churn created, and the timeline.
import { Stack } from "@mui/material";
import { EditButton, Show, TopToolbar, useRecordContext, useResourceDefinition } from "react-admin";
import { useCan } from "../auth/permissions.ts";
import { ScheduleActionButton } from "../retention-actions/ScheduleActionButton.tsx";
import { CustomerSummary } from "./CustomerSummary.tsx";
import { CustomerTimeline } from "./CustomerTimeline.tsx";
import { HealthFactors } from "./HealthFactors.tsx";
import { ChurnLoggedPanel } from "./log-churn/ChurnLoggedPanel.tsx";
import { LogChurnButton } from "./log-churn/LogChurnButton.tsx";
import { SendSurveyLinkButton } from "./SendSurveyLinkButton.tsx";
import { CustomerSubscriptions } from "./subscriptions/CustomerSubscriptions.tsx";

const FIELDS = [
  "id",
  "name",
  "company",
  "email",
  "country",
  "industry",
  "plan",
  "status",
  "mrrMinor",
  "currency",
  "healthScore",
  "healthFactors",
  "satisfaction",
  "signedUpAt",
  "lastInteractionAt",
  "locale",
  "version",
  { owner: ["id", "name"] },
];

function Actions() {
  const { hasEdit } = useResourceDefinition();
  const canWrite = useCan("write");
  const record = useRecordContext();
  return (
    <TopToolbar>
      {canWrite && record && record.status !== "CHURNED" ? <LogChurnButton /> : null}
      {canWrite ? <ScheduleActionButton /> : null}
      {canWrite ? <SendSurveyLinkButton /> : null}
      {hasEdit ? <EditButton /> : null}
    </TopToolbar>
  );
}

function Content() {
  const record = useRecordContext();
  if (!record) return null;
  return (
    <Stack spacing={2} sx={{ p: 2 }}>
      <ChurnLoggedPanel />
      <CustomerSummary />
      <CustomerSubscriptions />
      <HealthFactors />
      <CustomerTimeline customerId={String(record.id)} />
    </Stack>
  );
}

export default function CustomerShow() {
  return (
    <Show actions={<Actions />} queryOptions={{ meta: { sparseFields: FIELDS } }}>
      <Content />
    </Show>
  );
}
