// Shows an enum value (or a list of them) by its translation under enums.<EnumName>.<VALUE>.
import { Typography } from "@mui/material";
import { type FieldProps, useFieldValue, useTranslate } from "react-admin";
import type { EnumName } from "../i18n/enums/en.ts";
import { useIntlLocale } from "./useIntlLocale.ts";

export interface EnumFieldProps extends FieldProps {
  source: string;
  enumName: EnumName;
}

export function EnumField({ enumName, ...props }: EnumFieldProps) {
  const value = useFieldValue(props);
  const translate = useTranslate();
  const locale = useIntlLocale();
  if (value == null || value === "") return null;
  const label = (v: unknown) => translate(`enums.${enumName}.${String(v)}`, { _: String(v) });
  const text = Array.isArray(value)
    ? new Intl.ListFormat(locale, { style: "narrow", type: "unit" }).format(value.map(label))
    : label(value);
  return (
    <Typography component="span" variant="body2" className={props.className}>
      {text}
    </Typography>
  );
}
