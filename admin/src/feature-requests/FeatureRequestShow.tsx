// One feature request: its status and the churn events that cite it; mark it shipped from here.
import {
  ArrayField,
  Datagrid,
  EditButton,
  NumberField,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
  useResourceDefinition,
} from "react-admin";
import { EnumField } from "../fields/EnumField.tsx";
import { LocaleDateField } from "../fields/LocaleFields.tsx";
import { useIntlLocale } from "../fields/useIntlLocale.ts";
import { MarkShippedButton } from "./MarkShippedButton.tsx";

const FIELDS = [
  "id",
  "title",
  "description",
  "status",
  "shippedAt",
  "createdAt",
  "churnEventCount",
  "churnedCustomerCount",
  { churnEvents: ["id", "type", "effectiveAt", { customer: ["id", "name"] }] },
];

function Actions() {
  const { hasEdit } = useResourceDefinition();
  return (
    <TopToolbar>
      <MarkShippedButton />
      {hasEdit ? <EditButton /> : null}
    </TopToolbar>
  );
}

export default function FeatureRequestShow() {
  const locale = useIntlLocale();
  return (
    <Show actions={<Actions />} queryOptions={{ meta: { sparseFields: FIELDS } }}>
      <SimpleShowLayout>
        <TextField source="title" />
        <TextField source="description" emptyText="—" />
        <EnumField source="status" enumName="FeatureStatus" />
        <LocaleDateField source="shippedAt" showTime emptyText="—" />
        <NumberField source="churnedCustomerCount" locales={locale} />
        <ArrayField source="churnEvents" label="resources.FeatureRequest.fields.churnEvents">
          <Datagrid bulkActionButtons={false} rowClick={(id) => `/ChurnEvent/${id}/show`} empty={<span>—</span>}>
            <TextField source="customer.name" label="resources.ChurnEvent.fields.customer" />
            <EnumField source="type" enumName="ChurnType" />
            <LocaleDateField source="effectiveAt" />
          </Datagrid>
        </ArrayField>
      </SimpleShowLayout>
    </Show>
  );
}
