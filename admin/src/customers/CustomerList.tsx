// The customer list: who pays what, where they stand and how healthy they look.
import { Datagrid, List, TextField } from "react-admin";
import { useBulkDelete } from "../common/toolbars.tsx";
import { CountryField } from "../fields/CountryField.tsx";
import { EnumField } from "../fields/EnumField.tsx";
import { HealthScoreField } from "../fields/HealthScoreField.tsx";
import { LocaleDateField } from "../fields/LocaleFields.tsx";
import { MoneyField } from "../fields/MoneyField.tsx";
import { useCustomerFilters } from "./customerFilters.tsx";

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
  { owner: ["id", "name"] },
];

export default function CustomerList() {
  const filters = useCustomerFilters();
  const bulk = useBulkDelete();
  return (
    <List filters={filters} sort={{ field: "name", order: "ASC" }} exporter={false} queryOptions={{ meta: { sparseFields: FIELDS } }}>
      <Datagrid rowClick="show" bulkActionButtons={bulk}>
        <TextField source="name" />
        <TextField source="company" sortable={false} />
        <CountryField source="country" />
        <EnumField source="plan" enumName="Plan" />
        <EnumField source="status" enumName="CustomerStatus" />
        <MoneyField source="mrrMinor" textAlign="right" />
        <HealthScoreField source="healthScore" />
        <TextField source="owner.name" label="resources.Customer.fields.owner" sortable={false} />
        <LocaleDateField source="signedUpAt" />
        <LocaleDateField source="lastInteractionAt" />
      </Datagrid>
    </List>
  );
}
