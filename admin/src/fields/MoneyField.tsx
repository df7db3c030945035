// Money stored as integer minor units beside an ISO 4217 currency, formatted in the current language.
import { Typography } from "@mui/material";
import { type FieldProps, useFieldValue } from "react-admin";
import { formatMoney } from "../i18n/format.ts";
import { useIntlLocale } from "./useIntlLocale.ts";

export interface MoneyFieldProps extends FieldProps {
  source: string;
  /** The record field holding the currency code. */
  currencySource?: string;
}

export function MoneyField({ currencySource = "currency", ...props }: MoneyFieldProps) {
  const minor = useFieldValue(props);
  const currency = useFieldValue({ source: currencySource });
  const locale = useIntlLocale();
  if (typeof minor !== "number") return null;
  return (
    <Typography component="span" variant="body2" className={props.className}>
      {formatMoney(minor, typeof currency === "string" ? currency : "USD", locale)}
    </Typography>
  );
}
