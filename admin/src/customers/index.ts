// The Customer resource, with the log-churn screen at /Customer/:id/churn for the roles that may log churn.
import PeopleIcon from "@mui/icons-material/People";
import { lazy } from "react";
import { can } from "../auth/permissions.ts";
import { lazyRoute } from "../common/lazyRoute.ts";
import type { ResourceConfig } from "../resourceConfig.ts";

const LogChurnPage = lazy(() => import("./log-churn/LogChurnPage.tsx"));

const customers: ResourceConfig = {
  list: lazy(() => import("./CustomerList.tsx")),
  show: lazy(() => import("./CustomerShow.tsx")),
  edit: lazy(() => import("./CustomerEdit.tsx")),
  create: lazy(() => import("./CustomerCreate.tsx")),
  icon: PeopleIcon,
  recordRepresentation: "name",
  routes: (role) => (can(role, "write") ? lazyRoute(":id/churn", LogChurnPage) : null),
};

export default customers;
