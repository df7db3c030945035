// Why the health score is what it is: each factor's value and its contribution out of its weight
// (shown when the API exposes Customer.healthFactors).
import { Box, Card, CardContent, CardHeader, LinearProgress, Table, TableBody, TableCell, TableHead, TableRow } from "@mui/material";
import { useRecordContext, useTranslate } from "react-admin";
import { useIntlLocale } from "../fields/useIntlLocale.ts";

interface Factor {
  factor: string;
  value: number | null;
  weight: number;
  contribution: number;
}

const isFactorList = (v: unknown): v is Factor[] => Array.isArray(v) && v.every((f) => typeof f?.factor === "string");

export function HealthFactors() {
  const record = useRecordContext();
  const translate = useTranslate();
  const locale = useIntlLocale();
  const factors = record?.healthFactors;
  if (!isFactorList(factors) || factors.length === 0) return null;
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const sorted = [...factors].sort((a, b) => b.weight - b.contribution - (a.weight - a.contribution));
  return (
    <Card variant="outlined">
      <CardHeader title={translate("resources.Customer.health.title")} titleTypographyProps={{ variant: "h6" }} />
      <CardContent sx={{ pt: 0 }}>
        <Table size="small">
          <TableHead>
            <TableRow>
              <TableCell>{translate("resources.Customer.health.factor")}</TableCell>
              <TableCell align="right">{translate("resources.Customer.health.value")}</TableCell>
              <TableCell>{translate("resources.Customer.health.contribution")}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {sorted.map((f) => (
              <TableRow key={f.factor}>
                <TableCell>{translate(`enums.HealthFactor.${f.factor}`, { _: f.factor })}</TableCell>
                <TableCell align="right">{f.value == null ? "—" : number.format(f.value)}</TableCell>
                <TableCell sx={{ minWidth: 180 }}>
                  <Box sx={{ display: "flex", alignItems: "center", gap: 1 }}>
                    <LinearProgress
                      variant="determinate"
                      value={f.weight ? (100 * f.contribution) / f.weight : 0}
                      color={f.contribution < f.weight / 2 ? "error" : "success"}
                      sx={{ flex: 1 }}
                    />
                    <span>
                      {translate("resources.Customer.health.of", { value: number.format(f.contribution), weight: number.format(f.weight) })}
                    </span>
                  </Box>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </CardContent>
    </Card>
  );
}
