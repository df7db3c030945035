// One retention action: for whom, what, when, by whom and how it ended; complete or assign it from here.
import {
  EditButton,
  Labeled,
  ReferenceField,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
  useRecordContext,
  useResourceDefinition,
} from "react-admin";
import { EnumField } from "../fields/EnumField.tsx";
import { LocaleDateField } from "../fields/LocaleFields.tsx";
import { AssignActionButton } from "./AssignActionButton.tsx";
import { CompleteActionButton } from "./CompleteActionButton.tsx";
import { isOpen } from "./commands.ts";
import { DueField } from "./DueField.tsx";

function Actions() {
  const { hasEdit } = useResourceDefinition();
  const record = useRecordContext();
  return (
    <TopToolbar>
      <CompleteActionButton />
      <AssignActionButton />
      {hasEdit && record && isOpen(record.status) ? <EditButton /> : null}
    </TopToolbar>
  );
}

const FIELDS = [
  "id",
  "kind",
  "status",
  "trigger",
  "dueAt",
  "outcome",
  "offer",
  "completedAt",
  "version",
  { customer: ["id", "name"] },
  { assignee: ["id", "name"] },
  { churnEvent: ["id", "type"] },
];

export default function RetentionActionShow() {
  return (
    <Show actions={<Actions />} queryOptions={{ meta: { sparseFields: FIELDS } }}>
      <SimpleShowLayout>
        <EnumField source="kind" enumName="ActionKind" />
        <ReferenceField source="customer.id" reference="Customer" label="resources.RetentionAction.fields.customer" link="show" />
        <EnumField source="status" enumName="ActionStatus" />
        <EnumField source="trigger" enumName="ActionTrigger" />
        <Labeled label="resources.RetentionAction.fields.dueAt">
          <DueField />
        </Labeled>
        <TextField source="assignee.name" label="resources.RetentionAction.fields.assignee" emptyText="—" />
        <TextField source="offer" emptyText="—" />
        <EnumField source="outcome" enumName="ActionOutcome" />
        <LocaleDateField source="completedAt" showTime emptyText="—" />
        <ReferenceField
          source="churnEvent.id"
          reference="ChurnEvent"
          label="resources.RetentionAction.fields.churnEvent"
          link="show"
          emptyText="—"
        />
      </SimpleShowLayout>
    </Show>
  );
}
