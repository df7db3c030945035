// One exit-survey response: who answered, how, about which churn, and the answers against the questions.
import { Labeled, ReferenceField, Show, SimpleShowLayout, TextField, TopToolbar } from "react-admin";
import { EnumField } from "../fields/EnumField.tsx";
import { LanguageField } from "../fields/LanguageField.tsx";
import { LocaleDateField } from "../fields/LocaleFields.tsx";
import { AnswersField } from "./AnswersField.tsx";
import { PhoneSurveyButton } from "./PhoneSurveyButton.tsx";

const FIELDS = [
  "id",
  "status",
  "channel",
  "locale",
  "reasonCode",
  "answers",
  "createdAt",
  "submittedAt",
  "expiresAt",
  { customer: ["id", "name"] },
  { submittedBy: ["id", "name"] },
  { churnEvent: ["id"] },
  { template: ["id", "name", "version", "questions"] },
];

export default function ExitSurveyResponseShow() {
  return (
    <Show
      queryOptions={{ meta: { sparseFields: FIELDS } }}
      actions={
        <TopToolbar>
          <PhoneSurveyButton />
        </TopToolbar>
      }
    >
      <SimpleShowLayout>
        <ReferenceField source="customer.id" reference="Customer" label="resources.ExitSurveyResponse.fields.customer" link="show" />
        <EnumField source="status" enumName="SurveyStatus" />
        <EnumField source="channel" enumName="SurveyChannel" />
        <LanguageField source="locale" />
        <TextField source="template.name" label="resources.ExitSurveyResponse.fields.template" />
        <ReferenceField
          source="churnEvent.id"
          reference="ChurnEvent"
          label="resources.ExitSurveyResponse.fields.churnEvent"
          link="show"
          emptyText="—"
        />
        <TextField source="submittedBy.name" label="resources.ExitSurveyResponse.fields.submittedBy" emptyText="—" />
        <LocaleDateField source="createdAt" showTime />
        <LocaleDateField source="submittedAt" showTime emptyText="—" />
        <LocaleDateField source="expiresAt" showTime emptyText="—" />
        <Labeled label="resources.ExitSurveyResponse.fields.answers" fullWidth>
          <AnswersField />
        </Labeled>
      </SimpleShowLayout>
    </Show>
  );
}
