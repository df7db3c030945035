// The new key's secret, shown once with a copy button; closing the dialog leaves it behind for good.
import ContentCopyIcon from "@mui/icons-material/ContentCopy";
import { Alert, Box, Dialog, DialogActions, DialogContent, DialogTitle, IconButton, Tooltip } from "@mui/material";
import { useState } from "react";
import { Button, useCreatePath, useNavigate, useTranslate } from "react-admin";

export function SecretDialog({ secret, name }: { secret: string; name: string }) {
  const translate = useTranslate();
  const navigate = useNavigate();
  const createPath = useCreatePath();
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(secret);
      setCopied(true);
    } catch {
      setCopied(false); // no clipboard (plain http): the text can still be selected by hand
    }
  };
  return (
    <Dialog open fullWidth maxWidth="sm" aria-labelledby="api-key-secret-title">
      <DialogTitle id="api-key-secret-title">{translate("resources.ApiKey.secret.title", { name })}</DialogTitle>
      <DialogContent>
        <Alert severity="warning" sx={{ mb: 2 }}>
          {translate("resources.ApiKey.secret.once")}
        </Alert>
        <Box sx={{ display: "flex", alignItems: "center", gap: 1, p: 1, bgcolor: "action.hover", borderRadius: 1 }}>
          <Box component="code" dir="ltr" data-testid="api-key-secret" sx={{ flex: 1, wordBreak: "break-all", userSelect: "all" }}>
            {secret}
          </Box>
          <Tooltip title={translate(copied ? "resources.ApiKey.secret.copied" : "resources.ApiKey.secret.copy")}>
            <IconButton onClick={copy} aria-label={translate("resources.ApiKey.secret.copy")}>
              <ContentCopyIcon />
            </IconButton>
          </Tooltip>
        </Box>
      </DialogContent>
      <DialogActions>
        <Button
          label="resources.ApiKey.secret.done"
          variant="contained"
          onClick={() => navigate(createPath({ resource: "ApiKey", type: "list" }))}
        />
      </DialogActions>
    </Dialog>
  );
}
