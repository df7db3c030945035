// A JSON value (a rule, a playbook's actions, an audit row) shown as indented text, left to right in every language.
import { Box } from "@mui/material";
import { type FieldProps, useFieldValue } from "react-admin";

export function JsonField(props: FieldProps & { source: string }) {
  const value = useFieldValue(props);
  if (value == null) return null;
  return (
    <Box
      component="pre"
      dir="ltr"
      sx={{ m: 0, p: 1, bgcolor: "action.hover", borderRadius: 1, fontSize: 12, overflowX: "auto", maxHeight: 360 }}
    >
      {JSON.stringify(value, null, 2)}
    </Box>
  );
}
