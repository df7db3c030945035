// A template's questions in the console's language: kind, whether required, options or scale range.
import { Box, Chip, List, ListItem, ListItemText, Stack } from "@mui/material";
import { type FieldProps, useFieldValue, useLocaleState, useTranslate } from "react-admin";
import { useIntlLocale } from "../fields/useIntlLocale.ts";
import { isQuestionList, scaleValues, textIn } from "./questions.ts";

export function QuestionsField(props: FieldProps & { source: string }) {
  const value = useFieldValue(props);
  const [locale] = useLocaleState();
  const intlLocale = useIntlLocale();
  const translate = useTranslate();
  if (!isQuestionList(value)) return null;
  const digits = new Intl.NumberFormat(intlLocale);
  return (
    <List dense disablePadding>
      {value.map((q, i) => (
        <ListItem key={q.id} disableGutters alignItems="flex-start">
          <ListItemText
            primary={`${digits.format(i + 1)}. ${textIn(q.label, locale)}`}
            secondary={
              <Stack component="span" spacing={0.5} sx={{ mt: 0.5 }}>
                <Box component="span" sx={{ display: "flex", gap: 0.5, flexWrap: "wrap" }}>
                  <Chip size="small" label={translate(`enums.QuestionKind.${q.kind}`, { _: q.kind })} />
                  {q.required ? (
                    <Chip size="small" color="primary" variant="outlined" label={translate("resources.ExitSurveyTemplate.required")} />
                  ) : null}
                </Box>
                {q.kind === "SCALE" ? (
                  <span>
                    {scaleValues(q)
                      .map((n) => digits.format(n))
                      .join(" · ")}
                  </span>
                ) : null}
                {q.options?.length ? <span>{q.options.map((o) => textIn(o.label, locale)).join(" · ")}</span> : null}
              </Stack>
            }
            slotProps={{ secondary: { component: "div" } }}
          />
        </ListItem>
      ))}
    </List>
  );
}
