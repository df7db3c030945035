// The churn-reason catalogue: category, the team that must fix it, and the churn types it explains.
import { BooleanField, Datagrid, List, NullableBooleanInput, SelectInput } from "react-admin";
import { useCan } from "../auth/permissions.ts";
import { EnumField } from "../fields/EnumField.tsx";
import { enumChoices } from "../fields/enumChoices.ts";

const FIELDS = ["id", "code", "category", "ownerTeam", "defaultChurnType", "churnTypes", "requiresCompetitor", "requiresFeature", "active"];

const filters = [
  <SelectInput key="ownerTeam" source="ownerTeam" choices={enumChoices("OwnerTeam")} alwaysOn />,
  <NullableBooleanInput key="active" source="active" alwaysOn />,
];

export default function ChurnReasonList() {
  const canConfigure = useCan("config");
  return (
    <List filters={filters} sort={{ field: "sortOrder", order: "ASC" }} exporter={false} queryOptions={{ meta: { sparseFields: FIELDS } }}>
      <Datagrid rowClick={canConfigure ? "edit" : false} bulkActionButtons={false}>
        <EnumField source="code" enumName="ReasonCode" />
        <EnumField source="category" enumName="ReasonCategory" />
        <EnumField source="ownerTeam" enumName="OwnerTeam" />
        <EnumField source="defaultChurnType" enumName="ChurnType" sortable={false} />
        <EnumField source="churnTypes" enumName="ChurnType" sortable={false} />
        <BooleanField source="requiresCompetitor" sortable={false} />
        <BooleanField source="requiresFeature" sortable={false} />
        <BooleanField source="active" sortable={false} />
      </Datagrid>
    </List>
  );
}
