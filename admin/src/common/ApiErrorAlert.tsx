// A failed API call in the user's language, with the API's explanation of what to fix when it gives one.
import { Alert, AlertTitle } from "@mui/material";
import { useTranslate } from "react-admin";
import { describeApiError } from "../data/api.ts";

export function ApiErrorAlert({ error }: { error: unknown }) {
  const translate = useTranslate();
  if (!error) return null;
  const { key, detail } = describeApiError(error);
  return (
    <Alert severity="error" role="alert" sx={{ my: 1 }}>
      <AlertTitle>{translate(key)}</AlertTitle>
      {detail ? <bdi dir="ltr">{detail}</bdi> : null}
    </Alert>
  );
}
