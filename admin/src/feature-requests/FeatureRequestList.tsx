// Missing features customers asked for or left over: how many churned citing each, and the roadmap status.
import { Datagrid, List, NullableBooleanInput, NumberField, SearchInput, SelectInput, TextField } from "react-admin";
import { useBulkDelete } from "../common/toolbars.tsx";
import { EnumField } from "../fields/EnumField.tsx";
import { enumChoices } from "../fields/enumChoices.ts";
import { LocaleDateField } from "../fields/LocaleFields.tsx";
import { useIntlLocale } from "../fields/useIntlLocale.ts";
import { MarkShippedButton } from "./MarkShippedButton.tsx";

const FIELDS = ["id", "title", "status", "shippedAt", "createdAt", "churnEventCount", "churnedCustomerCount"];
const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="status" source="status" choices={enumChoices("FeatureStatus")} alwaysOn />,
  <NullableBooleanInput key="citedByChurn" source="citedByChurn" />,
];

export default function FeatureRequestList() {
  const bulk = useBulkDelete();
  const locale = useIntlLocale();
  return (
    <List filters={filters} sort={{ field: "createdAt", order: "DESC" }} exporter={false} queryOptions={{ meta: { sparseFields: FIELDS } }}>
      <Datagrid rowClick="show" bulkActionButtons={bulk}>
        <TextField source="title" />
        <EnumField source="status" enumName="FeatureStatus" />
        <NumberField source="churnedCustomerCount" locales={locale} sortable={false} />
        <NumberField source="churnEventCount" locales={locale} sortable={false} />
        <LocaleDateField source="shippedAt" />
        <LocaleDateField source="createdAt" />
        <MarkShippedButton />
      </Datagrid>
    </List>
  );
}
