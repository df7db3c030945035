// Applies prisma/migrations/<timestamp>_<name>/migration.sql in-process (the server runs it at start: a PGlite
// directory can be opened by one process only) and records each in `_prisma_migrations` exactly as Prisma's
// schema engine does (same DDL, sha256 checksum, applied_steps_count, logs on failure), so `prisma migrate
// status`/`deploy` with the native or the wasm engine sees the same history.
import { createHash, randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { SqlDriverAdapterFactory } from "@prisma/driver-adapter-utils";

export const migrationsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../migrations");

const DDL = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" ("id" VARCHAR(36) PRIMARY KEY NOT NULL, "checksum" VARCHAR(64) NOT NULL, "finished_at" TIMESTAMPTZ, "migration_name" VARCHAR(255) NOT NULL, "logs" TEXT, "rolled_back_at" TIMESTAMPTZ, "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(), "applied_steps_count" INTEGER NOT NULL DEFAULT 0)`;
const LOCK_ID = 72707369; // the advisory-lock key Prisma's schema engine uses on PostgreSQL

export function migrationNames(dir = migrationsDir): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
}

type Connection = Awaited<ReturnType<SqlDriverAdapterFactory["connect"]>>;

/**
 * Runs a migration script as Prisma's schema engine does: whole, by the simple query protocol. adapter-pg's own
 * executeScript splits the script at every ";", also inside a function body, so on PostgreSQL the script goes to
 * node-postgres directly; PGlite's adapter already runs it whole.
 */
export async function executeWhole(db: Connection, script: string) {
  if (db.adapterName === "@prisma/adapter-pg") {
    const pool = (db as unknown as { underlyingDriver(): { query(sql: string): Promise<unknown> } }).underlyingDriver();
    await pool.query(script);
  } else {
    await db.executeScript(script);
  }
}

/** Apply pending migrations; returns the names applied. Several processes may call it at once (advisory lock). */
export async function migrateDeploy(factory: SqlDriverAdapterFactory, dir = migrationsDir, log: (m: string) => void = () => {}) {
  const db = await factory.connect();
  const q = (sql: string, args: string[] = []) =>
    db.queryRaw({ sql, args, argTypes: args.map(() => ({ scalarType: "string", arity: "scalar" }) as const) });
  try {
    await db.executeScript(`SELECT pg_advisory_lock(${LOCK_ID})`); // void result: not through queryRaw
    await db.executeScript(DDL);
    const rows = (await q(`SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations"`)).rows;
    const failed = rows.filter((r) => r[2] == null && r[3] == null).map((r) => r[0]);
    if (failed.length) {
      throw new Error(`P3009: a migration failed before and must be resolved first (prisma migrate resolve): ${failed.join(", ")}`);
    }
    const applied = new Map(rows.filter((r) => r[3] == null).map((r) => [r[0] as string, r[1] as string]));
    const done: string[] = [];
    for (const name of migrationNames(dir)) {
      const script = fs.readFileSync(path.join(dir, name, "migration.sql"), "utf8");
      const checksum = createHash("sha256").update(script).digest("hex");
      if (applied.has(name)) {
        if (applied.get(name) !== checksum) log(`warning: migration ${name} was edited after it was applied`);
        continue;
      }
      const id = randomUUID();
      await q(
        `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, applied_steps_count) VALUES ($1, $2, $3, now(), 0)`,
        [id, checksum, name],
      );
      // a migration that backfills derived tables can take minutes on a large database: say what is running
      log(`applying migration ${name}…`);
      const started = performance.now();
      try {
        await executeWhole(db, script); // like Prisma's engine: one script, not wrapped in a transaction
      } catch (e) {
        const err = e as { cause?: { originalMessage?: string; message?: string }; message?: string };
        const msg = String(err.cause?.originalMessage ?? err.cause?.message ?? err.message ?? e);
        await q(`UPDATE "_prisma_migrations" SET logs = $1 WHERE id = $2`, [msg, id]);
        throw new Error(`P3018: migration ${name} failed: ${msg}`);
      }
      await q(`UPDATE "_prisma_migrations" SET finished_at = now(), applied_steps_count = 1 WHERE id = $1`, [id]);
      done.push(name);
      log(`applied migration ${name} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    }
    return done;
  } finally {
    await db.executeScript(`SELECT pg_advisory_unlock(${LOCK_ID})`).catch(() => {});
    await db.dispose();
  }
}
