// One playbook: its trigger, conditions and steps.
import { BooleanField, Labeled, NumberField, Show, SimpleShowLayout, TextField } from "react-admin";
import { EnumField } from "../fields/EnumField.tsx";
import { useIntlLocale } from "../fields/useIntlLocale.ts";
import { PlaybookConditionsField, PlaybookStepsField } from "./PlaybookSteps.tsx";

export default function PlaybookShow() {
  const locale = useIntlLocale();
  return (
    <Show>
      <SimpleShowLayout>
        <TextField source="name" />
        <TextField source="code" />
        <TextField source="description" emptyText="—" />
        <EnumField source="trigger" enumName="ActionTrigger" />
        <BooleanField source="active" />
        <Labeled label="resources.Playbook.fields.conditions">
          <PlaybookConditionsField />
        </Labeled>
        <Labeled label="resources.Playbook.fields.actions">
          <PlaybookStepsField />
        </Labeled>
        <NumberField source="retentionActionCount" locales={locale} />
      </SimpleShowLayout>
    </Show>
  );
}
