// The retention-action queue: what to do for whom, by when, by whom, and how it ended.
import { Datagrid, List, SelectInput, TextField } from "react-admin";
import { EnumField } from "../fields/EnumField.tsx";
import { enumChoices } from "../fields/enumChoices.ts";
import { LocaleDateField } from "../fields/LocaleFields.tsx";

const FIELDS = ["id", "kind", "status", "trigger", "dueAt", "outcome", { customer: ["id", "name"] }, { assignee: ["id", "name"] }];

const filters = [<SelectInput key="status" source="status" choices={enumChoices("ActionStatus")} />];

export default function RetentionActionList() {
  return (
    <List filters={filters} sort={{ field: "dueAt", order: "ASC" }} exporter={false} queryOptions={{ meta: { sparseFields: FIELDS } }}>
      <Datagrid bulkActionButtons={false}>
        <EnumField source="kind" enumName="ActionKind" />
        <TextField source="customer.name" label="resources.RetentionAction.fields.customer" sortable={false} />
        <EnumField source="status" enumName="ActionStatus" />
        <EnumField source="trigger" enumName="ActionTrigger" sortable={false} />
        <LocaleDateField source="dueAt" />
        <TextField source="assignee.name" label="resources.RetentionAction.fields.assignee" sortable={false} />
        <EnumField source="outcome" enumName="ActionOutcome" sortable={false} />
      </Datagrid>
    </List>
  );
}
