// The customer's subscriptions (product, MRR, started, ended), newest first, with the commands that change them for
// the roles that may write: start one, change the MRR of a running one, end one.
import AddIcon from "@mui/icons-material/Add";
import { Card, CardContent, CardHeader, Table, TableBody, TableCell, TableHead, TableRow } from "@mui/material";
import { useState } from "react";
import { Button, useGetList, useRecordContext, useTranslate } from "react-admin";
import { useCan } from "../../auth/permissions.ts";
import { EmptyState, LoadingState } from "../../common/StateMessages.tsx";
import { useIntlLocale } from "../../fields/useIntlLocale.ts";
import { formatMoney } from "../../i18n/format.ts";
import type { SubscriptionRow } from "./commands.ts";
import { type SubscriptionCommand, SubscriptionDialog } from "./SubscriptionDialog.tsx";

const FIELDS = ["id", "mrrMinor", "currency", "startedAt", "endedAt", { product: ["id", "name"] }];
const DATE = { dateStyle: "medium", timeZone: "UTC" } as const;

export function CustomerSubscriptions() {
  const customer = useRecordContext();
  const translate = useTranslate();
  const locale = useIntlLocale();
  const canWrite = useCan("write");
  const [command, setCommand] = useState<SubscriptionCommand | null>(null);
  const { data, isPending } = useGetList<SubscriptionRow & { id: string }>("Subscription", {
    filter: { customerId: customer?.id },
    pagination: { page: 1, perPage: 50 },
    sort: { field: "startedAt", order: "DESC" },
    meta: { sparseFields: FIELDS },
  });
  if (!customer) return null;
  const rows = data ?? [];
  const running = rows.filter((r) => r.endedAt == null);
  const date = (iso: string | null) => (iso ? new Intl.DateTimeFormat(locale, DATE).format(new Date(iso)) : "—");
  const f = (field: string) => translate(`resources.Subscription.fields.${field}`);
  return (
    <Card variant="outlined">
      <CardHeader
        title={translate("resources.Subscription.section.title")}
        titleTypographyProps={{ variant: "h6", component: "h2" }}
        action={
          canWrite ? (
            <Button label="resources.Subscription.start.button" onClick={() => setCommand({ kind: "start" })}>
              <AddIcon />
            </Button>
          ) : null
        }
      />
      <CardContent sx={{ pt: 0 }}>
        {isPending ? (
          <LoadingState />
        ) : rows.length === 0 ? (
          <EmptyState message="resources.Subscription.section.empty" />
        ) : (
          <Table size="small" aria-label={translate("resources.Subscription.section.title")}>
            <TableHead>
              <TableRow>
                <TableCell>{f("product")}</TableCell>
                <TableCell align="right">{f("mrrMinor")}</TableCell>
                <TableCell>{f("startedAt")}</TableCell>
                <TableCell>{f("endedAt")}</TableCell>
                {canWrite ? <TableCell /> : null}
              </TableRow>
            </TableHead>
            <TableBody>
              {rows.map((row) => (
                <TableRow key={row.id} data-subscription={row.id}>
                  <TableCell sx={{ unicodeBidi: "plaintext" }}>{row.product?.name ?? "—"}</TableCell>
                  <TableCell align="right">{formatMoney(row.mrrMinor, row.currency, locale)}</TableCell>
                  <TableCell>{date(row.startedAt)}</TableCell>
                  <TableCell>{date(row.endedAt)}</TableCell>
                  {canWrite ? (
                    <TableCell align="right" sx={{ whiteSpace: "nowrap" }}>
                      {row.endedAt == null ? (
                        <>
                          <Button label="resources.Subscription.change.button" onClick={() => setCommand({ kind: "change", row })} />
                          <Button
                            label="resources.Subscription.end.button"
                            color="error"
                            onClick={() =>
                              setCommand({
                                kind: "end",
                                row,
                                lastPaid: row.mrrMinor > 0 && running.every((r) => r.id === row.id || r.mrrMinor === 0),
                              })
                            }
                          />
                        </>
                      ) : null}
                    </TableCell>
                  ) : null}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </CardContent>
      {command ? <SubscriptionDialog command={command} customer={customer} onClose={() => setCommand(null)} /> : null}
    </Card>
  );
}
