// The churn-event list: who left (or pays less), how, why, and the MRR lost.
import { BooleanField, Datagrid, DateInput, List, SelectInput, TextField } from "react-admin";
import { CustomerInput } from "../common/CustomerInput.tsx";
import { EnumField } from "../fields/EnumField.tsx";
import { enumChoices } from "../fields/enumChoices.ts";
import { LocaleDateField } from "../fields/LocaleFields.tsx";
import { MoneyField } from "../fields/MoneyField.tsx";

const FIELDS = [
  "id",
  "type",
  "effectiveAt",
  "mrrLostMinor",
  "currency",
  "source",
  "preventable",
  { customer: ["id", "name"] },
  { primaryReason: ["id", "code"] },
];

const filters = [
  <SelectInput key="type" source="type" choices={enumChoices("ChurnType")} alwaysOn />,
  <CustomerInput key="customerId" source="customerId" label="resources.ChurnEvent.fields.customer" />,
  <DateInput key="effectiveFrom" source="effectiveFrom" />,
  <DateInput key="effectiveTo" source="effectiveTo" />,
];

export default function ChurnEventList() {
  return (
    <List
      filters={filters}
      sort={{ field: "effectiveAt", order: "DESC" }}
      exporter={false}
      queryOptions={{ meta: { sparseFields: FIELDS } }}
    >
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TextField source="customer.name" label="resources.ChurnEvent.fields.customer" sortable={false} />
        <EnumField source="type" enumName="ChurnType" />
        <EnumField source="primaryReason.code" enumName="ReasonCode" label="resources.ChurnEvent.fields.primaryReason" sortable={false} />
        <LocaleDateField source="effectiveAt" />
        <MoneyField source="mrrLostMinor" textAlign="right" />
        <EnumField source="source" enumName="ChurnSource" sortable={false} />
        <BooleanField source="preventable" sortable={false} />
      </Datagrid>
    </List>
  );
}
