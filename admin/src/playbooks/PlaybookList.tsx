// Playbooks: which event runs each, when it applies, and how many actions it has suggested so far.
import { BooleanField, Datagrid, List, NullableBooleanInput, NumberField, SearchInput, SelectInput, TextField } from "react-admin";
import { useBulkDelete } from "../common/toolbars.tsx";
import { EnumField } from "../fields/EnumField.tsx";
import { enumChoices } from "../fields/enumChoices.ts";
import { useIntlLocale } from "../fields/useIntlLocale.ts";
import { PlaybookConditionsField } from "./PlaybookSteps.tsx";

const FIELDS = ["id", "code", "name", "trigger", "active", "conditions", "retentionActionCount"];
const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="trigger" source="trigger" choices={enumChoices("ActionTrigger")} alwaysOn />,
  <NullableBooleanInput key="active" source="active" />,
];

export default function PlaybookList() {
  const bulk = useBulkDelete();
  const locale = useIntlLocale();
  return (
    <List filters={filters} sort={{ field: "code", order: "ASC" }} exporter={false} queryOptions={{ meta: { sparseFields: FIELDS } }}>
      <Datagrid rowClick="show" bulkActionButtons={bulk}>
        <TextField source="name" />
        <EnumField source="trigger" enumName="ActionTrigger" />
        <PlaybookConditionsField label="resources.Playbook.fields.conditions" />
        <NumberField source="retentionActionCount" locales={locale} sortable={false} />
        <BooleanField source="active" />
      </Datagrid>
    </List>
  );
}
