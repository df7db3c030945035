// The Segment resource: groups of customers, DYNAMIC (a rule) or STATIC (a member list).
import GroupWorkIcon from "@mui/icons-material/GroupWork";
import { lazy } from "react";
import type { ResourceConfig } from "../resourceConfig.ts";

const segments: ResourceConfig = {
  list: lazy(() => import("./SegmentList.tsx")),
  show: lazy(() => import("./SegmentShow.tsx")),
  edit: lazy(() => import("./SegmentEdit.tsx")),
  create: lazy(() => import("./SegmentCreate.tsx")),
  icon: GroupWorkIcon,
  recordRepresentation: "name",
};

export default segments;
