// "Send exit-survey link": creates a link with sendExitSurveyLink (in the language picked, the customer's by default)
// and shows it once, with a copy button and its expiry, for staff to send; a mail tool gets it by webhook too.
import ContentCopyIcon from "@mui/icons-material/ContentCopy";
import ForwardToInboxIcon from "@mui/icons-material/ForwardToInbox";
import {
  Alert,
  Box,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  IconButton,
  MenuItem,
  TextField,
  Tooltip,
  Typography,
} from "@mui/material";
import { useState } from "react";
import { Button, useRecordContext, useTranslate } from "react-admin";
import { ApiErrorAlert } from "../common/ApiErrorAlert.tsx";
import { useApiMutation, useIdempotencyKey } from "../data/api.ts";
import { localeChoices } from "../fields/localeChoices.ts";
import { useIntlLocale } from "../fields/useIntlLocale.ts";
import { isLocale } from "../i18n/locales.ts";

const SEND_LINK = `mutation($input: SendExitSurveyLinkInput!, $idempotencyKey: String) {
  sendExitSurveyLink(input: $input, idempotencyKey: $idempotencyKey) { responseId url expiresAt } }`;
type Sent = { sendExitSurveyLink: { responseId: string; url: string; expiresAt: string } };

function LinkDialog({ onClose }: { onClose: () => void }) {
  const customer = useRecordContext();
  const translate = useTranslate();
  const intl = useIntlLocale();
  const [locale, setLocale] = useState<string>(isLocale(customer?.locale) ? customer.locale : "en");
  const [copied, setCopied] = useState(false);
  const [idempotencyKey] = useIdempotencyKey();
  const send = useApiMutation<Sent, Record<string, unknown>>(SEND_LINK);
  const link = send.data?.sendExitSurveyLink;
  if (!customer) return null;
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link?.url ?? "");
      setCopied(true);
    } catch {
      setCopied(false); // no clipboard (plain http): the link can still be selected by hand
    }
  };
  const t = (key: string, options?: object) => translate(`resources.ExitSurveyResponse.link.${key}`, options);
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm" aria-labelledby="survey-link-title">
      <DialogTitle id="survey-link-title">{t("title", { name: customer.name })}</DialogTitle>
      <DialogContent>
        {link ? (
          <>
            <Alert severity="warning" sx={{ mb: 2 }}>
              {t("once")}
            </Alert>
            <Box sx={{ display: "flex", alignItems: "center", gap: 1, p: 1, bgcolor: "action.hover", borderRadius: 1 }}>
              <Box
                component="code"
                dir="ltr"
                data-testid="survey-link-url"
                aria-label={t("url")}
                sx={{ flex: 1, wordBreak: "break-all", userSelect: "all" }}
              >
                {link.url}
              </Box>
              <Tooltip title={t(copied ? "copied" : "copy")}>
                <IconButton onClick={copy} aria-label={t("copy")}>
                  <ContentCopyIcon />
                </IconButton>
              </Tooltip>
            </Box>
            <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
              {t("expires", {
                date: new Intl.DateTimeFormat(intl, { dateStyle: "long", timeZone: "UTC" }).format(new Date(link.expiresAt)),
              })}
            </Typography>
          </>
        ) : (
          <>
            <Typography variant="body2" sx={{ mb: 1 }}>
              {t("intro")}
            </Typography>
            <TextField
              select
              fullWidth
              margin="dense"
              name="locale"
              label={t("locale")}
              value={locale}
              onChange={(e) => setLocale(e.target.value)}
            >
              {localeChoices.map((c) => (
                <MenuItem key={c.id} value={c.id}>
                  {c.name}
                </MenuItem>
              ))}
            </TextField>
            <ApiErrorAlert error={send.error} />
          </>
        )}
      </DialogContent>
      <DialogActions>
        {link ? (
          <Button label="resources.ExitSurveyResponse.link.close" variant="contained" onClick={onClose} />
        ) : (
          <>
            <Button label="ra.action.cancel" onClick={onClose} />
            <Button
              label="resources.ExitSurveyResponse.link.create"
              variant="contained"
              disabled={send.isPending}
              onClick={() => send.mutate({ input: { customerId: customer.id, locale }, idempotencyKey })}
            />
          </>
        )}
      </DialogActions>
    </Dialog>
  );
}

export function SendSurveyLinkButton() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button label="resources.ExitSurveyResponse.link.button" onClick={() => setOpen(true)}>
        <ForwardToInboxIcon />
      </Button>
      {open ? <LinkDialog onClose={() => setOpen(false)} /> : null}
    </>
  );
}
