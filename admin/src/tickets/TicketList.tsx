// The ticket list: what customers asked or complained about, and where each ticket stands.
import { Datagrid, List, SearchInput, SelectInput, TextField } from "react-admin";
import { CustomerInput } from "../common/CustomerInput.tsx";
import { useBulkDelete } from "../common/toolbars.tsx";
import { EnumField } from "../fields/EnumField.tsx";
import { enumChoices } from "../fields/enumChoices.ts";
import { LocaleDateField, LocaleNumberField } from "../fields/LocaleFields.tsx";

const FIELDS = ["id", "subject", "kind", "channel", "status", "priority", "openedAt", "csat", { customer: ["id", "name"] }];

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="status" source="status" choices={enumChoices("TicketStatus")} alwaysOn />,
  <SelectInput key="channel" source="channel" choices={enumChoices("TicketChannel")} />,
  <CustomerInput key="customerId" source="customerId" label="resources.Ticket.fields.customer" />,
  <SelectInput key="kind" source="kind" choices={enumChoices("TicketKind")} />,
  <SelectInput key="priority" source="priority" choices={enumChoices("TicketPriority")} />,
];

export default function TicketList() {
  const bulk = useBulkDelete();
  return (
    <List filters={filters} sort={{ field: "openedAt", order: "DESC" }} exporter={false} queryOptions={{ meta: { sparseFields: FIELDS } }}>
      <Datagrid rowClick="show" bulkActionButtons={bulk}>
        <TextField source="subject" sortable={false} />
        <TextField source="customer.name" label="resources.Ticket.fields.customer" sortable={false} />
        <EnumField source="kind" enumName="TicketKind" />
        <EnumField source="channel" enumName="TicketChannel" />
        <EnumField source="status" enumName="TicketStatus" />
        <EnumField source="priority" enumName="TicketPriority" />
        <LocaleDateField source="openedAt" />
        <LocaleNumberField source="csat" />
      </Datagrid>
    </List>
  );
}
