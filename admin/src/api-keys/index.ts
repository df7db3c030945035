// The ApiKey resource (ADMIN only): keys for internal tools and BI; the secret is shown once.
import KeyIcon from "@mui/icons-material/Key";
import { lazy } from "react";
import type { ResourceConfig } from "../resourceConfig.ts";

const apiKeys: ResourceConfig = {
  list: lazy(() => import("./ApiKeyList.tsx")),
  create: lazy(() => import("./ApiKeyCreate.tsx")),
  icon: KeyIcon,
  recordRepresentation: "name",
  access: { read: "admin", create: "admin", edit: "admin" },
};

export default apiKeys;
