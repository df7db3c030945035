// The active exit-survey template's questions, answered by staff for the customer (on the phone or after
// a conversation). Stored by logChurn as a COMPLETED console response.
import { Stack } from "@mui/material";
import { CheckboxGroupInput, RadioButtonGroupInput, required, SelectInput, TextInput, useLocaleState, useTranslate } from "react-admin";
import { type SurveyQuestion, scaleValues, textIn } from "../../exit-survey-templates/questions.ts";
import { useIntlLocale } from "../../fields/useIntlLocale.ts";

function QuestionInput({ question, reasonCode }: { question: SurveyQuestion; reasonCode?: string }) {
  const [locale] = useLocaleState();
  const intlLocale = useIntlLocale();
  const translate = useTranslate();
  const common = {
    source: `surveyAnswers.${question.id}`,
    label: textIn(question.label, locale),
    validate: question.required ? required() : undefined,
    translateChoice: false,
  };
  const options = (question.options ?? []).map((o) => ({ id: o.value, name: textIn(o.label, locale) }));
  switch (question.kind) {
    case "CHOICE":
      return <RadioButtonGroupInput {...common} choices={options} />;
    case "MULTI":
      return <CheckboxGroupInput {...common} choices={options} />;
    case "SCALE": {
      const digits = new Intl.NumberFormat(intlLocale);
      return (
        <RadioButtonGroupInput
          {...common}
          choices={scaleValues(question).map((n) => ({ id: n, name: digits.format(n) }))}
          parse={(v: string) => (v === "" || v == null ? null : Number(v))}
        />
      );
    }
    case "REASON": {
      const reasons = options.length
        ? options
        : [{ id: reasonCode ?? "", name: translate(`enums.ReasonCode.${reasonCode}`, { _: reasonCode ?? "" }) }];
      return <SelectInput {...common} choices={reasons} defaultValue={reasons.some((r) => r.id === reasonCode) ? reasonCode : undefined} />;
    }
    default: {
      const { translateChoice: _t, ...text } = common;
      return <TextInput {...text} multiline minRows={2} />;
    }
  }
}

export function SurveyInputs({ questions, reasonCode }: { questions: SurveyQuestion[]; reasonCode?: string }) {
  return (
    <Stack>
      {questions.map((q) => (
        <QuestionInput key={q.id} question={q} reasonCode={reasonCode} />
      ))}
    </Stack>
  );
}
