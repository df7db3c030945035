// One write as recorded: who, what, when, the request it belonged to, and the row before and after.
import { Grid } from "@mui/material";
import { Labeled, Show, SimpleShowLayout, TextField } from "react-admin";
import { JsonField } from "../common/JsonField.tsx";
import { LocaleDateField } from "../fields/LocaleFields.tsx";

const FIELDS = [
  "id",
  "at",
  "action",
  "entity",
  "entityId",
  "requestId",
  "before",
  "after",
  { actorUser: ["id", "name"] },
  { actorApiKey: ["id", "name"] },
];

export default function AuditLogShow() {
  return (
    <Show queryOptions={{ meta: { sparseFields: FIELDS } }} actions={false}>
      <SimpleShowLayout>
        <LocaleDateField source="at" showTime />
        <TextField source="actorUser.name" label="resources.AuditLog.fields.actorUser" emptyText="—" />
        <TextField source="actorApiKey.name" label="resources.AuditLog.fields.actorApiKey" emptyText="—" />
        <TextField source="action" />
        <TextField source="entity" />
        <TextField source="entityId" />
        <TextField source="requestId" emptyText="—" />
        <Grid container spacing={2} sx={{ width: "100%" }}>
          <Grid size={{ xs: 12, md: 6 }}>
            <Labeled label="resources.AuditLog.fields.before" fullWidth>
              <JsonField source="before" />
            </Labeled>
          </Grid>
          <Grid size={{ xs: 12, md: 6 }}>
            <Labeled label="resources.AuditLog.fields.after" fullWidth>
              <JsonField source="after" />
            </Labeled>
          </Grid>
        </Grid>
      </SimpleShowLayout>
    </Show>
  );
}
