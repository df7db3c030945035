// Message templates: the win-back, survey and greeting messages, one per kind and language.
import { BooleanField, Datagrid, List, NullableBooleanInput, SearchInput, SelectInput, TextField } from "react-admin";
import { useBulkDelete } from "../common/toolbars.tsx";
import { EnumField } from "../fields/EnumField.tsx";
import { enumChoices } from "../fields/enumChoices.ts";
import { LanguageField } from "../fields/LanguageField.tsx";
import { LocaleDateField } from "../fields/LocaleFields.tsx";
import { localeChoices } from "../fields/localeChoices.ts";

const FIELDS = ["id", "kind", "locale", "subject", "active", "updatedAt"];
const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="kind" source="kind" choices={enumChoices("MessageKind")} alwaysOn />,
  <SelectInput key="locale" source="locale" choices={localeChoices} translateChoice={false} alwaysOn />,
  <NullableBooleanInput key="active" source="active" />,
];

export default function MessageTemplateList() {
  const bulk = useBulkDelete();
  return (
    <List filters={filters} sort={{ field: "kind", order: "ASC" }} exporter={false} queryOptions={{ meta: { sparseFields: FIELDS } }}>
      <Datagrid rowClick="show" bulkActionButtons={bulk}>
        <EnumField source="kind" enumName="MessageKind" />
        <LanguageField source="locale" />
        <TextField source="subject" sortable={false} sx={{ unicodeBidi: "plaintext" }} />
        <BooleanField source="active" />
        <LocaleDateField source="updatedAt" />
      </Datagrid>
    </List>
  );
}
