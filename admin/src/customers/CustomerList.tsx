// The customer list: who pays what, where they stand and how healthy they look.
import { Datagrid, List, SearchInput, SelectInput, TextField } from "react-admin";
import { useCanWrite } from "../auth/permissions.ts";
import { CountryField } from "../fields/CountryField.tsx";
import { EnumField } from "../fields/EnumField.tsx";
import { enumChoices } from "../fields/enumChoices.ts";
import { LocaleDateField, LocaleNumberField } from "../fields/LocaleFields.tsx";
import { MoneyField } from "../fields/MoneyField.tsx";

/** Only the columns shown are fetched (ra-data-graphql-simple sparse fields). */
const FIELDS = [
  "id",
  "name",
  "company",
  "country",
  "plan",
  "status",
  "mrrMinor",
  "currency",
  "healthScore",
  "signedUpAt",
  "lastInteractionAt",
];

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="status" source="status" choices={enumChoices("CustomerStatus")} />,
  <SelectInput key="plan" source="plan" choices={enumChoices("Plan")} />,
];

export default function CustomerList() {
  const canWrite = useCanWrite();
  return (
    <List filters={filters} sort={{ field: "name", order: "ASC" }} exporter={false} queryOptions={{ meta: { sparseFields: FIELDS } }}>
      <Datagrid bulkActionButtons={canWrite ? undefined : false}>
        <TextField source="name" />
        <TextField source="company" sortable={false} />
        <CountryField source="country" />
        <EnumField source="plan" enumName="Plan" />
        <EnumField source="status" enumName="CustomerStatus" />
        <MoneyField source="mrrMinor" textAlign="right" />
        <LocaleNumberField source="healthScore" />
        <LocaleDateField source="signedUpAt" />
        <LocaleDateField source="lastInteractionAt" />
      </Datagrid>
    </List>
  );
}
