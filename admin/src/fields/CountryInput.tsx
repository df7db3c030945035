// A country picker: ISO codes stored, names shown and searched in the current language.
import { AutocompleteInput, type AutocompleteInputProps } from "react-admin";
import { countryChoices } from "./countryChoices.ts";
import { useIntlLocale } from "./useIntlLocale.ts";

export function CountryInput(props: Omit<AutocompleteInputProps, "choices">) {
  const locale = useIntlLocale();
  return <AutocompleteInput choices={countryChoices(locale)} translateChoice={false} {...props} />;
}
