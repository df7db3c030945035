// The AuditLog resource (ADMIN only, read-only): who changed what, and when.
import HistoryIcon from "@mui/icons-material/History";
import { lazy } from "react";
import type { ResourceConfig } from "../resourceConfig.ts";

const auditLogs: ResourceConfig = {
  list: lazy(() => import("./AuditLogList.tsx")),
  show: lazy(() => import("./AuditLogShow.tsx")),
  icon: HistoryIcon,
  recordRepresentation: (record) => `${record.entity} ${record.entityId}`,
  access: { read: "admin" },
};

export default auditLogs;
