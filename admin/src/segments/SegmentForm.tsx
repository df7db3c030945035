// A segment: its name and purpose, DYNAMIC (a rule over customer fields, edited as JSON with a live member
// count from the API) or STATIC (a hand-kept member list); the kind is chosen once, at creation.
import { Box, Typography } from "@mui/material";
import { FormDataConsumer, RadioButtonGroupInput, type RaRecord, required, SimpleForm, TextInput, useTranslate } from "react-admin";
import { EditToolbar } from "../common/toolbars.tsx";
import { enumChoices } from "../fields/enumChoices.ts";
import { RuleMemberCount } from "./RuleMemberCount.tsx";
import { validJson, withRuleText } from "./ruleText.ts";

function RuleHelp() {
  const translate = useTranslate();
  return (
    <Typography variant="caption" color="text.secondary" component="p" sx={{ mb: 1 }}>
      {translate("resources.Segment.rule.help")}
    </Typography>
  );
}

export function SegmentForm({ isCreate = false }: { isCreate?: boolean }) {
  return (
    <SimpleForm
      toolbar={<EditToolbar />}
      defaultValues={(record: RaRecord) => ({ ...(isCreate ? { kind: "DYNAMIC" } : {}), ...withRuleText(record) })}
      sx={{ maxWidth: 760 }}
    >
      <TextInput source="name" validate={required()} />
      <TextInput source="description" multiline />
      <RadioButtonGroupInput source="kind" choices={enumChoices("SegmentKind")} disabled={!isCreate} />
      <FormDataConsumer>
        {({ formData }) =>
          formData.kind === "DYNAMIC" ? (
            <Box sx={{ width: "100%" }}>
              <RuleHelp />
              <TextInput
                source="ruleText"
                label="resources.Segment.fields.rule"
                multiline
                minRows={8}
                validate={validJson}
                slotProps={{ htmlInput: { dir: "ltr", spellCheck: false, style: { fontFamily: "monospace", fontSize: 13 } } }}
              />
              <RuleMemberCount ruleText={String(formData.ruleText ?? "")} />
            </Box>
          ) : null
        }
      </FormDataConsumer>
    </SimpleForm>
  );
}
