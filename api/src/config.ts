// The one place configuration is read. Every variable is documented in .env.example.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { type DatabaseTarget, resolveDatabaseUrl } from "@churnstile/prisma/database-url";
import { z } from "zod";

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

const bool = z.enum(["true", "false", "1", "0", ""]).transform((v) => v === "true" || v === "1");

const Env = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z.string().optional(),
  DATA_DIR: z.string().default(path.join(repoRoot, ".data")),
  HOST: z.string().default("127.0.0.1"),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  PUBLIC_URL: z.string().url().optional(),
  SESSION_TTL_HOURS: z.coerce.number().positive().default(12),
  GRAPHIQL: bool.optional(),
  INTROSPECTION: bool.optional(),
  DEMO_DATA: bool.optional(),
  DEMO_CUSTOMERS: z.coerce.number().int().min(0).default(2000),
  HEALTH_REFRESH_HOURS: z.coerce.number().min(0).default(6),
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error"]).default("info"),
});

export type Config = ReturnType<typeof loadConfig>;

/** Parse the environment (plus `.env` at the repository root when present) into typed settings. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env) {
  const envFile = path.join(repoRoot, ".env");
  if (env === process.env && fs.existsSync(envFile)) process.loadEnvFile(envFile);
  const parsed = Env.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid configuration (see .env.example):\n${lines.join("\n")}`);
  }
  const e = parsed.data;
  const dev = e.NODE_ENV !== "production";
  const database: DatabaseTarget = resolveDatabaseUrl(e.DATABASE_URL, path.join(e.DATA_DIR, "pglite"));
  return {
    env: e.NODE_ENV,
    database,
    dataDir: e.DATA_DIR,
    host: e.HOST,
    port: e.PORT,
    publicUrl: e.PUBLIC_URL ?? `http://${e.HOST === "0.0.0.0" ? "localhost" : e.HOST}:${e.PORT}`,
    // links sent to customers (exit surveys) need the address they reach, not the one we listen on: without
    // PUBLIC_URL they use the origin each request came to
    linkBaseUrl: e.PUBLIC_URL ?? null,
    sessionTtlMs: e.SESSION_TTL_HOURS * 3600_000,
    graphiql: e.GRAPHIQL ?? dev,
    introspection: e.INTROSPECTION ?? dev,
    // Demo users have published passwords: loaded into an empty embedded database by default, never
    // into PostgreSQL unless asked for.
    demoData: e.DEMO_DATA ?? database.kind === "pglite",
    demoCustomers: e.DEMO_CUSTOMERS,
    healthRefreshMs: e.HEALTH_REFRESH_HOURS * 3600_000, // 0 = no scheduled refresh
    logLevel: e.LOG_LEVEL,
  };
}
