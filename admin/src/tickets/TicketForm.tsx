// The ticket form, shared by create and edit. Resolving (RESOLVED/CLOSED) stamps resolvedAt on the server.
import { Grid } from "@mui/material";
import {
  AutocompleteInput,
  DateTimeInput,
  maxValue,
  minValue,
  NumberInput,
  ReferenceInput,
  required,
  SelectInput,
  SimpleForm,
  TextInput,
} from "react-admin";
import { CustomerInput } from "../common/CustomerInput.tsx";
import { EditToolbar } from "../common/toolbars.tsx";
import { enumChoices } from "../fields/enumChoices.ts";

export function TicketForm({ isCreate = false }: { isCreate?: boolean }) {
  const half = { xs: 12, sm: 6 };
  return (
    <SimpleForm toolbar={<EditToolbar />} defaultValues={isCreate ? { status: "OPEN", priority: "NORMAL" } : undefined}>
      <Grid container columnSpacing={2} sx={{ width: "100%", maxWidth: 900 }}>
        <Grid size={12}>
          <TextInput source="subject" validate={required()} />
        </Grid>
        <Grid size={half}>
          <CustomerInput source="customer.id" label="resources.Ticket.fields.customer" validate={required()} disabled={!isCreate} />
        </Grid>
        <Grid size={half}>
          <TextInput source="topic" validate={required()} helperText="resources.Ticket.helpers.topic" />
        </Grid>
        <Grid size={half}>
          <SelectInput source="kind" choices={enumChoices("TicketKind")} validate={required()} />
        </Grid>
        <Grid size={half}>
          <SelectInput source="channel" choices={enumChoices("TicketChannel")} validate={required()} />
        </Grid>
        <Grid size={half}>
          <SelectInput source="status" choices={enumChoices("TicketStatus")} validate={required()} />
        </Grid>
        <Grid size={half}>
          <SelectInput source="priority" choices={enumChoices("TicketPriority")} validate={required()} />
        </Grid>
        <Grid size={half}>
          <DateTimeInput source="openedAt" />
        </Grid>
        <Grid size={half}>
          <DateTimeInput source="firstResponseAt" />
        </Grid>
        <Grid size={half}>
          <NumberInput source="csat" validate={[minValue(1), maxValue(5)]} step={1} />
        </Grid>
        <Grid size={half}>
          <ReferenceInput source="assignee.id" reference="User" filter={{ active: true }}>
            <AutocompleteInput label="resources.Ticket.fields.assignee" optionText="name" />
          </ReferenceInput>
        </Grid>
      </Grid>
    </SimpleForm>
  );
}
