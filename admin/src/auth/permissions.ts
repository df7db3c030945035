// What each role may do in the console, mirroring the API's rules (schema/src/access.ts):
// read — every role; write — ADMIN, MANAGER, AGENT; config (reasons, playbooks, templates) — ADMIN, MANAGER;
// admin (delete, users, API keys, audit log) — ADMIN. What a role may not do is not offered.
import { usePermissions } from "react-admin";
import type { Role } from "./session.ts";

export type AccessLevel = "read" | "write" | "config" | "admin";

const ROLES_BY_LEVEL: Record<AccessLevel, readonly Role[]> = {
  read: ["ADMIN", "MANAGER", "AGENT", "ANALYST"],
  write: ["ADMIN", "MANAGER", "AGENT"],
  config: ["ADMIN", "MANAGER"],
  admin: ["ADMIN"],
};

export const can = (role: unknown, level: AccessLevel): boolean =>
  typeof role === "string" && (ROLES_BY_LEVEL[level] as readonly string[]).includes(role);

export const canWrite = (role: unknown): boolean => can(role, "write");

/** True once the role is known and reaches the level; false while loading, so no forbidden button flashes up. */
export function useCan(level: AccessLevel): boolean {
  const { permissions, isPending } = usePermissions<Role>();
  return !isPending && can(permissions, level);
}

export const useCanWrite = (): boolean => useCan("write");
