// Create an API key (ADMIN): what it is for, its scopes, when it expires. The secret is shown once, in a dialog
// with a copy button: the API keeps only its hash.
import { Card, CardContent, Typography } from "@mui/material";
import { useState } from "react";
import { CheckboxGroupInput, DateTimeInput, Form, required, SaveButton, TextInput, Title, useTranslate } from "react-admin";
import { ApiErrorAlert } from "../common/ApiErrorAlert.tsx";
import { useApiMutation } from "../data/api.ts";
import { enumChoices } from "../fields/enumChoices.ts";
import { SecretDialog } from "./SecretDialog.tsx";

const CREATE = `mutation CreateApiKey($name: String!, $scopes: [ApiKeyScope!]!, $expiresAt: DateTime) {
  createApiKey(name: $name, scopes: $scopes, expiresAt: $expiresAt) { secret apiKey { id name prefix } }
}`;

interface Values {
  name: string;
  scopes: string[];
  expiresAt?: string;
}

export default function ApiKeyCreate() {
  const translate = useTranslate();
  const create = useApiMutation<{ createApiKey: { secret: string; apiKey: { name: string } } }, Record<string, unknown>>(CREATE);
  const [secret, setSecret] = useState<{ secret: string; name: string } | null>(null);
  const submit = (values: Values) =>
    create.mutate(
      { name: values.name, scopes: values.scopes, expiresAt: values.expiresAt ? new Date(values.expiresAt).toISOString() : undefined },
      { onSuccess: (data) => setSecret({ secret: data.createApiKey.secret, name: data.createApiKey.apiKey.name }) },
    );
  const title = translate("resources.ApiKey.create.title");
  return (
    <Card sx={{ mt: 2, maxWidth: 560 }}>
      <Title title={title} />
      <CardContent>
        <Typography variant="h5" component="h1" gutterBottom>
          {title}
        </Typography>
        <Form onSubmit={(v: Record<string, unknown>) => submit(v as unknown as Values)} defaultValues={{ scopes: ["READ"] }}>
          <TextInput source="name" label="resources.ApiKey.fields.name" validate={required()} helperText="resources.ApiKey.helpers.name" />
          <CheckboxGroupInput
            source="scopes"
            label="resources.ApiKey.fields.scopes"
            choices={enumChoices("ApiKeyScope")}
            validate={required()}
            row={false}
          />
          <DateTimeInput source="expiresAt" label="resources.ApiKey.fields.expiresAt" helperText="resources.ApiKey.helpers.expiresAt" />
          <ApiErrorAlert error={create.error} />
          <SaveButton label="resources.ApiKey.create.submit" alwaysEnable={!create.isPending} disabled={create.isPending} />
        </Form>
      </CardContent>
      {secret ? <SecretDialog {...secret} /> : null}
    </Card>
  );
}
