#!/usr/bin/env node
// Stand-in for Prisma's native `schema-engine` binary (PRISMA_SCHEMA_ENGINE_BINARY=<this file>).
// The Prisma CLI spawns it with `--datamodels <file>... --datasource {"url":..}` and talks line-delimited
// JSON-RPC on stdio; every call is forwarded to the wasm SchemaEngine with a driver adapter.
import fs from "node:fs";
import readline from "node:readline";
import { createMigrationAdapter, explain, FILTERS, loadSchemaEngine } from "./engine.mjs";

const argv = process.argv.slice(2);
const ENGINE_HASH = "wasm-shim"; // shown by `prisma version`
if (argv[0] === "--version") {
  console.log(`schema-engine-cli ${ENGINE_HASH}`);
  process.exit(0);
}
const datamodels = [];
let datasource = null,
  cliCmd = null;
for (let i = 0; i < argv.length; i++) {
  if (argv[i] === "--datamodels") datamodels.push(argv[++i]);
  else if (argv[i] === "--datasource") datasource = JSON.parse(argv[++i]);
  else if (argv[i] === "cli") cliCmd = argv[++i];
  else if (argv[i].startsWith("--")) i++;
}
const url = datasource?.url ?? process.env.DATABASE_URL;
const logLine = (level, message) =>
  process.stderr.write(JSON.stringify({ level, fields: { message }, target: "schema_engine::shim" }) + "\n");

const { factory, close } = await createMigrationAdapter(url);
const bye = async (code) => {
  await close();
  process.exit(code);
};

if (cliCmd) {
  // `... cli can-connect-to-database | create-database | drop-database` (databases must already exist)
  const conn = await factory.connect();
  if (!conn.ok) {
    logLine("ERROR", explain({ message: "External error id#" + conn.error.id }, factory));
    await bye(1);
  }
  await conn.value.dispose();
  await bye(0);
}

const { SchemaEngine } = await loadSchemaEngine();
const newEngine = () =>
  SchemaEngine.new(
    { datamodels: datamodels.length ? datamodels.map((p) => [p, fs.readFileSync(p, "utf8")]) : undefined },
    (line) => process.stderr.write(line.endsWith("\n") ? line : line + "\n"),
    factory,
  );
const engine = await newEngine();

async function call(method, params) {
  const m = method === "getDatabaseVersion" ? "version" : method;
  if (typeof engine[m] !== "function") throw new Error(`${method} is not supported by the wasm schema engine`);
  try {
    return await engine[m](params ?? {});
  } catch (e) {
    const msg = `${e?.message} ${e?.code ?? ""}`;
    const filters = params?.filters ?? FILTERS;
    const list = params?.migrationsList;
    if (/shadow DB must be provided through an external factory/.test(msg) && list) {
      // createMigration/evaluateDataLoss get no shadow-DB factory in wasm: devDiagnostic (which does) fills the cache
      await engine.devDiagnostic({ migrationsList: list, filters });
      return await engine[m](params);
    }
    throw e;
  }
}

let pending = 0,
  closed = false;
const rl = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
rl.on("line", async (line) => {
  if (!line.trim()) return;
  const req = JSON.parse(line);
  if (!req.method) return; // the CLI's reply to one of our "print" requests
  pending++;
  const send = (o) => process.stdout.write(JSON.stringify({ jsonrpc: "2.0", id: req.id, ...o }) + "\n");
  try {
    let result = await call(req.method, req.params);
    if (typeof result?.stdout === "string") {
      // the native engine prints `migrate diff` output via a "print" request
      process.stdout.write(
        JSON.stringify({ jsonrpc: "2.0", id: 1e9 + req.id, method: "print", params: { content: result.stdout } }) + "\n",
      );
      result = { ...result, stdout: null };
    }
    send({ result: result ?? {} });
  } catch (e) {
    const message = explain(e, factory);
    send({
      error: {
        code: 4466,
        message: "An error happened. Check the data field for details.",
        data: { is_panic: false, message, error_code: e?.code ?? (message.match(/\bP\d{4}\b/) || [])[0], meta: e?.meta ?? {} },
      },
    });
  } finally {
    if (--pending === 0 && closed) await bye(0);
  }
});
rl.on("close", async () => {
  closed = true;
  if (pending === 0) await bye(0);
});
