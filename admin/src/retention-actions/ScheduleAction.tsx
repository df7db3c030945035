// Plan an action by hand (scheduleRetentionAction): a callback at a committed time, a check-in, an offer…
// Opened from a customer's page with the customer filled in.
import { Card, CardContent, Typography } from "@mui/material";
import {
  AutocompleteInput,
  DateTimeInput,
  Form,
  ReferenceInput,
  required,
  SaveButton,
  SelectInput,
  TextInput,
  Title,
  useCreatePath,
  useGetIdentity,
  useNavigate,
  useRecordFromLocation,
  useTranslate,
} from "react-admin";
import { ApiErrorAlert } from "../common/ApiErrorAlert.tsx";
import { CustomerInput } from "../common/CustomerInput.tsx";
import { useApiMutation, useIdempotencyKey } from "../data/api.ts";
import { enumChoices } from "../fields/enumChoices.ts";
import { SCHEDULE_ACTION } from "./commands.ts";

interface Values {
  customerId?: string;
  kind?: string;
  dueAt?: string;
  offer?: string;
  assigneeId?: string;
  messageTemplateId?: string;
}

export default function ScheduleAction() {
  const translate = useTranslate();
  const navigate = useNavigate();
  const createPath = useCreatePath();
  const { identity } = useGetIdentity();
  const prefill = useRecordFromLocation() ?? {};
  const [idempotencyKey] = useIdempotencyKey();
  const schedule = useApiMutation<{ scheduleRetentionAction: { id: string } }, Record<string, unknown>>(SCHEDULE_ACTION);
  const submit = (values: Values) => {
    const input = Object.fromEntries(Object.entries(values).filter(([, v]) => v != null && v !== ""));
    if (input.dueAt) input.dueAt = new Date(input.dueAt).toISOString();
    schedule.mutate(
      { input, idempotencyKey },
      { onSuccess: (data) => navigate(createPath({ resource: "RetentionAction", id: data.scheduleRetentionAction.id, type: "show" })) },
    );
  };
  const title = translate("resources.RetentionAction.schedule.title");
  return (
    <Card sx={{ mt: 2, maxWidth: 640 }}>
      <Title title={title} />
      <CardContent>
        <Typography variant="h5" component="h1" gutterBottom>
          {title}
        </Typography>
        <Form
          onSubmit={(values: Record<string, unknown>) => submit(values as Values)}
          defaultValues={{ assigneeId: identity?.id, ...prefill }}
        >
          <CustomerInput source="customerId" label="resources.RetentionAction.fields.customer" validate={required()} />
          <SelectInput
            source="kind"
            label="resources.RetentionAction.fields.kind"
            choices={enumChoices("ActionKind")}
            validate={required()}
          />
          <DateTimeInput
            source="dueAt"
            label="resources.RetentionAction.fields.dueAt"
            helperText="resources.RetentionAction.schedule.dueHelp"
          />
          <TextInput source="offer" label="resources.RetentionAction.fields.offer" />
          <ReferenceInput source="messageTemplateId" reference="MessageTemplate" filter={{ active: true }}>
            <AutocompleteInput
              label="resources.RetentionAction.fields.messageTemplate"
              optionText="subject"
              filterToQuery={(q: string) => ({ q })}
            />
          </ReferenceInput>
          <ReferenceInput source="assigneeId" reference="User" filter={{ active: true }}>
            <AutocompleteInput label="resources.RetentionAction.fields.assignee" optionText="name" />
          </ReferenceInput>
          <ApiErrorAlert error={schedule.error} />
          <SaveButton label="resources.RetentionAction.schedule.button" alwaysEnable={!schedule.isPending} disabled={schedule.isPending} />
        </Form>
      </CardContent>
    </Card>
  );
}
