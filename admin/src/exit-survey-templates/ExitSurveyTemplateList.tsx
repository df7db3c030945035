// Exit-survey templates: each version of each survey, whether it is the one sent now, and how many answered it.
import { BooleanField, Datagrid, List, NullableBooleanInput, NumberField, SearchInput, TextField } from "react-admin";
import { LocaleDateField } from "../fields/LocaleFields.tsx";
import { useIntlLocale } from "../fields/useIntlLocale.ts";

const FIELDS = ["id", "key", "name", "version", "active", "responseCount", "createdAt"];
const filters = [<SearchInput key="q" source="q" alwaysOn />, <NullableBooleanInput key="active" source="active" alwaysOn />];

export default function ExitSurveyTemplateList() {
  const locale = useIntlLocale();
  return (
    <List filters={filters} sort={{ field: "createdAt", order: "DESC" }} exporter={false} queryOptions={{ meta: { sparseFields: FIELDS } }}>
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TextField source="name" />
        <TextField source="key" />
        <NumberField source="version" locales={locale} />
        <BooleanField source="active" />
        <NumberField source="responseCount" locales={locale} sortable={false} />
        <LocaleDateField source="createdAt" />
      </Datagrid>
    </List>
  );
}
