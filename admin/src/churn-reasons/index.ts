// The ChurnReason resource: the catalogue of reasons, each with its mitigation owner (configured by ADMIN, MANAGER).
import CategoryIcon from "@mui/icons-material/Category";
import { createElement, lazy } from "react";
import { EnumField } from "../fields/EnumField.tsx";
import type { ResourceConfig } from "../resourceConfig.ts";

const churnReasons: ResourceConfig = {
  list: lazy(() => import("./ChurnReasonList.tsx")),
  edit: lazy(() => import("./ChurnReasonEdit.tsx")),
  create: lazy(() => import("./ChurnReasonCreate.tsx")),
  icon: CategoryIcon,
  recordRepresentation: createElement(EnumField, { source: "code", enumName: "ReasonCode" }),
  access: { create: "config", edit: "config" },
};

export default churnReasons;
