// One migration history for both databases, applied by our in-process runner and recognised by the
// stock Prisma CLI (through the offline schema-engine shim).
import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { openDatabase, resolveDatabaseUrl } from "@churnstile/prisma";
import { migrateDeploy, migrationNames, migrationsDir } from "@churnstile/prisma/migrate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "./support/cli.ts";
import { createTestDatabase, dbKinds, type TestDatabase } from "./support/database.ts";

describe.each(dbKinds)("migrations on %s", (kind) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(kind); // applies every migration to an empty database
  });
  afterAll(() => db.drop());

  it("records each migration as Prisma does (sha256 checksum, one step, finished)", async () => {
    const rows = await db.prisma.$queryRaw<
      { migration_name: string; checksum: string; applied_steps_count: number; finished_at: Date | null }[]
    >`
      SELECT migration_name, checksum, applied_steps_count, finished_at FROM "_prisma_migrations" ORDER BY migration_name`;
    expect(rows.map((r) => r.migration_name)).toEqual(migrationNames());
    for (const row of rows) {
      const sql = fs.readFileSync(path.join(migrationsDir, row.migration_name, "migration.sql"));
      expect(row.checksum).toBe(createHash("sha256").update(sql).digest("hex"));
      expect(row.applied_steps_count).toBe(1);
      expect(row.finished_at).not.toBeNull();
    }
  });

  it("re-applies as a no-op", async () => {
    expect(await migrateDeploy(await db.migrationAdapter())).toEqual([]);
    const [{ n }] = await db.prisma.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM "_prisma_migrations"`;
    expect(Number(n)).toBe(migrationNames().length);
  });

  it("creates every table of the data model", async () => {
    const tables = await db.prisma.$queryRaw<{ table_name: string }[]>`
      SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'`;
    const names = tables.map((t) => t.table_name);
    for (const model of [
      "Customer",
      "Subscription",
      "MrrMovement",
      "ChurnEvent",
      "ChurnReason",
      "ExitSurveyResponse",
      "RetentionAction",
      "AuditLog",
      "HealthModel",
      "WebhookDelivery",
    ]) {
      expect(names).toContain(model);
    }
  });
});

describe("the Prisma CLI agrees, offline", () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "churnstile-cli-"));
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it("db:status on an embedded database migrated by our runner reports it up to date", async () => {
    const target = resolveDatabaseUrl(`pglite:${path.join(tmp, "status")}`, "");
    const db = await openDatabase(target);
    await migrateDeploy(await db.migrationAdapter());
    await db.close(); // the CLI opens the directory in its own process
    const result = await runCli(["db:status"], { DATABASE_URL: `pglite:${path.join(tmp, "status")}` });
    expect(result.output).toContain("Database schema is up to date");
    expect(result.code).toBe(0);
  });

  it("prints non-empty SQL for the schema (migrate diff from empty)", async () => {
    const result = await runCli(["db:prisma", "migrate", "diff", "--from-empty", "--to-schema", "schema.prisma", "--script"], {});
    expect(result.code).toBe(0);
    expect(result.output).toMatch(/CREATE TABLE "Customer"/);
  });
});
