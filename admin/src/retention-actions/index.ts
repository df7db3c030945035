// The RetentionAction resource: the queue of retention and win-back work.
import HandshakeIcon from "@mui/icons-material/Handshake";
import { createElement, lazy } from "react";
import { EnumField } from "../fields/EnumField.tsx";
import type { ResourceConfig } from "../resourceConfig.ts";

const retentionActions: ResourceConfig = {
  list: lazy(() => import("./RetentionActionList.tsx")),
  icon: HandshakeIcon,
  recordRepresentation: createElement(EnumField, { source: "kind", enumName: "ActionKind" }),
};

export default retentionActions;
