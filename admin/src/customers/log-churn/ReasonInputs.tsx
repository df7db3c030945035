// The reasons, from the catalogue with their owner team (only those that can explain the chosen type), and
// the competitor or missing feature when the type or the reason needs one.
import { Box, Chip, Stack } from "@mui/material";
import { AutocompleteArrayInput, AutocompleteInput, ReferenceInput, required, SelectInput, TextInput, useTranslate } from "react-admin";
import { type ChurnFormValues, type ChurnReason, needsCompetitor, needsFeature } from "./churnForm.ts";

function ReasonOption({ reason }: { reason: ChurnReason }) {
  const translate = useTranslate();
  return (
    <Box sx={{ display: "flex", gap: 1, alignItems: "center", flexWrap: "wrap" }}>
      <span>{translate(`enums.ReasonCode.${reason.code}`, { _: reason.code })}</span>
      <Chip size="small" variant="outlined" label={translate(`enums.OwnerTeam.${reason.ownerTeam}`)} />
    </Box>
  );
}

const reasonText = (reason: ChurnReason) => <ReasonOption reason={reason} />;

export function ReasonInputs({ reasons, values }: { reasons: ChurnReason[]; values: ChurnFormValues }) {
  const translate = useTranslate();
  const fitting = values.type ? reasons.filter((r) => r.churnTypes.includes(values.type as string)) : reasons;
  const reason = reasons.find((r) => r.id === values.primaryReasonId);
  const fits = (id: string | undefined) =>
    id && values.type && !fitting.some((r) => r.id === id) ? translate("resources.ChurnEvent.log.reasonDoesNotFit") : undefined;
  const featureGiven = (_: unknown, all: ChurnFormValues) =>
    needsFeature(reason) && !all.featureRequestId && !all.featureTitle?.trim()
      ? translate("resources.ChurnEvent.log.featureRequired")
      : undefined;
  return (
    <Stack>
      <SelectInput
        source="primaryReasonId"
        label="resources.ChurnEvent.fields.primaryReason"
        choices={fitting}
        optionText={reasonText}
        translateChoice={false}
        validate={[required(), fits]}
        helperText="resources.ChurnEvent.log.reasonHelp"
      />
      <AutocompleteArrayInput
        source="secondaryReasonIds"
        label="resources.ChurnEvent.fields.secondaryReasons"
        choices={reasons.filter((r) => r.id !== values.primaryReasonId)}
        optionText={(r: ChurnReason) => translate(`enums.ReasonCode.${r.code}`, { _: r.code })}
        translateChoice={false}
      />
      {needsCompetitor(values.type, reason) ? (
        <TextInput source="competitor" label="resources.ChurnEvent.fields.competitor" validate={required()} />
      ) : null}
      {needsFeature(reason) ? (
        <Stack direction={{ xs: "column", sm: "row" }} spacing={2}>
          <ReferenceInput source="featureRequestId" reference="FeatureRequest" sort={{ field: "title", order: "ASC" }}>
            <AutocompleteInput
              label="resources.ChurnEvent.fields.featureRequest"
              optionText="title"
              filterToQuery={(q: string) => ({ q })}
              validate={featureGiven}
              sx={{ minWidth: 260 }}
            />
          </ReferenceInput>
          <TextInput source="featureTitle" label="resources.ChurnEvent.log.newFeature" validate={featureGiven} />
        </Stack>
      ) : null}
    </Stack>
  );
}
