import path from "node:path";

/** The embedded database is addressed as postgresql://pglite.localhost/<url-encoded data dir>, so the
 *  Prisma CLI (which only accepts postgres URLs for this provider) and our shim agree on one string. */
export const PGLITE_HOST = "pglite.localhost";

export type DatabaseTarget =
  | { kind: "pglite"; url: string; dataDir: string } // dataDir "memory://" = in-memory
  | { kind: "postgres"; url: string };

/**
 * Resolve DATABASE_URL as users write it: empty → embedded PGlite in `defaultDataDir`;
 * `pglite:<dir>` or `pglite:memory` → embedded; `postgres://…` / `postgresql://…` → PostgreSQL.
 */
export function resolveDatabaseUrl(raw: string | undefined, defaultDataDir: string): DatabaseTarget {
  const value = raw?.trim() ?? "";
  if (value === "" || value.startsWith("pglite:")) {
    const dir = value.replace(/^pglite:(\/\/)?/, "") || defaultDataDir;
    const dataDir = dir === "memory" || dir === "memory://" ? "memory://" : path.resolve(dir);
    return { kind: "pglite", dataDir, url: `postgresql://${PGLITE_HOST}/${encodeURIComponent(dataDir)}` };
  }
  if (!/^postgres(ql)?:\/\//.test(value)) {
    throw new Error(`DATABASE_URL must start with postgres://, postgresql:// or pglite: (got "${value}")`);
  }
  const url = new URL(value);
  if (url.hostname === PGLITE_HOST) {
    return { kind: "pglite", url: value, dataDir: decodeURIComponent(url.pathname.slice(1)) || "memory://" };
  }
  return { kind: "postgres", url: value };
}
