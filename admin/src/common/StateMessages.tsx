// Loading and empty states for panels that are not react-admin lists, in the user's language.
import { Box, CircularProgress, Typography } from "@mui/material";
import { useTranslate } from "react-admin";

export function LoadingState() {
  const translate = useTranslate();
  return (
    <Box sx={{ display: "flex", alignItems: "center", gap: 1, py: 2 }} role="status">
      <CircularProgress size={18} />
      <Typography variant="body2" color="text.secondary">
        {translate("ra.page.loading")}
      </Typography>
    </Box>
  );
}

export function EmptyState({ message }: { message: string }) {
  const translate = useTranslate();
  return (
    <Typography variant="body2" color="text.secondary" sx={{ py: 2 }}>
      {translate(message)}
    </Typography>
  );
}
