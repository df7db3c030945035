// One message template as written, and filled for a customer of your choice.
import { Box } from "@mui/material";
import { BooleanField, Show, SimpleShowLayout, TextField, useRecordContext } from "react-admin";
import { EnumField } from "../fields/EnumField.tsx";
import { LanguageField } from "../fields/LanguageField.tsx";
import { LocaleDateField } from "../fields/LocaleFields.tsx";
import { directionOf } from "../i18n/locales.ts";
import { RenderedPreview } from "./RenderedPreview.tsx";

function Written() {
  const record = useRecordContext();
  return (
    <Box dir={directionOf(String(record?.locale ?? "en"))}>
      <SimpleShowLayout>
        <TextField source="subject" />
        <TextField source="body" sx={{ whiteSpace: "pre-wrap" }} />
      </SimpleShowLayout>
    </Box>
  );
}

export default function MessageTemplateShow() {
  return (
    <Show>
      <SimpleShowLayout>
        <EnumField source="kind" enumName="MessageKind" />
        <LanguageField source="locale" />
        <BooleanField source="active" />
        <LocaleDateField source="updatedAt" showTime />
      </SimpleShowLayout>
      <Written />
      <Box sx={{ px: 2, pb: 2 }}>
        <RenderedPreview />
      </Box>
    </Show>
  );
}
