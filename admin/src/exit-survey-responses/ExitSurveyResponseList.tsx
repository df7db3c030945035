// Exit-survey responses: who was asked, through which channel, in which language, and the reason they gave.
import { Datagrid, List, SelectInput, TextField } from "react-admin";
import { CustomerInput } from "../common/CustomerInput.tsx";
import { EnumField } from "../fields/EnumField.tsx";
import { enumChoices } from "../fields/enumChoices.ts";
import { LanguageField } from "../fields/LanguageField.tsx";
import { LocaleDateField } from "../fields/LocaleFields.tsx";
import { localeChoices } from "../fields/localeChoices.ts";

const FIELDS = ["id", "status", "channel", "locale", "reasonCode", "submittedAt", "createdAt", { customer: ["id", "name"] }];

const filters = [
  <SelectInput key="status" source="status" choices={enumChoices("SurveyStatus")} alwaysOn />,
  <SelectInput key="channel" source="channel" choices={enumChoices("SurveyChannel")} />,
  <SelectInput key="reasonCode" source="reasonCode" choices={enumChoices("ReasonCode")} />,
  <SelectInput key="locale" source="locale" choices={localeChoices} translateChoice={false} />,
  <CustomerInput key="customerId" source="customerId" label="resources.ExitSurveyResponse.fields.customer" />,
];

export default function ExitSurveyResponseList() {
  return (
    <List filters={filters} sort={{ field: "createdAt", order: "DESC" }} exporter={false} queryOptions={{ meta: { sparseFields: FIELDS } }}>
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TextField source="customer.name" label="resources.ExitSurveyResponse.fields.customer" sortable={false} />
        <EnumField source="status" enumName="SurveyStatus" />
        <EnumField source="channel" enumName="SurveyChannel" />
        <LanguageField source="locale" />
        <EnumField source="reasonCode" enumName="ReasonCode" sortable={false} />
        <LocaleDateField source="submittedAt" />
        <LocaleDateField source="createdAt" />
      </Datagrid>
    </List>
  );
}
