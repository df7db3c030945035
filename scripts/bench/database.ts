// The benchmark's own PostgreSQL database: created when missing, migrated with the project's migration runner,
// and marked (AppSetting "benchLoad") once a load finished, so a second run with the same size skips loading.
import { type Database, openDatabase, pgConfigFromUrl, resolveDatabaseUrl } from "@churnstile/prisma";
import { migrateDeploy } from "@churnstile/prisma/migrate";
import pg from "pg";

export const DEFAULT_BENCH_URL = "postgres://postgres@127.0.0.1:5432/churnstile_bench";
/** Bump when the generated data changes shape, so older loads are replaced. */
export const LOAD_VERSION = 1;
export const MARKER_KEY = "benchLoad";

export interface LoadMarker {
  version: number;
  customers: number;
  anchor: string;
  rows: Record<string, number>;
  loadSeconds: number;
}

const dbName = (url: string) => decodeURIComponent(new URL(url).pathname.slice(1));

async function withMaintenance<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const admin = new URL(url);
  admin.pathname = "/postgres";
  const client = new pg.Client(pgConfigFromUrl(admin.toString()));
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export async function ensureDatabase(url: string): Promise<void> {
  const name = dbName(url);
  await withMaintenance(url, async (c) => {
    const { rowCount } = await c.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (!rowCount) await c.query(`CREATE DATABASE "${name.replaceAll('"', '""')}"`);
  });
}

/** Drops and re-creates the database; only one whose name says it is a benchmark database. */
export async function recreateDatabase(url: string): Promise<void> {
  const name = dbName(url);
  if (!name.includes("bench")) throw new Error(`refusing to drop database "${name}": its name does not contain "bench"`);
  await withMaintenance(url, (c) => c.query(`DROP DATABASE IF EXISTS "${name.replaceAll('"', '""')}" WITH (FORCE)`));
  await ensureDatabase(url);
}

/** Opens the database and applies pending migrations (e.g. a new index on an existing load); returns their names. */
export async function openMigrated(url: string): Promise<{ db: Database; applied: string[] }> {
  const db = await openDatabase(resolveDatabaseUrl(url, ""), { poolSize: 4 });
  const applied = await migrateDeploy(await db.migrationAdapter(), undefined, console.log);
  return { db, applied };
}

export async function readMarker(db: Database): Promise<LoadMarker | null> {
  const row = await db.prisma.appSetting.findUnique({ where: { key: MARKER_KEY } });
  return (row?.value as LoadMarker | undefined) ?? null;
}

export async function writeMarker(db: Database, marker: LoadMarker): Promise<void> {
  const value = marker as unknown as object;
  await db.prisma.appSetting.upsert({ where: { key: MARKER_KEY }, create: { key: MARKER_KEY, value }, update: { value } });
}

/** Whether anything has been written yet (an interrupted load leaves products and users behind). */
export async function isEmpty(db: Database): Promise<boolean> {
  const [customers, products, users] = await Promise.all([db.prisma.customer.count(), db.prisma.product.count(), db.prisma.user.count()]);
  return customers + products + users === 0;
}
