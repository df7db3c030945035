// The customer list's filters: status, segment, country, plan, satisfaction, health band and owner.
import { AutocompleteInput, ReferenceInput, SearchInput, SelectInput } from "react-admin";
import { CountryInput } from "../fields/CountryInput.tsx";
import { enumChoices } from "../fields/enumChoices.ts";
import { useHealthBandChoices } from "../fields/useHealthBands.ts";

export function useCustomerFilters() {
  const bands = useHealthBandChoices();
  const owner = (
    <ReferenceInput key="ownerId" source="ownerId" reference="User" sort={{ field: "name", order: "ASC" }}>
      <AutocompleteInput label="resources.Customer.fields.owner" optionText="name" sx={{ minWidth: 220 }} />
    </ReferenceInput>
  );
  return [
    <SearchInput key="q" source="q" alwaysOn />,
    <SelectInput key="status" source="status" choices={enumChoices("CustomerStatus")} alwaysOn />,
    <ReferenceInput key="segmentId" source="segmentId" reference="Segment" sort={{ field: "name", order: "ASC" }}>
      <AutocompleteInput label="resources.Customer.fields.segment" optionText="name" sx={{ minWidth: 240 }} />
    </ReferenceInput>,
    <CountryInput key="country" source="country" />,
    <SelectInput key="plan" source="plan" choices={enumChoices("Plan")} />,
    <SelectInput key="satisfaction" source="satisfaction" choices={enumChoices("Satisfaction")} />,
    <SelectInput key="healthScoreRange" source="healthScoreRange" label="resources.Customer.fields.healthBand" choices={bands} />,
    owner,
  ];
}
