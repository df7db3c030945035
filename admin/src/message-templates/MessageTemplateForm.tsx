// A message template: what it is for, its language, subject and body with placeholders. One per kind and language.
import { BooleanInput, Create, Edit, required, SelectInput, SimpleForm, TextInput, useTranslate } from "react-admin";
import { EditToolbar } from "../common/toolbars.tsx";
import { enumChoices } from "../fields/enumChoices.ts";
import { localeChoices } from "../fields/localeChoices.ts";
import { RenderedPreview } from "./RenderedPreview.tsx";

export const PLACEHOLDERS = "{{customer.name}} {{offer}} {{feature.title}} {{survey.link}} {{payment.link}}";

function MessageTemplateForm({ isCreate = false }: { isCreate?: boolean }) {
  const translate = useTranslate();
  const help = translate("resources.MessageTemplate.helpers.placeholders", { placeholders: PLACEHOLDERS });
  return (
    <SimpleForm toolbar={<EditToolbar />} defaultValues={isCreate ? { active: true, locale: "en" } : undefined} sx={{ maxWidth: 760 }}>
      <SelectInput source="kind" choices={enumChoices("MessageKind")} validate={required()} />
      <SelectInput source="locale" choices={localeChoices} translateChoice={false} validate={required()} />
      <TextInput source="subject" validate={required()} helperText={help} slotProps={{ htmlInput: { dir: "auto" } }} />
      <TextInput source="body" validate={required()} multiline minRows={6} helperText={help} slotProps={{ htmlInput: { dir: "auto" } }} />
      <BooleanInput source="active" />
    </SimpleForm>
  );
}

export function MessageTemplateEdit() {
  return (
    <Edit mutationMode="pessimistic" redirect={false} aside={undefined}>
      <MessageTemplateForm />
      <RenderedPreview />
    </Edit>
  );
}

export function MessageTemplateCreate() {
  return (
    <Create redirect="edit">
      <MessageTemplateForm isCreate />
    </Create>
  );
}
