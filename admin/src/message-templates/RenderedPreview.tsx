// The saved template filled for one customer (renderMessageTemplate): subject and body as the customer would
// read them, in the template's writing direction, and the placeholders no value was given for.
import { Alert, Box, Card, CardContent, CardHeader, Divider, Stack, Typography } from "@mui/material";
import { Form, FormDataConsumer, TextInput, useRecordContext, useTranslate } from "react-admin";
import { ApiErrorAlert } from "../common/ApiErrorAlert.tsx";
import { CustomerInput } from "../common/CustomerInput.tsx";
import { LoadingState } from "../common/StateMessages.tsx";
import { useApiQuery } from "../data/api.ts";
import { directionOf } from "../i18n/locales.ts";

const RENDER = `query RenderMessageTemplate($id: ID!, $customerId: ID!, $offer: String, $surveyLink: String) {
  renderMessageTemplate(id: $id, customerId: $customerId, offer: $offer, surveyLink: $surveyLink) { subject body locale missing }
}`;

interface Rendered {
  renderMessageTemplate: { subject: string; body: string; locale: string; missing: string[] };
}

function Output({ id, customerId, offer, savedAt }: { id: string; customerId?: string; offer?: string; savedAt?: string }) {
  const translate = useTranslate();
  const variables = { id, customerId, offer: offer || undefined, surveyLink: "https://example.com/s/…" };
  const rendered = useApiQuery<Rendered>(["renderMessageTemplate", savedAt], RENDER, variables, { enabled: Boolean(customerId) });
  if (!customerId) return <Typography color="text.secondary">{translate("resources.MessageTemplate.preview.pick")}</Typography>;
  if (rendered.isPending) return <LoadingState />;
  if (rendered.error) return <ApiErrorAlert error={rendered.error} />;
  const message = rendered.data.renderMessageTemplate;
  return (
    <Box dir={directionOf(message.locale)} lang={message.locale} data-testid="rendered-message">
      <Typography variant="subtitle1" sx={{ fontWeight: 600 }}>
        {message.subject}
      </Typography>
      <Divider sx={{ my: 1 }} />
      <Typography variant="body2" sx={{ whiteSpace: "pre-wrap" }}>
        {message.body}
      </Typography>
      {message.missing.length ? (
        <Alert severity="info" sx={{ mt: 1 }} dir="auto">
          {translate("resources.MessageTemplate.preview.missing")} <bdi dir="ltr">{message.missing.join(", ")}</bdi>
        </Alert>
      ) : null}
    </Box>
  );
}

export function RenderedPreview() {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Card variant="outlined" sx={{ mt: 2 }}>
      <CardHeader title={translate("resources.MessageTemplate.preview.title")} titleTypographyProps={{ variant: "h6" }} />
      <CardContent sx={{ pt: 0 }}>
        <Form record={{}} noValidate>
          <Stack direction={{ xs: "column", sm: "row" }} spacing={2}>
            <CustomerInput source="customerId" label="resources.MessageTemplate.preview.customer" sx={{ minWidth: 280 }} />
            <TextInput source="offer" label="resources.MessageTemplate.preview.offer" />
          </Stack>
          <FormDataConsumer>
            {({ formData }) => (
              <Output id={String(record.id)} customerId={formData.customerId} offer={formData.offer} savedAt={record.updatedAt} />
            )}
          </FormDataConsumer>
        </Form>
      </CardContent>
    </Card>
  );
}
