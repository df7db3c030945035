// The ChurnReason resource: the catalogue of reasons, each with its mitigation owner.
import CategoryIcon from "@mui/icons-material/Category";
import { createElement, lazy } from "react";
import { EnumField } from "../fields/EnumField.tsx";
import type { ResourceConfig } from "../resourceConfig.ts";

const churnReasons: ResourceConfig = {
  list: lazy(() => import("./ChurnReasonList.tsx")),
  icon: CategoryIcon,
  recordRepresentation: createElement(EnumField, { source: "code", enumName: "ReasonCode" }),
};

export default churnReasons;
