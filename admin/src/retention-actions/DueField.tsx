// When an action is due (callbacks: the committed date and time), flagged when an open action is overdue.
import { Chip, Stack } from "@mui/material";
import { type FieldProps, type RaRecord, useRecordContext, useTranslate } from "react-admin";
import { LocaleDateField } from "../fields/LocaleFields.tsx";
import { isOpen } from "./commands.ts";

export const isOverdue = (record: RaRecord | undefined) =>
  Boolean(record && isOpen(record.status) && typeof record.dueAt === "string" && new Date(record.dueAt).getTime() < Date.now());

export function DueField(_props: Partial<FieldProps>) {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record?.dueAt) return null;
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: "center" }}>
      <LocaleDateField source="dueAt" showTime options={{ dateStyle: "medium", timeStyle: "short" }} />
      {isOverdue(record) ? <Chip size="small" color="error" label={translate("resources.RetentionAction.overdue")} /> : null}
    </Stack>
  );
}

/** Datagrid rowSx: an overdue row is marked on its leading edge. */
export const overdueRowSx = (record: RaRecord) => (isOverdue(record) ? { boxShadow: "inset 4px 0 0 #d32f2f" } : {});
