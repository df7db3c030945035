// The customer form, shared by create and edit. Status changes after creation come from commands
// (logChurn, reactivateCustomer), so only a new customer picks TRIAL or ACTIVE; flags the API never
// returns (abusive, birthday) are set on creation only, so an edit cannot clear them by accident.
import { Grid } from "@mui/material";
import {
  AutocompleteInput,
  BooleanInput,
  DateInput,
  DateTimeInput,
  email,
  ReferenceInput,
  required,
  SelectInput,
  SimpleForm,
  TextInput,
} from "react-admin";
import { EditToolbar } from "../common/toolbars.tsx";
import { CountryInput } from "../fields/CountryInput.tsx";
import { enumChoices } from "../fields/enumChoices.ts";
import { localeChoices } from "../fields/localeChoices.ts";

const NEW_STATUSES = enumChoices("CustomerStatus").filter((c) => c.id === "TRIAL" || c.id === "ACTIVE");
const currency = (value: string) => (value && !/^[A-Za-z]{3}$/.test(value) ? "resources.Customer.errors.currency" : undefined);

export function CustomerForm({ isCreate = false }: { isCreate?: boolean }) {
  const half = { xs: 12, sm: 6 };
  return (
    <SimpleForm toolbar={<EditToolbar />} defaultValues={isCreate ? { status: "ACTIVE", locale: "en", currency: "USD" } : undefined}>
      <Grid container columnSpacing={2} sx={{ width: "100%", maxWidth: 900 }}>
        <Grid size={half}>
          <TextInput source="name" validate={required()} />
        </Grid>
        <Grid size={half}>
          <TextInput source="company" />
        </Grid>
        <Grid size={half}>
          <TextInput source="email" type="email" validate={email()} />
        </Grid>
        <Grid size={half}>
          <TextInput source="externalId" validate={required()} />
        </Grid>
        <Grid size={half}>
          <CountryInput source="country" validate={required()} />
        </Grid>
        <Grid size={half}>
          <TextInput source="city" />
        </Grid>
        <Grid size={half}>
          <TextInput source="industry" />
        </Grid>
        <Grid size={half}>
          <SelectInput source="locale" choices={localeChoices} translateChoice={false} validate={required()} />
        </Grid>
        <Grid size={half}>
          <SelectInput source="plan" choices={enumChoices("Plan")} validate={required()} />
        </Grid>
        <Grid size={half}>
          <TextInput source="currency" validate={currency} parse={(v: string) => v.toUpperCase()} />
        </Grid>
        <Grid size={half}>
          <SelectInput source="satisfaction" choices={enumChoices("Satisfaction")} />
        </Grid>
        {isCreate ? (
          <Grid size={half}>
            <SelectInput source="status" choices={NEW_STATUSES} validate={required()} />
          </Grid>
        ) : null}
        <Grid size={half}>
          <ReferenceInput source="owner.id" reference="User" sort={{ field: "name", order: "ASC" }}>
            <AutocompleteInput label="resources.Customer.fields.owner" optionText="name" />
          </ReferenceInput>
        </Grid>
        <Grid size={half}>
          <DateTimeInput source="signedUpAt" />
        </Grid>
        {isCreate ? (
          <>
            <Grid size={half}>
              <DateInput source="birthday" />
            </Grid>
            <Grid size={12}>
              <BooleanInput source="abusive" helperText="resources.Customer.helpers.abusive" />
            </Grid>
          </>
        ) : null}
      </Grid>
    </SimpleForm>
  );
}
