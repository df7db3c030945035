// A 0-100 health score as a chip coloured by band (at risk below the active model's threshold), in local digits.
import { Chip } from "@mui/material";
import { type FieldProps, useFieldValue, useTranslate } from "react-admin";
import { useAtRiskBelow } from "./useHealthBands.ts";
import { useIntlLocale } from "./useIntlLocale.ts";

export function HealthScoreField(props: FieldProps & { source: string }) {
  const score = useFieldValue(props);
  const atRiskBelow = useAtRiskBelow();
  const locale = useIntlLocale();
  const translate = useTranslate();
  if (typeof score !== "number") return null;
  const atRisk = score < atRiskBelow;
  return (
    <Chip
      size="small"
      variant={atRisk ? "filled" : "outlined"}
      color={atRisk ? "error" : "success"}
      label={new Intl.NumberFormat(locale).format(score)}
      title={translate(atRisk ? "enums.HealthBand.AT_RISK" : "enums.HealthBand.HEALTHY")}
    />
  );
}
