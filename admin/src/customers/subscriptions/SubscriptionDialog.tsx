// Start, reprice or end a subscription from the customer's page, in one dialog whose fields follow the command.
// On success every cached query is refreshed (useApiMutation), so the page shows the new MRR and status.
import { Alert, Dialog, DialogActions, DialogContent, DialogTitle, MenuItem, TextField } from "@mui/material";
import { useState } from "react";
import { Button, type RaRecord, useGetList, useTranslate } from "react-admin";
import { ApiErrorAlert } from "../../common/ApiErrorAlert.tsx";
import { useApiMutation, useIdempotencyKey } from "../../data/api.ts";
import { useIntlLocale } from "../../fields/useIntlLocale.ts";
import { formatMoney } from "../../i18n/format.ts";
import { CHANGE_SUBSCRIPTION, dayStart, END_SUBSCRIPTION, START_SUBSCRIPTION, type SubscriptionRow, toMinorUnits } from "./commands.ts";

export type SubscriptionCommand =
  | { kind: "start" }
  | { kind: "change"; row: SubscriptionRow }
  | { kind: "end"; row: SubscriptionRow; lastPaid: boolean };

const DOCUMENTS = { start: START_SUBSCRIPTION, change: CHANGE_SUBSCRIPTION, end: END_SUBSCRIPTION };
const PRODUCTS = { meta: { sparseFields: ["id", "name", "code"] } };

function ProductSelect({ value, onChange }: { value: string; onChange: (id: string) => void }) {
  const translate = useTranslate();
  const { data } = useGetList("Product", {
    filter: { active: true },
    pagination: { page: 1, perPage: 100 },
    sort: { field: "name", order: "ASC" },
    ...PRODUCTS,
  });
  return (
    <TextField
      select
      fullWidth
      required
      margin="dense"
      name="productId"
      label={translate("resources.Subscription.fields.product")}
      value={value}
      onChange={(e) => onChange(e.target.value)}
    >
      {(data ?? []).map((p) => (
        <MenuItem key={p.id} value={String(p.id)}>
          {p.name}
        </MenuItem>
      ))}
    </TextField>
  );
}

export function SubscriptionDialog({
  command,
  customer,
  onClose,
}: {
  command: SubscriptionCommand;
  customer: RaRecord;
  onClose: () => void;
}) {
  const translate = useTranslate();
  const locale = useIntlLocale();
  const [productId, setProductId] = useState("");
  const [amount, setAmount] = useState("");
  const [day, setDay] = useState("");
  const [idempotencyKey] = useIdempotencyKey();
  const run = useApiMutation<unknown, Record<string, unknown>>(DOCUMENTS[command.kind]);
  const currency: string = command.kind === "start" ? customer.currency : command.row.currency;
  const mrrMinor = toMinorUnits(amount, currency);
  const product = command.kind === "start" ? "" : (command.row.product?.name ?? `#${command.row.id}`);
  const input =
    command.kind === "start"
      ? { customerId: customer.id, productId, mrrMinor, startedAt: dayStart(day) }
      : command.kind === "change"
        ? { subscriptionId: command.row.id, mrrMinor, effectiveAt: dayStart(day) }
        : { subscriptionId: command.row.id, endedAt: dayStart(day) };
  const ready = command.kind === "end" || (mrrMinor !== null && (command.kind !== "start" || productId !== ""));
  const dayLabel = command.kind === "start" ? "startedAt" : command.kind === "end" ? "endedAt" : "effectiveAt";
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="xs" aria-labelledby="subscription-dialog-title">
      <DialogTitle id="subscription-dialog-title">{translate(`resources.Subscription.${command.kind}.title`, { product })}</DialogTitle>
      <DialogContent>
        {command.kind === "start" ? <ProductSelect value={productId} onChange={setProductId} /> : null}
        {command.kind === "change" ? (
          <Alert severity="info" sx={{ mb: 1 }}>
            {translate("resources.Subscription.change.current", { mrr: formatMoney(command.row.mrrMinor, currency, locale) })}
          </Alert>
        ) : null}
        {command.kind === "end" && command.lastPaid ? (
          <Alert severity="warning" sx={{ mb: 1 }}>
            {translate("resources.Subscription.end.lastPaid")}
          </Alert>
        ) : null}
        {command.kind !== "end" ? (
          <TextField
            fullWidth
            required
            margin="dense"
            name="mrr"
            type="number"
            inputMode="decimal"
            label={translate("resources.Subscription.form.mrr", { currency })}
            value={amount}
            onChange={(e) => setAmount(e.target.value)}
            error={amount !== "" && mrrMinor === null}
            helperText={amount !== "" && mrrMinor === null ? translate("resources.Subscription.form.mrrInvalid") : undefined}
            slotProps={{ htmlInput: { min: 0, step: "any", dir: "ltr" } }}
          />
        ) : null}
        <TextField
          fullWidth
          margin="dense"
          name="day"
          type="date"
          label={translate(
            dayLabel === "effectiveAt" ? "resources.Subscription.form.effectiveAt" : `resources.Subscription.fields.${dayLabel}`,
          )}
          value={day}
          onChange={(e) => setDay(e.target.value)}
          helperText={translate("resources.Subscription.form.now")}
          slotProps={{ inputLabel: { shrink: true } }}
        />
        <ApiErrorAlert error={run.error} />
      </DialogContent>
      <DialogActions>
        <Button label="ra.action.cancel" onClick={onClose} />
        <Button
          label={`resources.Subscription.${command.kind}.button`}
          variant="contained"
          disabled={!ready || run.isPending}
          onClick={() => run.mutate({ input, idempotencyKey }, { onSuccess: onClose })}
        />
      </DialogActions>
    </Dialog>
  );
}
