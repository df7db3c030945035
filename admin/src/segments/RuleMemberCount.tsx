// The live member count of the rule being edited: the draft is sent to the API (segmentRuleMemberCount), which
// validates it exactly as saving would and counts the customers it matches now.
import PeopleIcon from "@mui/icons-material/People";
import { Alert, Box, CircularProgress, Typography } from "@mui/material";
import { useEffect, useState } from "react";
import { useTranslate } from "react-admin";
import { ApiErrorAlert } from "../common/ApiErrorAlert.tsx";
import { useApiQuery } from "../data/api.ts";
import { useIntlLocale } from "../fields/useIntlLocale.ts";
import { parseRule } from "./ruleText.ts";

const COUNT = "query SegmentRuleMemberCount($rule: JSON!) { segmentRuleMemberCount(rule: $rule) }";

function useDebounced<T>(value: T, ms: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return debounced;
}

export function RuleMemberCount({ ruleText }: { ruleText: string }) {
  const translate = useTranslate();
  const locale = useIntlLocale();
  const text = useDebounced(ruleText, 400);
  const parsed = parseRule(text);
  const rule = parsed.ok ? parsed.rule : null;
  const count = useApiQuery<{ segmentRuleMemberCount: number }>(["segmentRuleMemberCount"], COUNT, { rule }, { enabled: rule != null });
  if (!parsed.ok) return <Alert severity="warning">{translate("resources.Segment.rule.invalidJson")}</Alert>;
  if (count.error) return <ApiErrorAlert error={count.error} />;
  return (
    <Box sx={{ display: "flex", alignItems: "center", gap: 1, py: 1 }} aria-live="polite">
      <PeopleIcon color="primary" />
      {count.isFetching ? <CircularProgress size={16} /> : null}
      <Typography data-testid="segment-live-count">
        {count.data
          ? translate("resources.Segment.rule.matches", {
              smart_count: count.data.segmentRuleMemberCount,
              count: new Intl.NumberFormat(locale).format(count.data.segmentRuleMemberCount),
            })
          : translate("ra.page.loading")}
      </Typography>
    </Box>
  );
}
