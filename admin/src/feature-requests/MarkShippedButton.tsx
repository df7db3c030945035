// "Mark shipped": first says how many win-back actions shipping will create (featureShipPreview: one roadmap
// update per customer who left for this feature and is worth winning back), then ships it (shipFeature)
// and reports how many were created. Running it again only adds the actions still missing.
import RocketLaunchIcon from "@mui/icons-material/RocketLaunch";
import { Alert, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from "@mui/material";
import { useState } from "react";
import { Button, useRecordContext, useTranslate } from "react-admin";
import { useCan } from "../auth/permissions.ts";
import { ApiErrorAlert } from "../common/ApiErrorAlert.tsx";
import { LoadingState } from "../common/StateMessages.tsx";
import { useApiMutation, useApiQuery, useIdempotencyKey } from "../data/api.ts";
import { useIntlLocale } from "../fields/useIntlLocale.ts";

const PREVIEW = "query FeatureShipPreview($id: ID!) { featureShipPreview(id: $id) }";
const SHIP = `mutation ShipFeature($id: ID!, $idempotencyKey: String) {
  shipFeature(id: $id, idempotencyKey: $idempotencyKey) { actionsCreated feature { id status shippedAt } }
}`;

function ShipDialog({ id, onClose }: { id: string; onClose: () => void }) {
  const translate = useTranslate();
  const locale = useIntlLocale();
  const [idempotencyKey] = useIdempotencyKey();
  const preview = useApiQuery<{ featureShipPreview: number }>(["featureShipPreview"], PREVIEW, { id });
  const ship = useApiMutation<{ shipFeature: { actionsCreated: number } }, { id: string; idempotencyKey: string }>(SHIP);
  const n = (count: number) => ({ smart_count: count, count: new Intl.NumberFormat(locale).format(count) });
  const created = ship.data?.shipFeature.actionsCreated;
  return (
    <Dialog open onClose={onClose} onClick={(e) => e.stopPropagation()} fullWidth maxWidth="sm">
      <DialogTitle>{translate("resources.FeatureRequest.ship.title")}</DialogTitle>
      <DialogContent>
        {preview.isPending ? <LoadingState /> : null}
        <ApiErrorAlert error={preview.error ?? ship.error} />
        {preview.data && created == null ? (
          <DialogContentText data-testid="ship-preview">
            {translate("resources.FeatureRequest.ship.preview", n(preview.data.featureShipPreview))}
          </DialogContentText>
        ) : null}
        {created != null ? (
          <Alert severity="success" data-testid="ship-result">
            {translate("resources.FeatureRequest.ship.done", n(created))}
          </Alert>
        ) : null}
      </DialogContent>
      <DialogActions>
        <Button label={created == null ? "ra.action.cancel" : "ra.action.close"} onClick={onClose} />
        {created == null ? (
          <Button
            label="resources.FeatureRequest.ship.confirm"
            variant="contained"
            disabled={!preview.data || ship.isPending}
            onClick={() => ship.mutate({ id, idempotencyKey })}
          />
        ) : null}
      </DialogActions>
    </Dialog>
  );
}

export function MarkShippedButton() {
  const record = useRecordContext();
  const canWrite = useCan("write");
  const [open, setOpen] = useState(false);
  if (!record || !canWrite) return null;
  return (
    <>
      <Button
        label={record.status === "SHIPPED" ? "resources.FeatureRequest.ship.again" : "resources.FeatureRequest.ship.button"}
        onClick={(e) => {
          e.stopPropagation();
          setOpen(true);
        }}
      >
        <RocketLaunchIcon />
      </Button>
      {open ? <ShipDialog id={String(record.id)} onClose={() => setOpen(false)} /> : null}
    </>
  );
}
