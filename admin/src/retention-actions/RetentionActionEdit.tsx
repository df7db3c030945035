// Reschedule or rework an open action, start it, or cancel it (DONE comes only from completing it).
import { DateTimeInput, Edit, SelectInput, SimpleForm, TextInput } from "react-admin";
import { EditToolbar } from "../common/toolbars.tsx";
import { enumChoices } from "../fields/enumChoices.ts";

const STATUSES = enumChoices("ActionStatus").filter((c) => c.id !== "DONE");

export default function RetentionActionEdit() {
  return (
    <Edit mutationMode="pessimistic" redirect="show">
      <SimpleForm toolbar={<EditToolbar />}>
        <SelectInput source="kind" choices={enumChoices("ActionKind")} />
        <SelectInput source="status" choices={STATUSES} />
        <DateTimeInput source="dueAt" />
        <TextInput source="offer" />
        <TextInput source="outcomeNote" multiline minRows={2} />
      </SimpleForm>
    </Edit>
  );
}
