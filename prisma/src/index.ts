// The one Prisma client factory: PGlite (embedded, in-process) or PostgreSQL, chosen by the resolved
// DATABASE_URL. Both speak the same dialect, so one migration history and one set of raw SQL serve both.
import type { PGlite } from "@electric-sql/pglite";
import type { SqlDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import type { PoolConfig } from "pg";
import { parse } from "pg-connection-string";
import { PrismaClient } from "../generated/client.ts";
import type { DatabaseTarget } from "./database-url.ts";

export * from "../generated/client.ts";
export { type DatabaseTarget, resolveDatabaseUrl } from "./database-url.ts";

export interface Database {
  target: DatabaseTarget;
  prisma: PrismaClient;
  /** A factory for the migration runner: one connection on PostgreSQL (the advisory lock must hold). */
  migrationAdapter: () => Promise<SqlDriverAdapterFactory>;
  /** The in-process PGlite instance, for bulk loads (COPY) on the embedded database. */
  pglite?: PGlite;
  /** node-postgres settings, for bulk loads (COPY) on PostgreSQL. */
  pgConfig?: PoolConfig;
  close: () => Promise<void>;
}

export interface OpenOptions {
  /** Called with every SQL statement Prisma sends (tests count them to catch N+1 regressions). */
  onQuery?: (sql: string) => void;
  poolSize?: number;
}

/** Connection settings from a URL, built field by field: node-postgres lets a connectionString override `database`. */
export function pgConfigFromUrl(url: string): PoolConfig {
  const { database, host, port, user, password, ssl } = parse(url);
  return {
    database: database ?? undefined,
    host: host ?? undefined,
    port: Number(port ?? 5432),
    user,
    password: password ?? undefined,
    ssl: ssl ? (ssl as PoolConfig["ssl"]) : undefined,
  };
}

export async function openDatabase(target: DatabaseTarget, options: OpenOptions = {}): Promise<Database> {
  let adapter: SqlDriverAdapterFactory;
  let migrationAdapter: Database["migrationAdapter"];
  let pglite: PGlite | undefined;
  let pgConfig: PoolConfig | undefined;
  if (target.kind === "pglite") {
    const { PGlite } = await import("@electric-sql/pglite");
    const { PrismaPGlite } = await import("pglite-prisma-adapter");
    if (target.dataDir !== "memory://") (await import("node:fs")).mkdirSync(target.dataDir, { recursive: true });
    const client = await PGlite.create(target.dataDir);
    pglite = client;
    adapter = new PrismaPGlite(client);
    migrationAdapter = async () => new PrismaPGlite(client);
  } else {
    const { PrismaPg } = await import("@prisma/adapter-pg");
    pgConfig = pgConfigFromUrl(target.url);
    const cfg = pgConfig;
    adapter = new PrismaPg({ ...cfg, max: options.poolSize ?? 10 });
    migrationAdapter = async () => new PrismaPg({ ...cfg, max: 1 });
  }
  const prisma = new PrismaClient({ adapter, log: options.onQuery ? [{ emit: "event", level: "query" }] : [] });
  if (options.onQuery) {
    const onQuery = options.onQuery;
    (prisma as unknown as { $on: (e: "query", cb: (q: { query: string }) => void) => void }).$on("query", (q) => onQuery(q.query));
  }
  return {
    target,
    prisma,
    migrationAdapter,
    pglite,
    pgConfig,
    close: async () => {
      await prisma.$disconnect();
      await pglite?.close(); // $disconnect does not close PGlite, and an open one keeps Node alive
    },
  };
}
