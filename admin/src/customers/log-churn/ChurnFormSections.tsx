// The right-hand side of the log-churn screen: reasons, exit-survey answers and the suggested actions.
import { Box, Typography } from "@mui/material";
import type { ReactNode } from "react";
import { BooleanInput, FormDataConsumer, useTranslate } from "react-admin";
import type { ChurnFormValues } from "./churnForm.ts";
import { ReasonInputs } from "./ReasonInputs.tsx";
import { SuggestedActionsPreview } from "./SuggestedActionsPreview.tsx";
import { SurveyInputs } from "./SurveyInputs.tsx";
import type { useChurnCatalogue } from "./useChurnCatalogue.ts";

function Section({ title, children }: { title: string; children: ReactNode }) {
  const translate = useTranslate();
  return (
    <Box component="section" sx={{ mb: 3 }}>
      <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600, mb: 1 }}>
        {translate(title)}
      </Typography>
      {children}
    </Box>
  );
}

type Catalogue = ReturnType<typeof useChurnCatalogue>;

export function ChurnFormSections({ catalogue }: { catalogue: Catalogue }) {
  return <FormDataConsumer<ChurnFormValues>>{({ formData }) => <Sections catalogue={catalogue} values={formData} />}</FormDataConsumer>;
}

function Sections({ catalogue, values }: { catalogue: Catalogue; values: ChurnFormValues }) {
  const translate = useTranslate();
  const reason = catalogue.reasons.find((r) => r.id === values.primaryReasonId);
  return (
    <>
      <Section title="resources.ChurnEvent.log.reasons">
        <ReasonInputs reasons={catalogue.reasons} values={values} />
      </Section>
      <Section title="resources.ChurnEvent.log.survey">
        {catalogue.questions.length > 0 ? (
          <>
            <BooleanInput source="withSurvey" label="resources.ChurnEvent.log.withSurvey" />
            {values.withSurvey ? <SurveyInputs questions={catalogue.questions} reasonCode={reason?.code} /> : null}
          </>
        ) : (
          <Typography color="text.secondary">{translate("resources.ChurnEvent.log.noSurvey")}</Typography>
        )}
      </Section>
      <Section title="resources.ChurnEvent.log.suggested">
        <SuggestedActionsPreview playbooks={catalogue.playbooks} type={values.type} reasonCode={reason?.code} />
      </Section>
    </>
  );
}
