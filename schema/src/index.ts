// Imports every type file and builds the schema; nothing else lives here.
import { builder } from "./builder.ts";
import "./types/scalars.ts";
import "./types/user.ts";
import "./types/user.mutations.ts";
import "./types/api-key.ts";
import "./types/audit-log.ts";
import "./types/customer.ts";
import "./types/customer.mutations.ts";
import "./types/churn-reason.ts";
import "./types/churn-event.ts";
import "./types/ticket.ts";
import "./types/retention-action.ts";

export const schema = builder.toSchema({ sortSchema: true });
export type { Actor, Context } from "./context.ts";
export { actorFromToken } from "./auth.ts";
