// Log a churn in one screen: type, reasons with their owner team, competitor or missing feature when needed,
// exit-survey answers and the actions the playbooks suggest — saved with one logChurn call, then back to
// the customer's page, which shows the new status, the timeline and the actions created.
import { Alert, Box, Card, CardContent, Divider, Grid, Typography } from "@mui/material";
import { Form, Loading, SaveButton, Title, useCreatePath, useGetOne, useNavigate, useParams, useTranslate } from "react-admin";
import { ApiErrorAlert } from "../../common/ApiErrorAlert.tsx";
import { useApiMutation, useIdempotencyKey } from "../../data/api.ts";
import { ChurnDetailsInputs } from "./ChurnDetailsInputs.tsx";
import { ChurnFormSections } from "./ChurnFormSections.tsx";
import { ChurnTypeInput } from "./ChurnTypeInput.tsx";
import { type ChurnFormValues, LOG_CHURN, type LogChurnResult, toLogChurnInput } from "./churnForm.ts";
import { useChurnCatalogue } from "./useChurnCatalogue.ts";

export default function LogChurnPage() {
  const { id } = useParams<{ id: string }>();
  const translate = useTranslate();
  const navigate = useNavigate();
  const createPath = useCreatePath();
  const customer = useGetOne("Customer", { id: id ?? "" }, { enabled: Boolean(id) });
  const catalogue = useChurnCatalogue();
  const [idempotencyKey] = useIdempotencyKey();
  const logChurn = useApiMutation<LogChurnResult, { input: Record<string, unknown>; idempotencyKey: string }>(LOG_CHURN);

  if (customer.isPending || catalogue.isPending) return <Loading />;
  if (customer.error || catalogue.error || !customer.data) {
    return (
      <Alert severity="error">
        {translate(String((customer.error ?? catalogue.error)?.message ?? "ra.notification.item_doesnt_exist"))}
      </Alert>
    );
  }
  const record = customer.data;
  const showPath = createPath({ resource: "Customer", id: record.id, type: "show" });

  const submit = (values: ChurnFormValues) => {
    const reason = catalogue.reasons.find((r) => r.id === values.primaryReasonId);
    logChurn.mutate(
      { input: toLogChurnInput(values, record, reason), idempotencyKey },
      { onSuccess: (data) => navigate(showPath, { state: { churnResult: data.logChurn } }) },
    );
  };

  return (
    <Box sx={{ mt: 2 }}>
      <Title title={translate("resources.ChurnEvent.log.title", { name: record.name })} />
      <Card>
        <CardContent>
          <Typography variant="h5" component="h1" gutterBottom>
            {translate("resources.ChurnEvent.log.title", { name: record.name })}
          </Typography>
          {record.status === "CHURNED" ? <Alert severity="warning">{translate("resources.ChurnEvent.log.alreadyChurned")}</Alert> : null}
          <Form
            onSubmit={(values: Record<string, unknown>) => submit(values as ChurnFormValues)}
            defaultValues={{ preventable: false, withSurvey: false }}
          >
            <Grid container spacing={3}>
              <Grid size={{ xs: 12, md: 5 }}>
                <ChurnTypeInput />
                <ChurnDetailsInputs customer={record} />
              </Grid>
              <Grid size={{ xs: 12, md: 7 }}>
                <ChurnFormSections catalogue={catalogue} />
              </Grid>
            </Grid>
            <Divider sx={{ my: 2 }} />
            <ApiErrorAlert error={logChurn.error} />
            <SaveButton label="resources.ChurnEvent.log.submit" disabled={logChurn.isPending} alwaysEnable={!logChurn.isPending} />
          </Form>
        </CardContent>
      </Card>
    </Box>
  );
}
