// "My queue": the open actions assigned to me — callbacks with their committed time and every other action —
// by due date, so the overdue ones come first; narrowed to callbacks or to what is due today with one click.
import { Box, Typography } from "@mui/material";
import { Datagrid, List, Loading, SelectInput, TextField, useGetIdentity, useTranslate } from "react-admin";
import { EnumField } from "../fields/EnumField.tsx";
import { AssignActionButton } from "./AssignActionButton.tsx";
import { CompleteActionButton } from "./CompleteActionButton.tsx";
import { DueField, overdueRowSx } from "./DueField.tsx";
import { ACTION_FIELDS, QueueLinks } from "./RetentionActionList.tsx";

function endOfToday(): string {
  const d = new Date();
  d.setHours(24, 0, 0, 0);
  return d.toISOString();
}

function EmptyQueue() {
  const translate = useTranslate();
  return (
    <Box sx={{ p: 4, textAlign: "center" }}>
      <Typography variant="h6">{translate("resources.RetentionAction.queue.empty")}</Typography>
    </Box>
  );
}

export default function MyQueue() {
  const { identity, isPending } = useGetIdentity();
  const translate = useTranslate();
  if (isPending) return <Loading />;
  const filters = [
    <SelectInput key="kind" source="kind" choices={[{ id: "CALLBACK", name: "resources.RetentionAction.queue.callbacks" }]} alwaysOn />,
    <SelectInput
      key="dueTo"
      source="dueTo"
      label="resources.RetentionAction.queue.due"
      choices={[{ id: endOfToday(), name: "resources.RetentionAction.queue.dueToday" }]}
      alwaysOn
    />,
  ];
  return (
    <List
      resource="RetentionAction"
      storeKey="RetentionAction.queue"
      title={translate("resources.RetentionAction.queue.title")}
      filter={{ assigneeId: identity?.id, statuses: ["PLANNED", "IN_PROGRESS"] }}
      filters={filters}
      actions={<QueueLinks queue />}
      sort={{ field: "dueAt", order: "ASC" }}
      exporter={false}
      empty={<EmptyQueue />}
      queryOptions={{ meta: { sparseFields: ACTION_FIELDS } }}
    >
      <Datagrid rowClick="show" bulkActionButtons={false} rowSx={overdueRowSx}>
        <DueField source="dueAt" label="resources.RetentionAction.fields.dueAt" sortable={false} />
        <EnumField source="kind" enumName="ActionKind" sortable={false} />
        <TextField source="customer.name" label="resources.RetentionAction.fields.customer" sortable={false} />
        <EnumField source="status" enumName="ActionStatus" sortable={false} />
        <TextField source="offer" sortable={false} />
        <EnumField source="trigger" enumName="ActionTrigger" sortable={false} />
        <CompleteActionButton />
        <AssignActionButton />
      </Datagrid>
    </List>
  );
}
