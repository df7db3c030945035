// Staff take a customer's exit-survey answers on the phone: the same questions the public link shows (the
// version the link was sent with), saved by submitExitSurvey with channel PHONE. Offered for a sent survey that
// is still open or has expired (the customer may still answer by phone), never for an answered one.
import PhoneInTalkIcon from "@mui/icons-material/PhoneInTalk";
import { Dialog, DialogActions, DialogContent, DialogTitle } from "@mui/material";
import { useState } from "react";
import { Button, Form, SaveButton, useNotify, useRecordContext, useTranslate } from "react-admin";
import { useCan } from "../auth/permissions.ts";
import { ApiErrorAlert } from "../common/ApiErrorAlert.tsx";
import { SurveyInputs } from "../customers/log-churn/SurveyInputs.tsx";
import { useChurnCatalogue } from "../customers/log-churn/useChurnCatalogue.ts";
import { useApiMutation, useIdempotencyKey } from "../data/api.ts";
import { isQuestionList, type SurveyQuestion } from "../exit-survey-templates/questions.ts";

const SUBMIT = `mutation($input: SubmitExitSurveyInput!, $key: String) {
  submitExitSurvey(input: $input, idempotencyKey: $key) { response { id status } }
}`;

const answered = (v: unknown) => v != null && v !== "" && !(Array.isArray(v) && v.length === 0);

/** A REASON question without its own options offers the active reasons of the catalogue, in the user's language. */
function withReasonOptions(questions: SurveyQuestion[], codes: string[], label: (code: string) => string): SurveyQuestion[] {
  return questions.map((q) =>
    q.kind === "REASON" && !q.options?.length ? { ...q, options: codes.map((code) => ({ value: code, label: { en: label(code) } })) } : q,
  );
}

export function PhoneSurveyButton() {
  const record = useRecordContext();
  const canWrite = useCan("write");
  const translate = useTranslate();
  const notify = useNotify();
  const [open, setOpen] = useState(false);
  const [key, nextKey] = useIdempotencyKey();
  const { reasons } = useChurnCatalogue();
  const submit = useApiMutation<unknown, Record<string, unknown>>(SUBMIT);
  const template = record?.template?.questions;
  if (!record || !canWrite || !["PENDING", "EXPIRED"].includes(record.status) || !isQuestionList(template)) return null;
  const questions = withReasonOptions(
    template as SurveyQuestion[],
    reasons.map((r) => r.code),
    (code) => translate(`enums.ReasonCode.${code}`, { _: code }),
  );
  const close = () => {
    setOpen(false);
    submit.reset();
  };
  const save = (values: { surveyAnswers?: Record<string, unknown> }) => {
    const answers = Object.fromEntries(Object.entries(values.surveyAnswers ?? {}).filter(([, v]) => answered(v)));
    submit.mutate(
      { input: { responseId: String(record.id), answers, channel: "PHONE" }, key },
      {
        onSuccess: () => {
          nextKey();
          close();
          notify("resources.ExitSurveyResponse.phone.saved", { type: "success" });
        },
      },
    );
  };
  return (
    <>
      <Button label="resources.ExitSurveyResponse.phone.button" onClick={() => setOpen(true)}>
        <PhoneInTalkIcon />
      </Button>
      <Dialog open={open} onClose={close} fullWidth maxWidth="sm">
        <Form onSubmit={save}>
          <DialogTitle>{translate("resources.ExitSurveyResponse.phone.title")}</DialogTitle>
          <DialogContent>
            <SurveyInputs questions={questions} />
            <ApiErrorAlert error={submit.error} />
          </DialogContent>
          <DialogActions>
            <Button label="ra.action.cancel" onClick={close} />
            <SaveButton label="resources.ExitSurveyResponse.phone.save" alwaysEnable={!submit.isPending} disabled={submit.isPending} />
          </DialogActions>
        </Form>
      </Dialog>
    </>
  );
}
