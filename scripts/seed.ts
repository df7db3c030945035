// `pnpm db:seed [--customers N] [--seed S] [--anchor YYYY-MM-DD] [--replace] [--chunk N]`
// Migrates the configured database (DATABASE_URL), then seeds reference data, the demo users and the demo
// customers. A second run leaves a finished demo dataset alone; --replace regenerates it.
import { parseArgs } from "node:util";
import { loadConfig } from "@churnstile/api/config";
import { openDatabase } from "@churnstile/prisma";
import { DEFAULT_ANCHOR, DEFAULT_DEMO_CUSTOMERS, DEFAULT_DEMO_SEED, seedDemo } from "@churnstile/prisma/demo";
import { DEMO_USERS, seedDemoUsers } from "@churnstile/prisma/demo-users";
import { migrateDeploy } from "@churnstile/prisma/migrate";
import { seedReferenceData } from "@churnstile/prisma/reference-data";
import cliProgress from "cli-progress";

const usage = "usage: pnpm db:seed [--customers N] [--seed S] [--anchor YYYY-MM-DD] [--replace] [--chunk N]";
const { values } = parseArgs({
  options: {
    customers: { type: "string", default: String(DEFAULT_DEMO_CUSTOMERS) },
    seed: { type: "string", default: String(DEFAULT_DEMO_SEED) },
    anchor: { type: "string", default: DEFAULT_ANCHOR.toISOString().slice(0, 10) },
    chunk: { type: "string", default: "1000" },
    replace: { type: "boolean", default: false },
    help: { type: "boolean", short: "h", default: false },
  },
});
if (values.help) {
  console.log(usage);
  process.exit(0);
}
const integer = (name: string, raw: string, min: number) => {
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min) {
    console.error(`--${name} must be an integer >= ${min} (got "${raw}")\n${usage}`);
    process.exit(2);
  }
  return n;
};
const customers = integer("customers", values.customers, 0);
const seed = integer("seed", values.seed, 0);
const chunkSize = integer("chunk", values.chunk, 1);
const anchor = new Date(`${values.anchor}T00:00:00Z`);
if (Number.isNaN(anchor.getTime())) {
  console.error(`--anchor must be a date YYYY-MM-DD (got "${values.anchor}")\n${usage}`);
  process.exit(2);
}

const config = loadConfig();
const db = await openDatabase(config.database);
try {
  const where = config.database.kind === "pglite" ? `embedded database ${config.database.dataDir}` : "PostgreSQL";
  console.log(`Seeding ${where}: ${customers} demo customers, seed ${seed}, anchor ${values.anchor}`);
  await migrateDeploy(await db.migrationAdapter(), undefined, console.log);
  await seedReferenceData(db.prisma);
  await seedDemoUsers(db.prisma);

  // A bar on a terminal; plain lines (every 10%) in logs and CI.
  const bar = process.stdout.isTTY
    ? new cliProgress.SingleBar(
        { format: "customers [{bar}] {percentage}% | {value}/{total} | {duration_formatted} elapsed, ETA {eta_formatted}" },
        cliProgress.Presets.shades_classic,
      )
    : null;
  let nextReport = 0.1;
  const started = performance.now();
  let barShown = false;
  const onProgress = (done: number, total: number) => {
    if (bar) {
      if (!barShown) bar.start(total, 0);
      barShown = true;
      bar.update(done);
    } else if (done / total >= nextReport - 1e-9) {
      console.log(
        `  ${done}/${total} customers (${Math.round((100 * done) / total)}%) in ${((performance.now() - started) / 1000).toFixed(1)} s`,
      );
      while (nextReport <= done / total + 1e-9) nextReport += 0.1;
    }
  };
  const onPhase = (message: string) => {
    if (barShown) bar?.stop();
    barShown = false;
    console.log(`  ${message}…`);
  };
  const summary =
    customers > 0 ? await seedDemo(db, { customers, seed, anchor, chunkSize, replace: values.replace, onProgress, onPhase }) : null;
  if (barShown) bar?.stop();
  if (summary?.skipped) {
    console.log(
      `Demo data already present (${summary.customers} customers, seed ${summary.seed}, anchor ${summary.anchor.slice(0, 10)}): left as is. Use --replace to regenerate.`,
    );
  } else if (summary) {
    const rows = Object.entries(summary.counts).map(([table, count]) => ({ table, rows: count }));
    console.table(rows);
    const total = rows.reduce((sum, r) => sum + (r.rows ?? 0), 0);
    console.log(`${total} rows in ${(summary.elapsedMs / 1000).toFixed(1)} s (${Math.round(total / (summary.elapsedMs / 1000))} rows/s)`);
  } else {
    console.log("No demo customers requested: reference data only.");
  }
  console.log(`Demo logins: ${DEMO_USERS.map((u) => `${u.email} / ${u.password}`).join(", ")}`);
} finally {
  await db.close();
}
