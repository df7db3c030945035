// A playbook: the event that runs it, when it applies (churn types, reason codes; empty = any) and the actions
// it suggests, each due some days after the event, with an optional message and offer.
import {
  ArrayInput,
  AutocompleteArrayInput,
  BooleanInput,
  maxValue,
  minValue,
  NumberInput,
  type RaRecord,
  required,
  SelectArrayInput,
  SelectInput,
  SimpleForm,
  SimpleFormIterator,
  TextInput,
  useGetList,
  useTranslate,
} from "react-admin";
import { EditToolbar } from "../common/toolbars.tsx";
import { enumChoices } from "../fields/enumChoices.ts";

const code = (value: string) => (value && !/^[A-Z][A-Z0-9_]*$/.test(value) ? "resources.ChurnReason.errors.code" : undefined);

function ReasonCodesInput() {
  const translate = useTranslate();
  const { data = [] } = useGetList("ChurnReason", { pagination: { page: 1, perPage: 100 }, sort: { field: "sortOrder", order: "ASC" } });
  const choices = data.map((r) => ({ id: r.code, name: translate(`enums.ReasonCode.${r.code}`, { _: r.code }) }));
  return (
    <AutocompleteArrayInput
      source="conditions.reasonCodes"
      label="resources.Playbook.fields.reasonCodes"
      choices={choices}
      translateChoice={false}
      helperText="resources.Playbook.helpers.any"
    />
  );
}

/** Empty condition lists mean "any": they are left out, as the API expects. */
export function cleanPlaybook(data: RaRecord) {
  const conditions = Object.fromEntries(Object.entries(data.conditions ?? {}).filter(([, v]) => Array.isArray(v) && v.length > 0));
  const actions = (data.actions ?? []).map((step: Record<string, unknown>) =>
    Object.fromEntries(Object.entries(step).filter(([, v]) => v != null && v !== "")),
  );
  return { ...data, conditions, actions };
}

export function PlaybookForm({ isCreate = false }: { isCreate?: boolean }) {
  return (
    <SimpleForm
      toolbar={<EditToolbar />}
      defaultValues={
        isCreate ? { active: true, trigger: "CHURN_LOGGED", conditions: {}, actions: [{ kind: "CALLBACK", dueInDays: 1 }] } : undefined
      }
      sx={{ maxWidth: 900 }}
    >
      <TextInput source="code" validate={[required(), code]} disabled={!isCreate} />
      <TextInput source="name" validate={required()} />
      <TextInput source="description" multiline />
      <SelectInput source="trigger" choices={enumChoices("ActionTrigger")} validate={required()} />
      <BooleanInput source="active" />
      <SelectArrayInput
        source="conditions.churnTypes"
        label="resources.Playbook.fields.churnTypes"
        choices={enumChoices("ChurnType")}
        helperText="resources.Playbook.helpers.any"
      />
      <ReasonCodesInput />
      <ArrayInput source="actions" validate={required()}>
        <SimpleFormIterator inline disableReordering>
          <SelectInput source="kind" label="resources.Playbook.fields.kind" choices={enumChoices("ActionKind")} validate={required()} />
          <NumberInput source="dueInDays" label="resources.Playbook.fields.dueInDays" validate={[required(), minValue(0), maxValue(365)]} />
          <SelectInput source="messageKind" label="resources.Playbook.fields.messageKind" choices={enumChoices("MessageKind")} />
          <TextInput source="offer" label="resources.Playbook.fields.offer" />
        </SimpleFormIterator>
      </ArrayInput>
    </SimpleForm>
  );
}
