// Every subscription: who pays for what, how much, since when and until when. A row opens its customer.
import { AutocompleteInput, Datagrid, List, NullableBooleanInput, type RaRecord, ReferenceInput, TextField } from "react-admin";
import { CustomerInput } from "../common/CustomerInput.tsx";
import { LocaleDateField } from "../fields/LocaleFields.tsx";
import { MoneyField } from "../fields/MoneyField.tsx";

const FIELDS = ["id", "mrrMinor", "currency", "startedAt", "endedAt", { customer: ["id", "name"] }, { product: ["id", "name"] }];
const PRODUCTS = { meta: { sparseFields: ["id", "name"] } };

const filters = [
  <CustomerInput key="customerId" source="customerId" label="resources.Subscription.fields.customer" alwaysOn />,
  <ReferenceInput
    key="productId"
    source="productId"
    reference="Product"
    queryOptions={PRODUCTS}
    sort={{ field: "name", order: "ASC" }}
    alwaysOn
  >
    <AutocompleteInput label="resources.Subscription.fields.product" filterToQuery={(q: string) => ({ q })} sx={{ minWidth: 200 }} />
  </ReferenceInput>,
  // ended: false = running, true = ended (the API's filter)
  <NullableBooleanInput
    key="ended"
    source="ended"
    falseLabel="resources.Subscription.state.running"
    trueLabel="resources.Subscription.state.ended"
    alwaysOn
  />,
];

const customerPage = (_id: unknown, _resource: string, record: RaRecord) =>
  record.customer ? `/Customer/${record.customer.id}/show` : false;

export default function SubscriptionList() {
  return (
    <List filters={filters} sort={{ field: "startedAt", order: "DESC" }} exporter={false} queryOptions={{ meta: { sparseFields: FIELDS } }}>
      <Datagrid rowClick={customerPage} bulkActionButtons={false}>
        <TextField source="customer.name" label="resources.Subscription.fields.customer" sortable={false} />
        <TextField source="product.name" label="resources.Subscription.fields.product" sortable={false} />
        <MoneyField source="mrrMinor" textAlign="right" />
        <LocaleDateField source="startedAt" />
        <LocaleDateField source="endedAt" emptyText="—" />
      </Datagrid>
    </List>
  );
}
