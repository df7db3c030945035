// The audit log (ADMIN, read-only): every write, by whom (staff user or API key), to which entity, when.
import { AutocompleteInput, Datagrid, DateTimeInput, List, ReferenceInput, SelectInput, TextField, TextInput } from "react-admin";
import { LocaleDateField } from "../fields/LocaleFields.tsx";
import { RESOURCES } from "../resources.ts";

const ENTITIES = [
  ...RESOURCES.map((r) => r.name),
  "Interaction",
  "Subscription",
  "PaymentFailure",
  "HealthModel",
  "AppSetting",
  "WebhookSubscription",
  "Product",
]
  .sort()
  .map((id) => ({ id, name: id }));

const FIELDS = ["id", "at", "action", "entity", "entityId", "requestId", { actorUser: ["id", "name"] }, { actorApiKey: ["id", "name"] }];

const filters = [
  <ReferenceInput key="actorUserId" source="actorUserId" reference="User" sort={{ field: "name", order: "ASC" }} alwaysOn>
    <AutocompleteInput label="resources.AuditLog.fields.actorUser" optionText="name" />
  </ReferenceInput>,
  <SelectInput key="entity" source="entity" choices={ENTITIES} translateChoice={false} alwaysOn />,
  <TextInput key="entityId" source="entityId" />,
  <TextInput key="action" source="action" />,
  <ReferenceInput key="actorApiKeyId" source="actorApiKeyId" reference="ApiKey">
    <AutocompleteInput label="resources.AuditLog.fields.actorApiKey" optionText="name" />
  </ReferenceInput>,
  <DateTimeInput key="from" source="from" />,
  <DateTimeInput key="to" source="to" />,
];

export default function AuditLogList() {
  return (
    <List filters={filters} sort={{ field: "at", order: "DESC" }} exporter={false} queryOptions={{ meta: { sparseFields: FIELDS } }}>
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <LocaleDateField source="at" showTime />
        <TextField source="actorUser.name" label="resources.AuditLog.fields.actorUser" sortable={false} emptyText="—" />
        <TextField source="actorApiKey.name" label="resources.AuditLog.fields.actorApiKey" sortable={false} emptyText="—" />
        <TextField source="action" />
        <TextField source="entity" />
        <TextField source="entityId" sortable={false} />
      </Datagrid>
    </List>
  );
}
