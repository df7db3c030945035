// Complete an open action with its outcome and a note (completeRetentionAction), from a list row or the show page.
import CheckCircleIcon from "@mui/icons-material/CheckCircle";
import { Dialog, DialogActions, DialogContent, DialogTitle, MenuItem, TextField } from "@mui/material";
import { useState } from "react";
import { Button, useRecordContext, useTranslate } from "react-admin";
import { useCan } from "../auth/permissions.ts";
import { ApiErrorAlert } from "../common/ApiErrorAlert.tsx";
import { useApiMutation, useIdempotencyKey } from "../data/api.ts";
import enums from "../i18n/enums/en.ts";
import { COMPLETE_ACTION, isOpen } from "./commands.ts";

const OUTCOMES = Object.keys(enums.ActionOutcome);

export function CompleteActionButton() {
  const record = useRecordContext();
  const canWrite = useCan("write");
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  const [outcome, setOutcome] = useState("");
  const [note, setNote] = useState("");
  const [idempotencyKey, renewKey] = useIdempotencyKey();
  const complete = useApiMutation<unknown, Record<string, unknown>>(COMPLETE_ACTION);
  if (!record || !canWrite || !isOpen(record.status)) return null;
  const close = () => {
    setOpen(false);
    complete.reset();
    renewKey();
  };
  const submit = () =>
    complete.mutate(
      { id: record.id, outcome, note: note.trim() || undefined, version: record.version, idempotencyKey },
      { onSuccess: close },
    );
  return (
    <>
      <Button
        label="resources.RetentionAction.complete.button"
        onClick={(e) => {
          e.stopPropagation();
          setOpen(true);
        }}
      >
        <CheckCircleIcon />
      </Button>
      <Dialog open={open} onClose={close} onClick={(e) => e.stopPropagation()} fullWidth maxWidth="xs">
        <DialogTitle>{translate("resources.RetentionAction.complete.title")}</DialogTitle>
        <DialogContent>
          <TextField
            select
            fullWidth
            margin="dense"
            label={translate("resources.RetentionAction.fields.outcome")}
            value={outcome}
            onChange={(e) => setOutcome(e.target.value)}
            required
          >
            {OUTCOMES.map((o) => (
              <MenuItem key={o} value={o}>
                {translate(`enums.ActionOutcome.${o}`)}
              </MenuItem>
            ))}
          </TextField>
          <TextField
            fullWidth
            margin="dense"
            multiline
            minRows={2}
            label={translate("resources.RetentionAction.fields.outcomeNote")}
            value={note}
            onChange={(e) => setNote(e.target.value)}
          />
          <ApiErrorAlert error={complete.error} />
        </DialogContent>
        <DialogActions>
          <Button label="ra.action.cancel" onClick={close} />
          <Button
            label="resources.RetentionAction.complete.button"
            variant="contained"
            disabled={!outcome || complete.isPending}
            onClick={submit}
          />
        </DialogActions>
      </Dialog>
    </>
  );
}
