// One exit-survey question as the customer answers it: a choice of reasons or options, several options,
// a scale of whole numbers, or free text.
import { Checkbox, FormControl, FormControlLabel, FormGroup, FormHelperText, FormLabel, Radio, RadioGroup, TextField } from "@mui/material";
import type { Answer, SurveyQuestion } from "./api.ts";

export interface QuestionFieldProps {
  question: SurveyQuestion;
  value: Answer | undefined;
  onChange: (value: Answer | undefined) => void;
  error?: string;
  /** Formats scale numbers in the survey's language. */
  formatNumber: (n: number) => string;
}

const MAX_TEXT = 4000;

function Choices({ question, value, onChange, formatNumber }: QuestionFieldProps) {
  if (question.kind === "MULTI") {
    const chosen = Array.isArray(value) ? value : [];
    const toggle = (option: string, on: boolean) => {
      const next = on ? [...chosen, option] : chosen.filter((v) => v !== option);
      onChange(next.length > 0 ? next : undefined);
    };
    return (
      <FormGroup>
        {question.options.map((o) => (
          <FormControlLabel
            key={o.value}
            label={o.label}
            control={<Checkbox checked={chosen.includes(o.value)} onChange={(e) => toggle(o.value, e.target.checked)} />}
          />
        ))}
      </FormGroup>
    );
  }
  if (question.kind === "SCALE") {
    const min = question.min ?? 1;
    const max = question.max ?? 5;
    const steps = Array.from({ length: Math.max(0, max - min + 1) }, (_, i) => min + i);
    return (
      <RadioGroup row value={typeof value === "number" ? String(value) : ""} onChange={(e) => onChange(Number(e.target.value))}>
        {steps.map((n) => (
          <FormControlLabel
            key={n}
            value={String(n)}
            control={<Radio />}
            label={formatNumber(n)}
            labelPlacement="bottom"
            sx={{ mx: 0.5 }}
          />
        ))}
      </RadioGroup>
    );
  }
  return (
    <RadioGroup value={typeof value === "string" ? value : ""} onChange={(e) => onChange(e.target.value)}>
      {question.options.map((o) => (
        <FormControlLabel key={o.value} value={o.value} control={<Radio />} label={o.label} />
      ))}
    </RadioGroup>
  );
}

export function QuestionField(props: QuestionFieldProps) {
  const { question, value, onChange, error } = props;
  const labelId = `q-${question.id}-label`;
  if (question.kind === "TEXT") {
    return (
      <TextField
        id={`q-${question.id}`}
        name={question.id}
        label={question.label}
        required={question.required}
        multiline
        minRows={3}
        fullWidth
        value={typeof value === "string" ? value : ""}
        onChange={(e) => onChange(e.target.value === "" ? undefined : e.target.value)}
        error={Boolean(error)}
        helperText={error}
        slotProps={{ htmlInput: { maxLength: MAX_TEXT } }}
      />
    );
  }
  return (
    <FormControl
      component="fieldset"
      id={`q-${question.id}`}
      tabIndex={-1}
      error={Boolean(error)}
      required={question.required}
      data-question={question.id}
    >
      <FormLabel component="legend" id={labelId} sx={{ mb: 0.5, color: "text.primary" }}>
        {question.label}
      </FormLabel>
      <Choices {...props} />
      {error && <FormHelperText>{error}</FormHelperText>}
    </FormControl>
  );
}
