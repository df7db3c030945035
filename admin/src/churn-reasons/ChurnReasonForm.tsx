// A churn reason: its code, family, the team that must fix it (mitigation owner), the churn types it explains,
// and whether a churn with it must name a competitor or a missing feature. Reasons are deactivated, never deleted.
import { BooleanInput, NumberInput, required, SelectArrayInput, SelectInput, SimpleForm, TextInput } from "react-admin";
import { EditToolbar } from "../common/toolbars.tsx";
import { enumChoices } from "../fields/enumChoices.ts";

const code = (value: string) => (value && !/^[A-Z][A-Z0-9_]*$/.test(value) ? "resources.ChurnReason.errors.code" : undefined);

export function ChurnReasonForm({ isCreate = false }: { isCreate?: boolean }) {
  return (
    <SimpleForm
      toolbar={<EditToolbar deletable={false} />}
      defaultValues={isCreate ? { active: true, churnTypes: [] } : undefined}
      sx={{ maxWidth: 640 }}
    >
      <TextInput source="code" validate={[required(), code]} disabled={!isCreate} helperText="resources.ChurnReason.helpers.code" />
      <TextInput source="description" validate={required()} multiline />
      <SelectInput source="category" choices={enumChoices("ReasonCategory")} validate={required()} />
      <SelectInput
        source="ownerTeam"
        choices={enumChoices("OwnerTeam")}
        validate={required()}
        helperText="resources.ChurnReason.helpers.ownerTeam"
      />
      <SelectArrayInput source="churnTypes" choices={enumChoices("ChurnType")} validate={required()} />
      <SelectInput source="defaultChurnType" choices={enumChoices("ChurnType")} validate={required()} />
      <BooleanInput source="requiresCompetitor" />
      <BooleanInput source="requiresFeature" />
      <NumberInput source="sortOrder" />
      <BooleanInput source="active" helperText="resources.ChurnReason.helpers.active" />
    </SimpleForm>
  );
}
