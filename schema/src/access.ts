// Who may do what, in one place, so every root field names a rule instead of repeating role lists.
import type { Role } from "@churnstile/prisma";

const ALL_ROLES: Role[] = ["ADMIN", "MANAGER", "AGENT", "ANALYST"];
const WRITERS: Role[] = ["ADMIN", "MANAGER", "AGENT"];

/** Read any business entity: every staff role, or an API key with `read`. */
export const canRead = { $any: { role: ALL_ROLES, apiScope: "read" } } as const;
/** Create/update business entities: staff except ANALYST, or an API key with `write`. */
export const canWrite = { $any: { role: WRITERS, apiScope: "write" } } as const;
/** Log churn and its commands: writers, or an API key with `write:churn` or the broader `write`. */
export const canWriteChurn = { $any: { role: WRITERS, apiScope: "write:churn", $any: { apiScope: "write" } } } as const;
/** Configuration that managers also maintain (reason catalogue, playbooks, survey and message templates). */
export const configWriters = { role: ["ADMIN", "MANAGER"] as Role[] } as const;
/** Delete, configuration, users, keys and the audit log: ADMIN only. */
export const adminOnly = { role: ["ADMIN"] as Role[] } as const;
/** Read metrics: ANALYST and above, or an API key with `metrics`. */
export const canReadMetrics = { $any: { role: ALL_ROLES, apiScope: "metrics" } } as const;
