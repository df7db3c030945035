// Opens the log-churn screen for the customer on show.
import TrendingDownIcon from "@mui/icons-material/TrendingDown";
import { Button, LinkBase, useCreatePath, useRecordContext } from "react-admin";

export function LogChurnButton() {
  const record = useRecordContext();
  const createPath = useCreatePath();
  if (!record) return null;
  const to = `${createPath({ resource: "Customer", type: "list" })}/${encodeURIComponent(String(record.id))}/churn`;
  return (
    <Button component={LinkBase} to={to} label="resources.ChurnEvent.log.button" color="error">
      <TrendingDownIcon />
    </Button>
  );
}
