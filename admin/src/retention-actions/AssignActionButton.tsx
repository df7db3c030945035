// Give an open action to someone, take it yourself, or unassign it (assignRetentionAction): every writer may hand
// an action to any active colleague who works actions (ADMIN, MANAGER, AGENT).
import PersonAddIcon from "@mui/icons-material/PersonAdd";
import { Autocomplete, Dialog, DialogActions, DialogContent, DialogTitle, Stack, TextField } from "@mui/material";
import { useState } from "react";
import { Button, useGetIdentity, useGetList, useRecordContext, useTranslate } from "react-admin";
import { useCan } from "../auth/permissions.ts";
import { ApiErrorAlert } from "../common/ApiErrorAlert.tsx";
import { useApiMutation } from "../data/api.ts";
import { ASSIGN_ACTION, isOpen } from "./commands.ts";

interface Staff {
  id: string;
  name: string;
}

function UserPicker({ value, onChange }: { value: Staff | null; onChange: (user: Staff | null) => void }) {
  const translate = useTranslate();
  const { data = [] } = useGetList<Staff & { role: string }>("User", {
    filter: { active: true },
    pagination: { page: 1, perPage: 200 },
    sort: { field: "name", order: "ASC" },
  });
  const options = data.filter((u) => u.role !== "ANALYST");
  return (
    <Autocomplete
      options={options}
      value={value}
      onChange={(_, user) => onChange(user)}
      getOptionLabel={(u) => u.name}
      isOptionEqualToValue={(a, b) => a.id === b.id}
      renderInput={(params) => <TextField {...params} margin="dense" label={translate("resources.RetentionAction.fields.assignee")} />}
    />
  );
}

export function AssignActionButton() {
  const record = useRecordContext();
  const canWrite = useCan("write");
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  const [open, setOpen] = useState(false);
  const [picked, setPicked] = useState<Staff | null>(null);
  const assign = useApiMutation<unknown, Record<string, unknown>>(ASSIGN_ACTION);
  if (!record || !canWrite || !isOpen(record.status)) return null;
  const close = () => {
    setOpen(false);
    assign.reset();
  };
  const to = (assigneeId: string | null) => assign.mutate({ id: record.id, assigneeId, version: record.version }, { onSuccess: close });
  const mine = identity && String(record.assignee?.id) === String(identity.id);
  return (
    <>
      <Button
        label="resources.RetentionAction.assign.button"
        onClick={(e) => {
          e.stopPropagation();
          setOpen(true);
        }}
      >
        <PersonAddIcon />
      </Button>
      <Dialog open={open} onClose={close} onClick={(e) => e.stopPropagation()} fullWidth maxWidth="xs">
        <DialogTitle>{translate("resources.RetentionAction.assign.title")}</DialogTitle>
        <DialogContent>
          <Stack spacing={1} sx={{ alignItems: "flex-start" }}>
            {identity && !mine ? (
              <Button label="resources.RetentionAction.assign.toMe" variant="outlined" onClick={() => to(String(identity.id))} />
            ) : null}
            {record.assignee ? (
              <Button label="resources.RetentionAction.assign.unassign" variant="outlined" onClick={() => to(null)} />
            ) : null}
          </Stack>
          <UserPicker value={picked} onChange={setPicked} />
          <ApiErrorAlert error={assign.error} />
        </DialogContent>
        <DialogActions>
          <Button label="ra.action.cancel" onClick={close} />
          <Button
            label="resources.RetentionAction.assign.button"
            variant="contained"
            disabled={!picked || assign.isPending}
            onClick={() => to(picked?.id ?? null)}
          />
        </DialogActions>
      </Dialog>
    </>
  );
}
