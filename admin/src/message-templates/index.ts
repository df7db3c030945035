// The MessageTemplate resource: messages per kind and language, with a preview filled for a real customer.
import MailIcon from "@mui/icons-material/Mail";
import { lazy } from "react";
import type { ResourceConfig } from "../resourceConfig.ts";

const messageTemplates: ResourceConfig = {
  list: lazy(() => import("./MessageTemplateList.tsx")),
  show: lazy(() => import("./MessageTemplateShow.tsx")),
  edit: lazy(() => import("./MessageTemplateForm.tsx").then((m) => ({ default: m.MessageTemplateEdit }))),
  create: lazy(() => import("./MessageTemplateForm.tsx").then((m) => ({ default: m.MessageTemplateCreate }))),
  icon: MailIcon,
  recordRepresentation: "subject",
  access: { create: "config", edit: "config" },
};

export default messageTemplates;
