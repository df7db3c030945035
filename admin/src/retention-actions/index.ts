// The RetentionAction resource: the queue of retention and win-back work, with "my queue" at /RetentionAction/queue.
import HandshakeIcon from "@mui/icons-material/Handshake";
import { createElement, lazy } from "react";
import { can } from "../auth/permissions.ts";
import { lazyRoute } from "../common/lazyRoute.ts";
import { EnumField } from "../fields/EnumField.tsx";
import type { ResourceConfig } from "../resourceConfig.ts";

const MyQueue = lazy(() => import("./MyQueue.tsx"));

const retentionActions: ResourceConfig = {
  list: lazy(() => import("./RetentionActionList.tsx")),
  show: lazy(() => import("./RetentionActionShow.tsx")),
  edit: lazy(() => import("./RetentionActionEdit.tsx")),
  create: lazy(() => import("./ScheduleAction.tsx")),
  icon: HandshakeIcon,
  recordRepresentation: createElement(EnumField, { source: "kind", enumName: "ActionKind" }),
  routes: (role) => (can(role, "write") ? lazyRoute("queue", MyQueue) : null),
};

export default retentionActions;
