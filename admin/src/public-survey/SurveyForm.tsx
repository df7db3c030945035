// The questions and the submit button. Required questions are checked here first; the server checks everything
// again. A link that closed meanwhile (answered in another tab, expired) reloads into its message.
import { Alert, Box, Button, Stack, Typography } from "@mui/material";
import { type FormEvent, useMemo, useRef, useState } from "react";
import { useTranslate } from "react-admin";
import { intlLocaleOf } from "../i18n/locales.ts";
import { type Answer, newIdempotencyKey, type PublicSurvey, SurveyRequestError, submitSurvey } from "./api.ts";
import { QuestionField } from "./QuestionField.tsx";

export interface SurveyFormProps {
  survey: PublicSurvey;
  token: string;
  onSubmitted: () => void;
  /** The link was answered or expired meanwhile, or no longer exists: reload it to show why. */
  onClosed: () => void;
}

const isAnswered = (value: Answer | undefined) => value !== undefined && !(typeof value === "string" && value.trim() === "");

export function SurveyForm({ survey, token, onSubmitted, onClosed }: SurveyFormProps) {
  const translate = useTranslate();
  const [answers, setAnswers] = useState<Record<string, Answer>>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [submitting, setSubmitting] = useState(false);
  const [failed, setFailed] = useState(false);
  // The same key for a retry after a network failure, so the answers are never stored twice.
  const pendingKey = useRef<string | null>(null);
  const intl = intlLocaleOf(survey.locale);
  const formatNumber = useMemo(() => {
    const format = new Intl.NumberFormat(intl);
    return (n: number) => format.format(n);
  }, [intl]);
  const expires = survey.expiresAt
    ? new Intl.DateTimeFormat(intl, { dateStyle: "long", timeZone: "UTC" }).format(new Date(survey.expiresAt))
    : null;

  const setAnswer = (id: string, value: Answer | undefined) => {
    pendingKey.current = null;
    setAnswers(({ [id]: _old, ...rest }) => (value === undefined ? rest : { ...rest, [id]: value }));
    setErrors(({ [id]: _old, ...rest }) => rest);
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    const missing = survey.questions.filter((q) => q.required && !isAnswered(answers[q.id]));
    if (missing.length > 0) {
      setErrors(Object.fromEntries(missing.map((q) => [q.id, translate("churnstile.survey.required_error")])));
      document.getElementById(`q-${missing[0].id}`)?.focus();
      return;
    }
    setSubmitting(true);
    setFailed(false);
    pendingKey.current ??= newIdempotencyKey();
    try {
      await submitSurvey(token, answers, survey.locale, pendingKey.current);
      onSubmitted();
    } catch (error) {
      const e = error instanceof SurveyRequestError ? error : new SurveyRequestError(String(error), "ERROR");
      if (e.code === "NOT_FOUND" || (e.code === "BAD_USER_INPUT" && e.field === "token")) return onClosed();
      const question = e.code === "BAD_USER_INPUT" ? survey.questions.find((q) => e.field?.split(".").includes(q.id)) : undefined;
      if (question) setErrors({ [question.id]: translate("churnstile.survey.answer_refused") });
      else setFailed(true);
      if (e.code !== "NETWORK") pendingKey.current = null;
    } finally {
      setSubmitting(false);
    }
  }

  return (
    <Box component="form" noValidate onSubmit={submit} aria-busy={submitting}>
      <Stack spacing={3}>
        <Box>
          <Typography variant="h5" component="h1" gutterBottom>
            {translate("churnstile.survey.title")}
          </Typography>
          <Typography color="text.secondary">{translate("churnstile.survey.greeting", { name: survey.customerName })}</Typography>
          {expires && (
            <Typography variant="caption" color="text.secondary">
              {translate("churnstile.survey.open_until", { date: expires })}
            </Typography>
          )}
        </Box>
        {survey.questions.map((q) => (
          <QuestionField
            key={q.id}
            question={q}
            value={answers[q.id]}
            onChange={(value) => setAnswer(q.id, value)}
            error={errors[q.id]}
            formatNumber={formatNumber}
          />
        ))}
        {failed && <Alert severity="error">{translate("churnstile.survey.submit_error")}</Alert>}
        <Box>
          <Button type="submit" variant="contained" size="large" disabled={submitting}>
            {translate(submitting ? "churnstile.survey.submitting" : "churnstile.survey.submit")}
          </Button>
        </Box>
      </Stack>
    </Box>
  );
}
