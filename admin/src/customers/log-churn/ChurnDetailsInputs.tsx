// When the churn takes effect, the MRR lost (a REVENUE downgrade only: other types lose all of it), whether
// staff judge it preventable, and notes.
import { Stack, Typography } from "@mui/material";
import { BooleanInput, DateTimeInput, FormDataConsumer, NumberInput, type RaRecord, required, TextInput, useTranslate } from "react-admin";
import { useIntlLocale } from "../../fields/useIntlLocale.ts";
import { formatMoney, minorUnitDigits } from "../../i18n/format.ts";
import type { ChurnFormValues } from "./churnForm.ts";

export function ChurnDetailsInputs({ customer }: { customer: RaRecord }) {
  return <FormDataConsumer<ChurnFormValues>>{({ formData }) => <DetailsInputs customer={customer} values={formData} />}</FormDataConsumer>;
}

function DetailsInputs({ customer, values }: { customer: RaRecord; values: ChurnFormValues }) {
  const translate = useTranslate();
  const locale = useIntlLocale();
  const mrr = formatMoney(customer.mrrMinor, customer.currency, locale);
  const major = customer.mrrMinor / 10 ** minorUnitDigits(customer.currency);
  const belowMrr = (value: number | undefined) =>
    value != null && (value <= 0 || value >= major) ? translate("resources.ChurnEvent.log.mrrLostRange", { mrr }) : undefined;
  return (
    <Stack>
      {values.type === "REVENUE" ? (
        <NumberInput
          source="mrrLost"
          label="resources.ChurnEvent.fields.mrrLostMinor"
          helperText={translate("resources.ChurnEvent.log.mrrLostHelp", { mrr })}
          validate={[required(), belowMrr]}
          min={0}
        />
      ) : (
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
          {translate("resources.ChurnEvent.log.mrrLostAll", { mrr })}
        </Typography>
      )}
      <DateTimeInput
        source="effectiveAt"
        label="resources.ChurnEvent.fields.effectiveAt"
        helperText="resources.ChurnEvent.log.effectiveHelp"
      />
      <BooleanInput source="preventable" label="resources.ChurnEvent.fields.preventable" />
      <TextInput source="notes" label="resources.ChurnEvent.fields.notes" multiline minRows={2} />
    </Stack>
  );
}
