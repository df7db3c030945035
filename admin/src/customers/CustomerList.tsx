// The customer list: who pays what, where they stand and how healthy they look.
import { BulkDeleteButton, Datagrid, List, TextField } from "react-admin";
import { useCan } from "../auth/permissions.ts";
import { CountryField } from "../fields/CountryField.tsx";
import { EnumField } from "../fields/EnumField.tsx";
import { HealthScoreField } from "../fields/HealthScoreField.tsx";
import { LocaleDateField } from "../fields/LocaleFields.tsx";
import { MoneyField } from "../fields/MoneyField.tsx";
import { useCustomerFilters } from "./customerFilters.tsx";
import { AddToSegmentButton, RemoveFromSegmentButton } from "./SegmentMembershipButtons.tsx";

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

/** Writers group the selected customers into static segments; ADMIN may also delete them. No selection for readers. */
function useBulkActions() {
  const canWrite = useCan("write");
  const isAdmin = useCan("admin");
  if (!canWrite) return false;
  return (
    <>
      <AddToSegmentButton />
      <RemoveFromSegmentButton />
      {isAdmin ? <BulkDeleteButton mutationMode="pessimistic" /> : null}
    </>
  );
}

export default function CustomerList() {
  const filters = useCustomerFilters();
  const bulk = useBulkActions();
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
