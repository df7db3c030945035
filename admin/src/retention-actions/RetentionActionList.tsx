// All retention and win-back actions: what to do for whom, by when, by whom, and how it ended.
import ListAltIcon from "@mui/icons-material/PlaylistAddCheck";
import {
  AutocompleteInput,
  Button,
  CreateButton,
  Datagrid,
  LinkBase,
  List,
  ReferenceInput,
  SelectInput,
  TextField,
  TopToolbar,
  useCreatePath,
  useResourceDefinition,
} from "react-admin";
import { useCan } from "../auth/permissions.ts";
import { CustomerInput } from "../common/CustomerInput.tsx";
import { EnumField } from "../fields/EnumField.tsx";
import { enumChoices } from "../fields/enumChoices.ts";
import { AssignActionButton } from "./AssignActionButton.tsx";
import { CompleteActionButton } from "./CompleteActionButton.tsx";
import { DueField, overdueRowSx } from "./DueField.tsx";

export const ACTION_FIELDS = [
  "id",
  "kind",
  "status",
  "trigger",
  "dueAt",
  "outcome",
  "offer",
  "version",
  { customer: ["id", "name"] },
  { assignee: ["id", "name"] },
];

export function QueueLinks({ queue }: { queue: boolean }) {
  const createPath = useCreatePath();
  const canWrite = useCan("write");
  const { hasCreate } = useResourceDefinition({ resource: "RetentionAction" });
  const list = createPath({ resource: "RetentionAction", type: "list" });
  return (
    <TopToolbar>
      {canWrite ? (
        <Button
          component={LinkBase}
          to={queue ? list : `${list}/queue`}
          label={queue ? "resources.RetentionAction.all" : "resources.RetentionAction.queue.title"}
        >
          <ListAltIcon />
        </Button>
      ) : null}
      {hasCreate ? <CreateButton resource="RetentionAction" label="resources.RetentionAction.schedule.button" /> : null}
    </TopToolbar>
  );
}

export function useActionFilters() {
  return [
    <SelectInput key="status" source="status" choices={enumChoices("ActionStatus")} alwaysOn />,
    <SelectInput key="kind" source="kind" choices={enumChoices("ActionKind")} alwaysOn />,
    <CustomerInput key="customerId" source="customerId" label="resources.RetentionAction.fields.customer" />,
    <ReferenceInput key="assigneeId" source="assigneeId" reference="User" sort={{ field: "name", order: "ASC" }}>
      <AutocompleteInput label="resources.RetentionAction.fields.assignee" optionText="name" />
    </ReferenceInput>,
  ];
}

export default function RetentionActionList() {
  const filters = useActionFilters();
  return (
    <List
      filters={filters}
      actions={<QueueLinks queue={false} />}
      sort={{ field: "dueAt", order: "DESC" }}
      exporter={false}
      queryOptions={{ meta: { sparseFields: ACTION_FIELDS } }}
    >
      <Datagrid rowClick="show" bulkActionButtons={false} rowSx={overdueRowSx}>
        <EnumField source="kind" enumName="ActionKind" />
        <TextField source="customer.name" label="resources.RetentionAction.fields.customer" sortable={false} />
        <EnumField source="status" enumName="ActionStatus" />
        <EnumField source="trigger" enumName="ActionTrigger" sortable={false} />
        <DueField source="dueAt" label="resources.RetentionAction.fields.dueAt" sortBy="dueAt" />
        <TextField source="assignee.name" label="resources.RetentionAction.fields.assignee" sortable={false} />
        <EnumField source="outcome" enumName="ActionOutcome" sortable={false} />
        <CompleteActionButton />
        <AssignActionButton />
      </Datagrid>
    </List>
  );
}
