// API keys (ADMIN): what each is for, what it may do, when it was last used; revoke one at once.
import BlockIcon from "@mui/icons-material/Block";
import { useState } from "react";
import { Button, Confirm, Datagrid, List, NullableBooleanInput, TextField, useRecordContext, useTranslate } from "react-admin";
import { useApiMutation } from "../data/api.ts";
import { EnumField } from "../fields/EnumField.tsx";
import { LocaleDateField } from "../fields/LocaleFields.tsx";

const REVOKE = "mutation RevokeApiKey($id: ID!) { revokeApiKey(id: $id) { id revokedAt } }";
const FIELDS = ["id", "name", "prefix", "scopes", "createdAt", "lastUsedAt", "expiresAt", "revokedAt", { createdBy: ["id", "name"] }];

function RevokeButton() {
  const record = useRecordContext();
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  const revoke = useApiMutation<unknown, { id: string }>(REVOKE);
  if (!record || record.revokedAt) return null;
  return (
    <>
      <Button
        label="resources.ApiKey.revoke.button"
        color="error"
        onClick={(e) => {
          e.stopPropagation();
          setOpen(true);
        }}
      >
        <BlockIcon />
      </Button>
      <Confirm
        isOpen={open}
        loading={revoke.isPending}
        title={translate("resources.ApiKey.revoke.title", { name: record.name })}
        content="resources.ApiKey.revoke.content"
        onConfirm={() => revoke.mutate({ id: String(record.id) }, { onSettled: () => setOpen(false) })}
        onClose={() => setOpen(false)}
      />
    </>
  );
}

const filters = [<NullableBooleanInput key="revoked" source="revoked" alwaysOn />];

export default function ApiKeyList() {
  return (
    <List filters={filters} sort={{ field: "createdAt", order: "DESC" }} exporter={false} queryOptions={{ meta: { sparseFields: FIELDS } }}>
      <Datagrid bulkActionButtons={false} rowClick={false}>
        <TextField source="name" />
        <TextField source="prefix" sx={{ fontFamily: "monospace" }} />
        <EnumField source="scopes" enumName="ApiKeyScope" sortable={false} />
        <TextField source="createdBy.name" label="resources.ApiKey.fields.createdBy" sortable={false} emptyText="—" />
        <LocaleDateField source="createdAt" />
        <LocaleDateField source="lastUsedAt" showTime emptyText="—" />
        <LocaleDateField source="expiresAt" emptyText="—" />
        <LocaleDateField source="revokedAt" emptyText="—" sortable={false} />
        <RevokeButton />
      </Datagrid>
    </List>
  );
}
