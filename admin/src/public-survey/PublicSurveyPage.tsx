// The public exit-survey page (/admin/#/survey/:token, no login): loads the link's survey in the customer's
// language, lets them switch language, and submits their answers. Until the survey's language is known (loading,
// an unknown link, a failure) it speaks the browser's language.
import { CircularProgress, MenuItem, TextField } from "@mui/material";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useParams, useTranslate } from "react-admin";
import { LOCALE_INFO, LOCALES, type Locale } from "../i18n/locales.ts";
import { fetchSurvey, SurveyRequestError } from "./api.ts";
import { Centered } from "./Centered.tsx";
import { SurveyForm } from "./SurveyForm.tsx";
import { SurveyLocale } from "./SurveyLocale.tsx";
import { StateMessage, SurveyShell } from "./SurveyShell.tsx";

const isTransient = (error: unknown) =>
  !(error instanceof SurveyRequestError) || error.code === "NETWORK" || error.code === "INTERNAL_SERVER_ERROR";

function LanguagePicker({ value, onChange }: { value: string; onChange: (locale: Locale) => void }) {
  const translate = useTranslate();
  return (
    <TextField
      select
      size="small"
      label={translate("churnstile.survey.language")}
      value={value}
      onChange={(e) => onChange(e.target.value as Locale)}
      sx={{ width: 180, bgcolor: "background.paper" }}
      slotProps={{ select: { inputProps: { "data-testid": "survey-language" } } }}
    >
      {LOCALES.map((locale) => (
        <MenuItem key={locale} value={locale} lang={locale}>
          {LOCALE_INFO[locale].name}
        </MenuItem>
      ))}
    </TextField>
  );
}

export default function PublicSurveyPage() {
  const { token = "" } = useParams<{ token: string }>();
  const [locale, setLocale] = useState<Locale | undefined>();
  const [submitted, setSubmitted] = useState(false);
  const survey = useQuery({
    queryKey: ["churnstile.publicSurvey", token, locale],
    queryFn: () => fetchSurvey(token, locale),
    retry: (failures, error) => failures < 2 && isTransient(error),
    placeholderData: keepPreviousData,
    refetchOnWindowFocus: false,
    staleTime: Number.POSITIVE_INFINITY,
  });

  if (survey.isPending)
    return (
      <Centered>
        <CircularProgress aria-busy="true" />
      </Centered>
    );
  const invalid = survey.error instanceof SurveyRequestError && survey.error.code === "NOT_FOUND";
  if (survey.isError && (invalid || !survey.data)) {
    return (
      <SurveyShell>
        <StateMessage kind={invalid ? "invalid" : "error"} onRetry={invalid ? undefined : () => void survey.refetch()} />
      </SurveyShell>
    );
  }
  const data = survey.data;
  if (!data) return null;
  const reload = () => {
    setSubmitted(false);
    void survey.refetch();
  };
  return (
    <SurveyLocale locale={data.locale}>
      <SurveyShell
        header={data.status === "PENDING" && !submitted ? <LanguagePicker value={data.locale} onChange={setLocale} /> : undefined}
      >
        {submitted ? (
          <StateMessage kind="thanks" />
        ) : data.status === "PENDING" ? (
          <SurveyForm survey={data} token={token} onSubmitted={() => setSubmitted(true)} onClosed={reload} />
        ) : (
          <StateMessage kind={data.status === "COMPLETED" ? "completed" : "expired"} />
        )}
      </SurveyShell>
    </SurveyLocale>
  );
}
