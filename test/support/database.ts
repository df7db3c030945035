// Each test file gets its own database: an in-memory PGlite, or a fresh PostgreSQL database that is
// dropped afterwards. PostgreSQL comes from TEST_DATABASE_URL (default 127.0.0.1:5432, trust auth) and
// is required when CI is set; elsewhere its tests are skipped with a notice if it cannot be reached.
import { randomBytes } from "node:crypto";
import { type Database, openDatabase, pgConfigFromUrl, resolveDatabaseUrl } from "@churnstile/prisma";
import { migrateDeploy } from "@churnstile/prisma/migrate";
import pg from "pg";

export type DbKind = "pglite" | "postgres";

const adminUrl = process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";

async function postgresReachable(): Promise<boolean> {
  const client = new pg.Client({ ...pgConfigFromUrl(adminUrl), connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    return true;
  } catch (e) {
    if (process.env.CI) throw new Error(`PostgreSQL is required in CI but ${adminUrl} is unreachable: ${(e as Error).message}`);
    console.warn(`PostgreSQL tests skipped: ${adminUrl} unreachable (${(e as Error).message})`);
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

/** The database kinds this run tests against (`TEST_DB=pglite|postgres` narrows it). */
export const dbKinds: DbKind[] = await (async () => {
  const only = process.env.TEST_DB as DbKind | undefined;
  const kinds: DbKind[] = only ? [only] : ["pglite", "postgres"];
  if (kinds.includes("postgres") && !(await postgresReachable())) return kinds.filter((k) => k !== "postgres");
  return kinds;
})();

export interface TestDatabase extends Database {
  kind: DbKind;
  /** Every SQL statement Prisma sent, in order (clear it before the request you measure). */
  sql: string[];
  drop: () => Promise<void>;
}

async function withAdmin<T>(fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client(pgConfigFromUrl(adminUrl));
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** A migrated, empty database of the given kind. */
export async function createTestDatabase(kind: DbKind): Promise<TestDatabase> {
  const sql: string[] = [];
  const onQuery = (s: string) => sql.push(s);
  let name: string | undefined;
  let db: Database;
  if (kind === "pglite") {
    db = await openDatabase(resolveDatabaseUrl("pglite:memory", ""), { onQuery });
  } else {
    name = `churnstile_test_${randomBytes(6).toString("hex")}`;
    await withAdmin((c) => c.query(`CREATE DATABASE "${name}"`));
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    db = await openDatabase(resolveDatabaseUrl(url.toString(), ""), { onQuery, poolSize: 5 });
  }
  await migrateDeploy(await db.migrationAdapter());
  sql.length = 0;
  return {
    ...db,
    kind,
    sql,
    drop: async () => {
      await db.close();
      if (name) await withAdmin((c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
    },
  };
}
