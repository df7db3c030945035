// A response's answers shown against its template's questions, in the console's language.
import { Table, TableBody, TableCell, TableRow } from "@mui/material";
import { useLocaleState, useRecordContext, useTranslate } from "react-admin";
import { isQuestionList, type SurveyQuestion, textIn } from "../exit-survey-templates/questions.ts";
import { useIntlLocale } from "../fields/useIntlLocale.ts";

function answerText(
  q: SurveyQuestion | undefined,
  value: unknown,
  locale: string,
  translate: (k: string, o?: object) => string,
  digits: Intl.NumberFormat,
) {
  const option = (v: unknown) => {
    const found = q?.options?.find((o) => o.value === v);
    if (found) return textIn(found.label, locale);
    return q?.kind === "REASON" ? translate(`enums.ReasonCode.${String(v)}`, { _: String(v) }) : String(v);
  };
  if (Array.isArray(value)) return value.map(option).join(", ");
  if (typeof value === "number") return digits.format(value);
  return q?.kind === "TEXT" ? String(value) : option(value);
}

export function AnswersField(_props: { label?: string }) {
  const record = useRecordContext();
  const [locale] = useLocaleState();
  const translate = useTranslate();
  const digits = new Intl.NumberFormat(useIntlLocale());
  const answers = record?.answers as Record<string, unknown> | null | undefined;
  if (!answers || Object.keys(answers).length === 0) return <span>—</span>;
  const template: unknown = record?.template?.questions;
  const questions: SurveyQuestion[] = isQuestionList(template) ? template : [];
  const ids = [
    ...questions.map((q) => q.id).filter((id) => id in answers),
    ...Object.keys(answers).filter((id) => !questions.some((q) => q.id === id)),
  ];
  return (
    <Table size="small">
      <TableBody>
        {ids.map((id) => {
          const q = questions.find((x) => x.id === id);
          return (
            <TableRow key={id}>
              <TableCell component="th" sx={{ fontWeight: 600, width: "45%" }}>
                {q ? textIn(q.label, locale) : id}
              </TableCell>
              <TableCell>{answerText(q, answers[id], locale, translate, digits)}</TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
