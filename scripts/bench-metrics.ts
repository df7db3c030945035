// `pnpm bench:metrics [--customers N] [--runs N] [--warmup N] [--budget S] [--reload] [--only TEXT] [--database-url URL]`
// Loads N customers (default 1,000,000) with proportional churn events (N/5), tickets (3N), subscriptions, MRR
// ledger, engagement, retention actions and segments into a dedicated PostgreSQL database (default
// churnstile_bench on 127.0.0.1; BENCH_DATABASE_URL or --database-url), then times every metric through the
// GraphQL server and reports median / p95 per metric against the 300 ms median target. A finished load of the
// same size is reused (--reload forces a fresh one). Exits non-zero only on errors, never on a missed target.
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { repoRoot } from "@churnstile/api/config";
import type { Database } from "@churnstile/prisma";
import {
  DEFAULT_BENCH_URL,
  ensureDatabase,
  isEmpty,
  LOAD_VERSION,
  type LoadMarker,
  openMigrated,
  readMarker,
  recreateDatabase,
  writeMarker,
} from "./bench/database.ts";
import { loadBenchData } from "./bench/loader.ts";
import { metricOperations } from "./bench/operations.ts";
import { formatTable, TARGET_MEDIAN_MS, timeMetrics } from "./bench/runner.ts";

const usage =
  "usage: pnpm bench:metrics [--customers N] [--runs N] [--warmup N] [--budget S] [--reload] [--only TEXT] [--database-url URL]";
const { values } = parseArgs({
  options: {
    customers: { type: "string", default: "1000000" },
    runs: { type: "string", default: "20" },
    warmup: { type: "string", default: "2" },
    budget: { type: "string", default: "60" }, // seconds of timed runs per metric (at least 3 runs)
    reload: { type: "boolean", default: false },
    only: { type: "string" },
    "database-url": { type: "string" },
    help: { type: "boolean", short: "h", default: false },
  },
});
if (values.help) {
  console.log(usage);
  process.exit(0);
}
const integer = (name: string, raw: string, min: number) => {
  const n = Number(raw.replaceAll("_", ""));
  if (!Number.isInteger(n) || n < min) {
    console.error(`--${name} must be an integer >= ${min} (got "${raw}")\n${usage}`);
    process.exit(2);
  }
  return n;
};
const customers = integer("customers", values.customers, 100);
const runs = integer("runs", values.runs, 1);
const warmup = integer("warmup", values.warmup, 0);
const budgetMs = integer("budget", values.budget, 1) * 1000;
const url = values["database-url"] ?? process.env.BENCH_DATABASE_URL ?? DEFAULT_BENCH_URL;

/** A migrated database holding a load of `customers`: the existing one when its marker matches, else a fresh load. */
async function prepare(): Promise<{ db: Database; marker: LoadMarker }> {
  await ensureDatabase(url);
  let { db, applied } = await openMigrated(url);
  const marker = await readMarker(db);
  if (marker && marker.version === LOAD_VERSION && marker.customers === customers && !values.reload) {
    console.log(`Using the existing load in ${url} (${customers} customers, anchor ${marker.anchor.slice(0, 10)}); --reload to rebuild.`);
    if (applied.length) {
      console.log(`Applied ${applied.join(", ")}; analyzing…`);
      await db.prisma.$executeRawUnsafe("ANALYZE");
    }
    return { db, marker };
  }
  const empty = await isEmpty(db);
  if (!marker && !empty && !values.reload && !url.includes("bench")) {
    throw new Error(`${url} holds data but no benchmark load: pass --reload to replace it, or use another --database-url`);
  }
  if (!empty) {
    await db.close();
    await recreateDatabase(url);
    ({ db } = await openMigrated(url));
  }
  const now = new Date();
  const anchor = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1)); // data runs up to this month's start
  console.log(`Loading ${customers} customers into ${url} (data up to ${anchor.toISOString().slice(0, 10)})…`);
  const result = await loadBenchData(db, customers, anchor);
  const fresh: LoadMarker = {
    version: LOAD_VERSION,
    customers,
    anchor: anchor.toISOString(),
    rows: result.rows,
    loadSeconds: result.seconds,
  };
  await writeMarker(db, fresh);
  console.table(result.rows);
  console.log(`Loaded in ${(result.seconds / 60).toFixed(1)} min.`);
  return { db, marker: fresh };
}

const { db, marker } = await prepare();
try {
  const operations = metricOperations(new Date(marker.anchor)).filter((op) => !values.only || op.name.includes(values.only));
  console.log(
    `Timing ${operations.length} metric requests: ${warmup} warm-up + up to ${runs} runs each (at least 3, ${budgetMs / 1000} s budget), ` +
      `target median < ${TARGET_MEDIAN_MS} ms`,
  );
  const results = await timeMetrics(db, operations, {
    runs,
    warmup,
    budgetMs,
    onResult: (r) =>
      console.log(`  ${r.metric.padEnd(28)} median ${r.medianMs} ms, p95 ${r.p95Ms} ms${r.error ? `  ERROR ${r.error}` : ""}`),
  });
  console.log(`\n${formatTable(results)}\n`);
  const out = path.join(repoRoot, "bench-results", "metrics.json");
  fs.mkdirSync(path.dirname(out), { recursive: true });
  const pgVersion = await db.prisma.$queryRaw<{ v: string }[]>`SELECT version() AS v`;
  const report = {
    at: new Date().toISOString(),
    database: url,
    postgres: pgVersion[0]?.v,
    targetMedianMs: TARGET_MEDIAN_MS,
    load: marker,
    results,
  };
  fs.writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`Written to ${path.relative(repoRoot, out)}`);
  const failed = results.filter((r) => r.error);
  if (failed.length) {
    console.error(`${failed.length} metric(s) failed: ${failed.map((r) => r.metric).join(", ")}`);
    process.exitCode = 1;
  }
} finally {
  await db.close();
}
