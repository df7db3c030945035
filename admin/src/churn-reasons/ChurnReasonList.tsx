// The churn-reason catalogue: category, the team that must fix it, and the churn types it explains.
import { BooleanField, Datagrid, List, SelectInput } from "react-admin";
import { EnumField } from "../fields/EnumField.tsx";
import { enumChoices } from "../fields/enumChoices.ts";

const FIELDS = ["id", "code", "category", "ownerTeam", "defaultChurnType", "churnTypes", "active"];

const filters = [<SelectInput key="ownerTeam" source="ownerTeam" choices={enumChoices("OwnerTeam")} />];

export default function ChurnReasonList() {
  return (
    <List filters={filters} sort={{ field: "sortOrder", order: "ASC" }} exporter={false} queryOptions={{ meta: { sparseFields: FIELDS } }}>
      <Datagrid bulkActionButtons={false}>
        <EnumField source="code" enumName="ReasonCode" />
        <EnumField source="category" enumName="ReasonCategory" />
        <EnumField source="ownerTeam" enumName="OwnerTeam" />
        <EnumField source="defaultChurnType" enumName="ChurnType" sortable={false} />
        <EnumField source="churnTypes" enumName="ChurnType" sortable={false} />
        <BooleanField source="active" sortable={false} />
      </Datagrid>
    </List>
  );
}
