// A schema change becomes a new migration offline (`pnpm db:migrate --name x`), and `pnpm db:deploy`
// applies it to both databases. On PostgreSQL the shadow-database replay must never touch the main database.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { repoRoot } from "@churnstile/api/config";
import { pgConfigFromUrl } from "@churnstile/prisma";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "./support/cli.ts";
import { dbKinds } from "./support/database.ts";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "churnstile-migrate-"));
const schemaDir = path.join(tmp, "prisma");
const schemaFile = path.join(schemaDir, "schema.prisma");
fs.cpSync(path.join(repoRoot, "prisma", "migrations"), path.join(schemaDir, "migrations"), { recursive: true });
fs.writeFileSync(
  schemaFile,
  fs.readFileSync(path.join(repoRoot, "prisma", "schema.prisma"), "utf8").replaceAll('"./generated', `"${path.join(tmp, "generated")}`),
);
const addModel = (name: string) =>
  fs.appendFileSync(schemaFile, `\nmodel ${name} {\n  id   Int    @id @default(autoincrement())\n  note String\n}\n`);
const newMigrations = () =>
  fs
    .readdirSync(path.join(schemaDir, "migrations"))
    .filter((d) => /_(add_probe\w*)$/.test(d))
    .sort();
const env = (databaseUrl: string) => ({ PRISMA_SCHEMA: schemaFile, DATABASE_URL: databaseUrl });

const adminUrl = process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const pgDatabases: string[] = [];
async function admin<T>(fn: (c: pg.Client) => Promise<T>) {
  const c = new pg.Client(pgConfigFromUrl(adminUrl));
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}
async function newPgDatabase() {
  const name = `churnstile_cli_${Date.now()}_${pgDatabases.length}`;
  await admin((c) => c.query(`CREATE DATABASE "${name}"`));
  pgDatabases.push(name);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return { name, url: url.toString() };
}
async function query(url: string, sql: string) {
  const c = new pg.Client(pgConfigFromUrl(url));
  await c.connect();
  try {
    return (await c.query(sql)).rows;
  } finally {
    await c.end();
  }
}

afterAll(async () => {
  for (const name of pgDatabases) await admin((c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe("a schema change becomes a migration, offline", () => {
  it("db:migrate --name creates non-empty SQL and applies it to the embedded dev database", async () => {
    addModel("Probe");
    const result = await runCli(["db:migrate", "--name", "add_probe"], env(`pglite:${path.join(tmp, "dev")}`));
    expect(result.code, result.output).toBe(0);
    const [created] = newMigrations();
    expect(created).toMatch(/^\d{14}_add_probe$/);
    const sql = fs.readFileSync(path.join(schemaDir, "migrations", created, "migration.sql"), "utf8");
    expect(sql).toMatch(/CREATE TABLE "Probe"/);
  }, 300_000);

  it.runIf(dbKinds.includes("postgres"))(
    "db:deploy applies it to PostgreSQL",
    async () => {
      const { url } = await newPgDatabase();
      const result = await runCli(["db:deploy"], env(url));
      expect(result.code, result.output).toBe(0);
      const rows = await query(url, `SELECT count(*)::int AS n FROM "_prisma_migrations" WHERE finished_at IS NOT NULL`);
      expect(rows[0].n).toBe(fs.readdirSync(path.join(schemaDir, "migrations")).filter((d) => !d.endsWith(".toml")).length);
      expect(await query(url, `SELECT * FROM "Probe"`)).toEqual([]);
    },
    300_000,
  );

  it.runIf(dbKinds.includes("postgres"))(
    "migrate dev on PostgreSQL replays history on a shadow database, never the main one",
    async () => {
      const { url } = await newPgDatabase();
      expect((await runCli(["db:deploy"], env(url))).code).toBe(0);
      const before = await query(url, `SELECT migration_name, started_at FROM "_prisma_migrations" ORDER BY 1`);
      addModel("Probe2");
      const result = await runCli(["db:migrate", "--name", "add_probe2", "--create-only"], env(url));
      expect(result.code, result.output).toBe(0);
      expect(newMigrations()).toHaveLength(2);
      expect(await query(url, `SELECT migration_name, started_at FROM "_prisma_migrations" ORDER BY 1`)).toEqual(before);
      const probe2 = await query(url, `SELECT to_regclass('"Probe2"') AS t`);
      expect(probe2[0].t).toBeNull(); // --create-only: nothing applied to main
      const shadows = await admin((c) => c.query(`SELECT datname FROM pg_database WHERE datname LIKE 'prisma_shadow_%'`));
      expect(shadows.rows).toEqual([]);
    },
    300_000,
  );
});
