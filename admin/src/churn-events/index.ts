// The ChurnEvent resource: read-only history (churn is logged from a customer's page with logChurn).
import TrendingDownIcon from "@mui/icons-material/TrendingDown";
import { lazy } from "react";
import type { ResourceConfig } from "../resourceConfig.ts";

const churnEvents: ResourceConfig = {
  list: lazy(() => import("./ChurnEventList.tsx")),
  show: lazy(() => import("./ChurnEventShow.tsx")),
  icon: TrendingDownIcon,
  recordRepresentation: (record) => `#${record.id}`,
};

export default churnEvents;
