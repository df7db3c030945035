// One exit-survey template version and its questions (read-only: questions change by creating a new version).
import { BooleanField, Labeled, NumberField, Show, SimpleShowLayout, TextField } from "react-admin";
import { LocaleDateField } from "../fields/LocaleFields.tsx";
import { useIntlLocale } from "../fields/useIntlLocale.ts";
import { QuestionsField } from "./QuestionsField.tsx";

export default function ExitSurveyTemplateShow() {
  const locale = useIntlLocale();
  return (
    <Show>
      <SimpleShowLayout>
        <TextField source="name" />
        <TextField source="key" />
        <NumberField source="version" locales={locale} />
        <BooleanField source="active" />
        <NumberField source="responseCount" locales={locale} />
        <LocaleDateField source="createdAt" showTime />
        <Labeled label="resources.ExitSurveyTemplate.fields.questions" fullWidth>
          <QuestionsField source="questions" />
        </Labeled>
      </SimpleShowLayout>
    </Show>
  );
}
