// react-admin's DateField and NumberField, formatted for the current language (Persian calendar in fa).
import { DateField, type DateFieldProps, NumberField, type NumberFieldProps } from "react-admin";
import { useIntlLocale } from "./useIntlLocale.ts";

export const LocaleDateField = (props: DateFieldProps) => <DateField locales={useIntlLocale()} {...props} />;

export const LocaleNumberField = (props: NumberFieldProps) => <NumberField locales={useIntlLocale()} {...props} />;
