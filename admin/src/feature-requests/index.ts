// The FeatureRequest resource: missing features, and "mark shipped" that tells every customer who left for one.
import LightbulbIcon from "@mui/icons-material/Lightbulb";
import { lazy } from "react";
import type { ResourceConfig } from "../resourceConfig.ts";

const featureRequests: ResourceConfig = {
  list: lazy(() => import("./FeatureRequestList.tsx")),
  show: lazy(() => import("./FeatureRequestShow.tsx")),
  edit: lazy(() => import("./FeatureRequestForm.tsx").then((m) => ({ default: m.FeatureRequestEdit }))),
  create: lazy(() => import("./FeatureRequestForm.tsx").then((m) => ({ default: m.FeatureRequestCreate }))),
  icon: LightbulbIcon,
  recordRepresentation: "title",
};

export default featureRequests;
