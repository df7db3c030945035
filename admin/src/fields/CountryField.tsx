// An ISO 3166-1 alpha-2 country code shown as the country's name in the current language.
import { Typography } from "@mui/material";
import { type FieldProps, useFieldValue } from "react-admin";
import { countryName } from "../i18n/format.ts";
import { useIntlLocale } from "./useIntlLocale.ts";

export function CountryField(props: FieldProps & { source: string }) {
  const code = useFieldValue(props);
  const locale = useIntlLocale();
  if (typeof code !== "string" || code === "") return null;
  return (
    <Typography component="span" variant="body2" className={props.className} title={code}>
      {countryName(code, locale)}
    </Typography>
  );
}
