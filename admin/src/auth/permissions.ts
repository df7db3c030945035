// What each role may do in the console. ANALYST reads only: no create, edit or delete anywhere.
import { usePermissions } from "react-admin";
import type { Role } from "./session.ts";

export const canWrite = (role: unknown): boolean => typeof role === "string" && role !== "ANALYST";

/** True once the role is known and allows writes; false while loading, so no write button flashes up for analysts. */
export function useCanWrite(): boolean {
  const { permissions, isPending } = usePermissions<Role>();
  return !isPending && canWrite(permissions);
}
