// Segments: groups of customers by geography, plan, health, satisfaction or exit-survey reason, with how many are in each now.
import { Datagrid, List, NumberField, SearchInput, SelectInput, TextField } from "react-admin";
import { useBulkDelete } from "../common/toolbars.tsx";
import { EnumField } from "../fields/EnumField.tsx";
import { enumChoices } from "../fields/enumChoices.ts";
import { LocaleDateField } from "../fields/LocaleFields.tsx";
import { useIntlLocale } from "../fields/useIntlLocale.ts";

const FIELDS = ["id", "name", "description", "kind", "memberCount", "updatedAt"];
const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="kind" source="kind" choices={enumChoices("SegmentKind")} alwaysOn />,
];

export default function SegmentList() {
  const bulk = useBulkDelete();
  const locale = useIntlLocale();
  return (
    <List filters={filters} sort={{ field: "name", order: "ASC" }} exporter={false} queryOptions={{ meta: { sparseFields: FIELDS } }}>
      <Datagrid rowClick="show" bulkActionButtons={bulk}>
        <TextField source="name" />
        <EnumField source="kind" enumName="SegmentKind" />
        <NumberField source="memberCount" locales={locale} sortable={false} />
        <TextField source="description" sortable={false} />
        <LocaleDateField source="updatedAt" />
      </Datagrid>
    </List>
  );
}
