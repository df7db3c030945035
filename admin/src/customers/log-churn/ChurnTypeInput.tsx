// The five churn types, each explained in one line, as one required choice.
import { Box, Typography } from "@mui/material";
import { RadioButtonGroupInput, required, useTranslate } from "react-admin";
import { CHURN_TYPES } from "./churnForm.ts";

function ChurnTypeOption({ id }: { id: string }) {
  const translate = useTranslate();
  return (
    <Box sx={{ py: 0.5 }}>
      <Typography variant="body2" sx={{ fontWeight: 600 }}>
        {translate(`enums.ChurnType.${id}`)}
      </Typography>
      <Typography variant="caption" color="text.secondary">
        {translate(`resources.ChurnEvent.typeHelp.${id}`)}
      </Typography>
    </Box>
  );
}

const choices = CHURN_TYPES.map((id) => ({ id, name: id }));

export function ChurnTypeInput() {
  return (
    <RadioButtonGroupInput
      source="type"
      label="resources.ChurnEvent.fields.type"
      choices={choices}
      optionText={(choice: { id: string }) => <ChurnTypeOption id={choice.id} />}
      row={false}
      validate={required()}
    />
  );
}
