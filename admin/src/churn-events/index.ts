// The ChurnEvent resource.
import TrendingDownIcon from "@mui/icons-material/TrendingDown";
import { lazy } from "react";
import type { ResourceConfig } from "../resourceConfig.ts";

const churnEvents: ResourceConfig = {
  list: lazy(() => import("./ChurnEventList.tsx")),
  icon: TrendingDownIcon,
  recordRepresentation: (record) => `#${record.id}`,
};

export default churnEvents;
