// A language code (en, fa, ar, ru, tr) shown by the language's own name, as in the language menu.
import { Typography } from "@mui/material";
import { type FieldProps, useFieldValue } from "react-admin";
import { isLocale, LOCALE_INFO } from "../i18n/locales.ts";

export function LanguageField(props: FieldProps & { source: string }) {
  const code = useFieldValue(props);
  if (typeof code !== "string" || code === "") return null;
  return (
    <Typography component="span" variant="body2" className={props.className} lang={code}>
      {isLocale(code) ? LOCALE_INFO[code].name : code}
    </Typography>
  );
}
