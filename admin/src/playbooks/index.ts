// The Playbook resource: what to do automatically when a churn is logged, a payment fails, a feature ships…
import MenuBookIcon from "@mui/icons-material/MenuBook";
import { lazy } from "react";
import type { ResourceConfig } from "../resourceConfig.ts";

const playbooks: ResourceConfig = {
  list: lazy(() => import("./PlaybookList.tsx")),
  show: lazy(() => import("./PlaybookShow.tsx")),
  edit: lazy(() => import("./PlaybookEdit.tsx")),
  create: lazy(() => import("./PlaybookCreate.tsx")),
  icon: MenuBookIcon,
  recordRepresentation: "name",
  access: { create: "config", edit: "config" },
};

export default playbooks;
