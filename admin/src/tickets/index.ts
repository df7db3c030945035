// The Ticket resource: support tickets, an early-warning signal when too few or too many.
import ConfirmationNumberIcon from "@mui/icons-material/ConfirmationNumber";
import { lazy } from "react";
import type { ResourceConfig } from "../resourceConfig.ts";

const tickets: ResourceConfig = {
  list: lazy(() => import("./TicketList.tsx")),
  show: lazy(() => import("./TicketShow.tsx")),
  edit: lazy(() => import("./TicketEdit.tsx")),
  create: lazy(() => import("./TicketCreate.tsx")),
  icon: ConfirmationNumberIcon,
  recordRepresentation: "subject",
};

export default tickets;
