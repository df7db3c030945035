// Bulk loading with COPY: PostgreSQL through node-postgres + pg-copy-streams, the embedded PGlite through
// its COPY FROM '/dev/blob'. Each chunk is one transaction (parents before children, so the foreign keys
// are checked as usual), which keeps an interrupted run to whole chunks.
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import type { Database } from "../index.ts";
import { copyStatement, ID_TABLES, type Table } from "./rows.ts";

export interface ChunkTable {
  table: Table;
  csv: Buffer;
  rows: number;
}

export interface BulkLoader {
  loadChunk(tables: ChunkTable[]): Promise<void>;
  /** Plain SQL on the loader's connection (sequence resets, cleanup). */
  exec(sql: string): Promise<void>;
  query<T>(sql: string): Promise<T[]>;
  close(): Promise<void>;
}

export async function openLoader(db: Database): Promise<BulkLoader> {
  if (db.pglite) {
    const lite = db.pglite;
    return {
      loadChunk: (tables) =>
        lite.transaction(async (tx) => {
          for (const t of tables)
            await tx.query(copyStatement(t.table, "'/dev/blob'"), [], { blob: new Blob([t.csv as Uint8Array<ArrayBuffer>]) });
        }),
      exec: async (sql) => {
        await lite.exec(sql);
      },
      query: async <T>(sql: string) => (await lite.query<T>(sql)).rows,
      close: async () => {},
    };
  }
  if (!db.pgConfig) throw new Error("openLoader: the database has neither a PGlite instance nor PostgreSQL settings");
  const client = new pg.Client(db.pgConfig);
  await client.connect();
  // Losing the last chunks on a crash is fine for generated data; waiting for each WAL flush is not.
  await client.query("SET synchronous_commit = off");
  return {
    loadChunk: async (tables) => {
      await client.query("BEGIN");
      try {
        for (const t of tables) await pipeline(Readable.from([t.csv]), client.query(copyFrom(copyStatement(t.table, "STDIN"))));
        await client.query("COMMIT");
      } catch (e) {
        await client.query("ROLLBACK").catch(() => {});
        throw e;
      }
    },
    exec: async (sql) => {
      await client.query(sql);
    },
    query: async <T>(sql: string) => (await client.query(sql)).rows as T[],
    close: () => client.end(),
  };
}

/** Highest id per generated table, so new ids continue after existing rows. */
export async function currentMaxIds(loader: BulkLoader): Promise<Partial<Record<Table, number>>> {
  const sql = ID_TABLES.map((t) => `SELECT '${t}' AS t, COALESCE(MAX(id), 0)::int AS max FROM "${t}"`).join(" UNION ALL ");
  const rows = await loader.query<{ t: Table; max: number }>(sql);
  return Object.fromEntries(rows.map((r) => [r.t, r.max]));
}

/** Move each id sequence past the ids the generator assigned, so the application's inserts do not collide. */
export async function resetSequences(loader: BulkLoader): Promise<void> {
  for (const t of ID_TABLES) {
    await loader.exec(`SELECT setval(pg_get_serial_sequence('"${t}"', 'id'), COALESCE((SELECT MAX(id) FROM "${t}"), 0) + 1, false)`);
  }
}
