// One segment: its rule (or that it is kept by hand), how many customers are in it now, and a link to them.
import PeopleIcon from "@mui/icons-material/People";
import {
  Button,
  EditButton,
  LinkBase,
  NumberField,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
  useCreatePath,
  useRecordContext,
  useResourceDefinition,
} from "react-admin";
import { JsonField } from "../common/JsonField.tsx";
import { EnumField } from "../fields/EnumField.tsx";
import { LocaleDateField } from "../fields/LocaleFields.tsx";
import { useIntlLocale } from "../fields/useIntlLocale.ts";
import { SEGMENT_FIELDS } from "./ruleText.ts";

function MembersButton() {
  const record = useRecordContext();
  const createPath = useCreatePath();
  if (!record) return null;
  const to = `${createPath({ resource: "Customer", type: "list" })}?filter=${encodeURIComponent(JSON.stringify({ segmentId: String(record.id) }))}`;
  return (
    <Button component={LinkBase} to={to} label="resources.Segment.members">
      <PeopleIcon />
    </Button>
  );
}

function Actions() {
  const { hasEdit } = useResourceDefinition();
  return (
    <TopToolbar>
      <MembersButton />
      {hasEdit ? <EditButton /> : null}
    </TopToolbar>
  );
}

export default function SegmentShow() {
  const locale = useIntlLocale();
  return (
    <Show actions={<Actions />} queryOptions={{ meta: { sparseFields: SEGMENT_FIELDS } }}>
      <SimpleShowLayout>
        <TextField source="name" />
        <TextField source="description" emptyText="—" />
        <EnumField source="kind" enumName="SegmentKind" />
        <NumberField source="memberCount" locales={locale} />
        <JsonField source="rule" />
        <LocaleDateField source="updatedAt" showTime />
      </SimpleShowLayout>
    </Show>
  );
}
