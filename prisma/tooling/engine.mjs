// Load Prisma's WebAssembly schema engine and build a migration-aware driver adapter (PGlite or
// PostgreSQL) with the workarounds the wasm engine needs. Adapted from shared/prisma-offline; see README.md here.
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";

const require = createRequire(import.meta.url);
export const FILTERS = { externalTables: [], externalEnums: [] };

/** Instantiate @prisma/schema-engine-wasm. Its default entry uses a wasm ESM import (needs a Node flag), so do it by hand. */
export async function loadSchemaEngine() {
  globalThis.PRISMA_WASM_PANIC_REGISTRY ??= {
    message: "",
    set_message(m) {
      this.message = m;
      process.stderr.write(`schema-engine-wasm panic: ${m}\n`);
    },
  };
  const gluePath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
  const glue = await import("@prisma/schema-engine-wasm/schema_engine_bg");
  // PRISMA_WASM_FROM_CLI=1: use the (unused by the CLI) copy shipped in prisma/build = the CLI's exact engine commit.
  const wasmPath =
    process.env.PRISMA_WASM_FROM_CLI === "1"
      ? path.join(path.dirname(require.resolve("prisma/package.json")), "build/schema_engine_bg.wasm")
      : path.join(path.dirname(gluePath), "schema_engine_bg.wasm");
  const instance = new WebAssembly.Instance(new WebAssembly.Module(fs.readFileSync(wasmPath)), { "./schema_engine_bg.js": glue });
  glue.__wbg_set_wasm(instance.exports);
  instance.exports.__wbindgen_start();
  return glue; // { SchemaEngine, version }
}

/** postgresql://pglite.localhost/<url-encoded dataDir> -> pglite (embedded), any other postgres(ql):// URL -> postgres */
export function kindOf(url) {
  if (!/^postgres(ql)?:\/\//.test(url ?? ""))
    throw new Error(`DATABASE_URL must be a postgres:// URL (or pglite.localhost for the embedded database), got "${url}"`);
  return new URL(url).hostname === "pglite.localhost" ? "pglite" : "postgres";
}

/** Returns { factory, close } where factory is bound (error-capturing) and ready for SchemaEngine.new(). */
export async function createMigrationAdapter(url) {
  const kind = kindOf(url);
  const closers = [];
  let raw;
  if (kind === "pglite") {
    const { PGlite } = await import("@electric-sql/pglite");
    const { PrismaPGlite } = await import("pglite-prisma-adapter");
    const dataDir = decodeURIComponent(new URL(url).pathname.slice(1)) || "memory://";
    if (dataDir !== "memory://") fs.mkdirSync(dataDir, { recursive: true });
    const client = new PGlite(dataDir);
    closers.push(() => client.close()); // an open PGlite keeps the process alive
    raw = new PrismaPGlite(client); // shadow DB = in-memory PGlite
  } else {
    const { PrismaPg } = await import("@prisma/adapter-pg");
    const { parse } = await import("pg-connection-string");
    const { database, host, port, user, password } = parse(url);
    // Fix 2: NOT { connectionString }: adapter-pg's connectToShadowDb() does new Pool({ ...config, database: shadow }),
    // and node-postgres lets connectionString win -> the "shadow" replay would run against the MAIN database.
    const cfg = { database, host, port: Number(port ?? 5432), user, password: password ?? undefined };
    raw = new PrismaPg(cfg);
    // Fix 3: adapter-pg throws UnsupportedNativeDataType for the internal "char" type (OID 18) that the schema
    // describer selects from pg_catalog (pg_constraint.contype) -> report those columns as text (OID 25).
    const charFix = (a) => {
      const pool = a.underlyingDriver();
      const query = pool.query.bind(pool);
      pool.query = async (...args) => {
        const r = await query(...args);
        for (const f of r?.fields ?? []) if (f.dataTypeID === 18) f.dataTypeID = 25;
        return r;
      };
      // Fix 5: adapter-pg's executeScript splits a migration at every ";", also inside a function body ($$ … $$);
      // send it whole by the simple query protocol, as the native engine does.
      a.executeScript = async (script) => {
        await pool.query(script);
      };
      return a;
    };
    const connect = raw.connect.bind(raw);
    raw.connect = async () => charFix(await connect());
    // Fix 4: adapter-pg's shadow dispose runs DROP DATABASE before closing its pool ("being accessed by other users").
    raw.connectToShadowDb = async () => {
      const { default: pg } = await import("pg");
      const admin = new pg.Client(cfg);
      await admin.connect();
      const name = `prisma_shadow_${crypto.randomUUID().replaceAll("-", "")}`;
      await admin.query(`CREATE DATABASE "${name}"`);
      const shadow = charFix(await new PrismaPg({ ...cfg, database: name }).connect());
      const dispose = shadow.dispose.bind(shadow);
      shadow.dispose = async () => {
        await dispose();
        await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        await admin.end();
      };
      return shadow;
    };
  }
  const factory = bindMigrationAwareSqlAdapterFactory(raw);
  return {
    kind,
    factory,
    close: async () => {
      for (const c of closers) await c().catch(() => {});
    },
  };
}

/** The MigrationList structure the engine expects, read from prisma/migrations. */
export function readMigrations(dir, provider) {
  const names = fs.existsSync(dir)
    ? fs
        .readdirSync(dir, { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => d.name)
        .sort()
    : [];
  const lock = path.join(dir, "migration_lock.toml");
  return {
    baseDir: path.resolve(dir),
    lockfile: { path: "migration_lock.toml", content: fs.existsSync(lock) ? fs.readFileSync(lock, "utf8") : `provider = "${provider}"\n` },
    shadowDbInitScript: "",
    migrationDirectories: names.map((n) => {
      const f = path.join(dir, n, "migration.sql");
      return {
        path: n,
        migrationFile: {
          path: "migration.sql",
          content: fs.existsSync(f) ? { tag: "ok", value: fs.readFileSync(f, "utf8") } : { tag: "error", value: "missing migration.sql" },
        },
      };
    }),
  };
}

/** Turn "External error id#N" into the JS error the adapter threw. */
export function explain(e, factory) {
  const ids = [...String(e?.message ?? "").matchAll(/External error id#(\d+)/g)].map((m) => Number(m[1]));
  const extra = ids.map((id) => factory.errorRegistry.consumeError(id)?.error?.message).filter(Boolean);
  return [String(e?.message ?? e), ...extra].join("\n  caused by: ");
}
