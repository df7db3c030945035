// A customer picker (searched by name, e-mail, company or external id), fetching only ids and names.
import { AutocompleteInput, type AutocompleteInputProps, ReferenceInput } from "react-admin";

const SPARSE = { meta: { sparseFields: ["id", "name", "company"] } };
const toQuery = (q: string) => ({ q });

export function CustomerInput({ source, label, ...props }: AutocompleteInputProps & { source: string }) {
  return (
    <ReferenceInput source={source} reference="Customer" queryOptions={SPARSE} sort={{ field: "name", order: "ASC" }}>
      <AutocompleteInput label={label} filterToQuery={toQuery} sx={{ minWidth: 240 }} {...props} />
    </ReferenceInput>
  );
}
