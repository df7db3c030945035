// One ticket: who raised it, about what, through which channel, how fast it was answered and resolved.
import { NumberField, ReferenceField, Show, SimpleShowLayout, TextField } from "react-admin";
import { EnumField } from "../fields/EnumField.tsx";
import { LocaleDateField } from "../fields/LocaleFields.tsx";

const FIELDS = [
  "id",
  "subject",
  "topic",
  "kind",
  "channel",
  "status",
  "priority",
  "openedAt",
  "firstResponseAt",
  "resolvedAt",
  "csat",
  { customer: ["id", "name"] },
  { assignee: ["id", "name"] },
];

export default function TicketShow() {
  return (
    <Show queryOptions={{ meta: { sparseFields: FIELDS } }}>
      <SimpleShowLayout>
        <TextField source="subject" />
        <ReferenceField source="customer.id" reference="Customer" label="resources.Ticket.fields.customer" link="show" />
        <TextField source="topic" />
        <EnumField source="kind" enumName="TicketKind" />
        <EnumField source="channel" enumName="TicketChannel" />
        <EnumField source="status" enumName="TicketStatus" />
        <EnumField source="priority" enumName="TicketPriority" />
        <TextField source="assignee.name" label="resources.Ticket.fields.assignee" emptyText="—" />
        <LocaleDateField source="openedAt" showTime />
        <LocaleDateField source="firstResponseAt" showTime emptyText="—" />
        <LocaleDateField source="resolvedAt" showTime emptyText="—" />
        <NumberField source="csat" emptyText="—" />
      </SimpleShowLayout>
    </Show>
  );
}
