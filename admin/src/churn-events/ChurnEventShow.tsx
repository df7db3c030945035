// One churn event: who, how, why (with the team that owns the reason), what it cost, and what it triggered.
import { Stack } from "@mui/material";
import {
  ArrayField,
  BooleanField,
  Datagrid,
  Labeled,
  ReferenceField,
  ReferenceManyField,
  Show,
  SimpleShowLayout,
  SingleFieldList,
  TextField,
} from "react-admin";
import { EnumField } from "../fields/EnumField.tsx";
import { LocaleDateField } from "../fields/LocaleFields.tsx";
import { MoneyField } from "../fields/MoneyField.tsx";

const FIELDS = [
  "id",
  "type",
  "effectiveAt",
  "requestedAt",
  "createdAt",
  "reversedAt",
  "mrrLostMinor",
  "currency",
  "source",
  "preventable",
  "winBackEligible",
  "competitor",
  "notes",
  { customer: ["id", "name"] },
  { primaryReason: ["id", "code", "ownerTeam"] },
  { secondaryReasons: ["id", "code"] },
];

export default function ChurnEventShow() {
  return (
    <Show queryOptions={{ meta: { sparseFields: FIELDS } }}>
      <SimpleShowLayout>
        <ReferenceField source="customer.id" reference="Customer" label="resources.ChurnEvent.fields.customer" link="show" />
        <EnumField source="type" enumName="ChurnType" />
        <Stack direction="row" spacing={4}>
          <Labeled label="resources.ChurnEvent.fields.primaryReason">
            <EnumField source="primaryReason.code" enumName="ReasonCode" />
          </Labeled>
          <Labeled label="resources.ChurnReason.fields.ownerTeam">
            <EnumField source="primaryReason.ownerTeam" enumName="OwnerTeam" />
          </Labeled>
        </Stack>
        <ArrayField source="secondaryReasons" label="resources.ChurnEvent.fields.secondaryReasons">
          <SingleFieldList linkType={false} empty={<span>—</span>}>
            <EnumField source="code" enumName="ReasonCode" />
          </SingleFieldList>
        </ArrayField>
        <TextField source="competitor" emptyText="—" />
        <MoneyField source="mrrLostMinor" />
        <LocaleDateField source="requestedAt" showTime />
        <LocaleDateField source="effectiveAt" showTime />
        <LocaleDateField source="reversedAt" showTime emptyText="—" />
        <EnumField source="source" enumName="ChurnSource" />
        <BooleanField source="preventable" />
        <BooleanField source="winBackEligible" />
        <TextField source="notes" emptyText="—" />
        <ReferenceManyField
          reference="RetentionAction"
          target="churnEventId"
          label="resources.ChurnEvent.fields.actions"
          sort={{ field: "dueAt", order: "ASC" }}
        >
          <Datagrid bulkActionButtons={false} rowClick="show" empty={<span>—</span>}>
            <EnumField source="kind" enumName="ActionKind" />
            <EnumField source="status" enumName="ActionStatus" />
            <LocaleDateField source="dueAt" />
          </Datagrid>
        </ReferenceManyField>
      </SimpleShowLayout>
    </Show>
  );
}
