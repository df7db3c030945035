// A playbook's conditions and steps, in words: when it applies and what it suggests, due when.
import { Chip, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from "@mui/material";
import { useRecordContext, useTranslate } from "react-admin";
import { useIntlLocale } from "../fields/useIntlLocale.ts";
import { type Playbook, stepsOf } from "./playbookRules.ts";

export function PlaybookConditionsField(_props: { label?: string }) {
  const record = useRecordContext<Playbook>();
  const translate = useTranslate();
  if (!record) return null;
  const { churnTypes = [], reasonCodes = [] } = record.conditions ?? {};
  if (!churnTypes.length && !reasonCodes.length) return <Typography variant="body2">{translate("resources.Playbook.always")}</Typography>;
  return (
    <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: "wrap" }}>
      {churnTypes.map((t) => (
        <Chip key={t} size="small" color="primary" variant="outlined" label={translate(`enums.ChurnType.${t}`)} />
      ))}
      {reasonCodes.map((c) => (
        <Chip key={c} size="small" variant="outlined" label={translate(`enums.ReasonCode.${c}`, { _: c })} />
      ))}
    </Stack>
  );
}

export function PlaybookStepsField() {
  const record = useRecordContext<Playbook>();
  const translate = useTranslate();
  const locale = useIntlLocale();
  if (!record) return null;
  const digits = new Intl.NumberFormat(locale);
  return (
    <Table size="small">
      <TableHead>
        <TableRow>
          <TableCell>{translate("resources.Playbook.fields.kind")}</TableCell>
          <TableCell>{translate("resources.Playbook.fields.dueInDays")}</TableCell>
          <TableCell>{translate("resources.Playbook.fields.messageKind")}</TableCell>
          <TableCell>{translate("resources.Playbook.fields.offer")}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {stepsOf(record).map((step) => (
          <TableRow key={`${step.kind}-${step.dueInDays}-${step.messageKind ?? ""}`}>
            <TableCell>{translate(`enums.ActionKind.${step.kind}`, { _: step.kind })}</TableCell>
            <TableCell>{digits.format(step.dueInDays)}</TableCell>
            <TableCell>{step.messageKind ? translate(`enums.MessageKind.${step.messageKind}`, { _: step.messageKind }) : "—"}</TableCell>
            <TableCell>{step.offer ?? "—"}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
