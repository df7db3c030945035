// The Subscription resource: a read-only list (subscriptions are started, repriced and ended on the customer's page).
import AutorenewIcon from "@mui/icons-material/Autorenew";
import { lazy } from "react";
import type { ResourceConfig } from "../resourceConfig.ts";

const subscriptions: ResourceConfig = {
  list: lazy(() => import("./SubscriptionList.tsx")),
  icon: AutorenewIcon,
  recordRepresentation: (record) => `#${record.id}`,
};

export default subscriptions;
