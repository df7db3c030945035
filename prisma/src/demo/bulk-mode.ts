// Large loads into empty tables on PostgreSQL follow the manual's "Populating a Database" advice: drop the
// secondary indexes and foreign keys of the generated tables, COPY, then recreate them. Building an index
// once by sorting beats maintaining it row by row, and re-adding a foreign key checks every row in one
// join instead of one trigger call per row, so nothing goes unchecked. The statements that restore them are
// saved (in the demo marker) before anything is dropped, so an interrupted run is repaired by the next one.
import type { BulkLoader } from "./loader.ts";
import { LOAD_ORDER } from "./rows.ts";

const tableList = LOAD_ORDER.map((t) => `'${t}'`).join(", ");

/** Statements recreating the secondary indexes and the foreign keys of the generated tables. */
export async function constraintRestoreStatements(loader: BulkLoader): Promise<string[]> {
  const indexes = await loader.query<{ def: string }>(`
    SELECT pg_get_indexdef(i.indexrelid) AS def FROM pg_index i
    JOIN pg_class t ON t.oid = i.indrelid JOIN pg_namespace n ON n.oid = t.relnamespace
    WHERE n.nspname = current_schema() AND t.relname IN (${tableList}) AND NOT i.indisprimary
      AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)
    ORDER BY t.relname, i.indexrelid::regclass::text`);
  const foreignKeys = await loader.query<{ def: string }>(`
    SELECT format('ALTER TABLE %s ADD CONSTRAINT %I %s', c.conrelid::regclass, c.conname, pg_get_constraintdef(c.oid)) AS def
    FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid JOIN pg_namespace n ON n.oid = t.relnamespace
    WHERE n.nspname = current_schema() AND c.contype = 'f' AND t.relname IN (${tableList})
    ORDER BY t.relname, c.conname`);
  return [
    ...indexes.map((r) => r.def.replace(/^CREATE (UNIQUE )?INDEX /, "CREATE $1INDEX IF NOT EXISTS ")),
    ...foreignKeys.map((r) => r.def),
  ];
}

export async function dropConstraints(loader: BulkLoader): Promise<void> {
  const drops = await loader.query<{ sql: string }>(`
    SELECT format('ALTER TABLE %s DROP CONSTRAINT %I', c.conrelid::regclass, c.conname) AS sql
    FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid JOIN pg_namespace n ON n.oid = t.relnamespace
    WHERE n.nspname = current_schema() AND c.contype = 'f' AND t.relname IN (${tableList})
    UNION ALL
    SELECT format('DROP INDEX %s', i.indexrelid::regclass) FROM pg_index i
    JOIN pg_class t ON t.oid = i.indrelid JOIN pg_namespace n ON n.oid = t.relnamespace
    WHERE n.nspname = current_schema() AND t.relname IN (${tableList}) AND NOT i.indisprimary
      AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)`);
  for (const { sql } of drops) await loader.exec(sql);
}

/** Recreate what dropConstraints removed; skips what already exists, so it may run again after a crash. */
export async function restoreConstraints(loader: BulkLoader, statements: string[]): Promise<void> {
  await loader.exec("SET maintenance_work_mem = '256MB'"); // sort index builds in memory
  const existing = new Set(
    (await loader.query<{ conname: string }>(`SELECT conname FROM pg_constraint WHERE contype = 'f'`)).map((r) => r.conname),
  );
  for (const sql of statements) {
    const fk = /^ALTER TABLE \S+ ADD CONSTRAINT (\S+) /.exec(sql);
    if (fk && existing.has(fk[1].replace(/^"|"$/g, ""))) continue;
    await loader.exec(sql);
  }
}
