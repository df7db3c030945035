// The demo-data generator: `seedDemo(db, { customers, seed })` streams customers in chunks through COPY and
// returns row counts. Deterministic (same seed, customer count and anchor → identical rows) and idempotent:
// an AppSetting marker records a finished run, which a second call leaves alone; an interrupted run (marker
// still "loading") or `replace: true` deletes the demo rows (customers whose externalId starts "demo-",
// with everything hanging off them) and generates again. An advisory lock lets several server instances
// call it at once: one seeds, the others wait and then find it done.
import { z } from "zod";
import type { Prisma, PrismaClient } from "../../generated/client.ts";
import type { Database } from "../index.ts";
import { seedReferenceData } from "../reference-data.ts";
import { constraintRestoreStatements, dropConstraints, restoreConstraints } from "./bulk-mode.ts";
import { DemoContext } from "./context.ts";
import { RowBuffer } from "./csv.ts";
import { DEMO_EXTERNAL_ID_PREFIX, writeCustomer } from "./customer.ts";
import { type BulkLoader, currentMaxIds, openLoader, resetSequences } from "./loader.ts";
import { Rng } from "./random.ts";
import { prepareDemoRefs } from "./refs.ts";
import { LOAD_ORDER, type Table } from "./rows.ts";

export { DEMO_EXTERNAL_ID_PREFIX } from "./customer.ts";

/** The fixed "today" of the demo history (two years of data end here), so every run is reproducible. */
export const DEFAULT_ANCHOR = new Date(Date.UTC(2026, 10, 1));
export const DEFAULT_DEMO_CUSTOMERS = 2000;
export const DEFAULT_DEMO_SEED = 1;
const MARKER_KEY = "demoData";
const SEED_BLOCK = 250; // customers per re-seed of the random source: output does not depend on chunk size
const SEED_LOCK = 72707371; // advisory-lock key (the migration runner uses 72707369)
const BULK_MODE_MIN_CUSTOMERS = 20_000; // below this, loading with every constraint in place is fast enough

export interface SeedDemoOptions {
  customers?: number;
  seed?: number;
  anchor?: Date;
  /** Delete existing demo rows and generate again (e.g. with another customer count). */
  replace?: boolean;
  /** PostgreSQL only: drop and rebuild indexes and foreign keys around the load ("auto": for 20,000+ customers into empty tables). */
  bulkLoad?: "auto" | "always" | "never";
  /** Customers per COPY transaction. */
  chunkSize?: number;
  onProgress?: (done: number, total: number) => void;
  /** Announces the slower steps around the customer loop (cleanup, index rebuild). */
  onPhase?: (message: string) => void;
}

export interface DemoSummary {
  skipped: boolean; // a finished demo dataset was already there
  customers: number;
  seed: number;
  anchor: string;
  counts: Partial<Record<Table, number>>;
  elapsedMs: number;
}

const Marker = z.object({
  status: z.enum(["loading", "complete"]),
  customers: z.number(),
  seed: z.number(),
  anchor: z.string(),
  counts: z.record(z.string(), z.number()).optional(),
  restore: z.array(z.string()).optional(), // indexes and foreign keys to recreate after a bulk load
});
type Marker = z.infer<typeof Marker>;

async function readMarker(prisma: PrismaClient): Promise<Marker | null> {
  const row = await prisma.appSetting.findUnique({ where: { key: MARKER_KEY } });
  const parsed = Marker.safeParse(row?.value);
  return parsed.success ? parsed.data : null;
}

async function writeMarker(prisma: PrismaClient, marker: Marker): Promise<void> {
  const value = marker as Prisma.InputJsonValue;
  await prisma.appSetting.upsert({ where: { key: MARKER_KEY }, create: { key: MARKER_KEY, value }, update: { value } });
}

/** True when a complete demo dataset is in the database. */
export async function hasDemoData(prisma: PrismaClient): Promise<boolean> {
  return (await readMarker(prisma))?.status === "complete";
}

export async function seedDemo(db: Database, options: SeedDemoOptions = {}): Promise<DemoSummary> {
  const started = performance.now();
  const { prisma } = db;
  const customers = options.customers ?? DEFAULT_DEMO_CUSTOMERS;
  const seed = options.seed ?? DEFAULT_DEMO_SEED;
  const anchor = (options.anchor ?? DEFAULT_ANCHOR).getTime();
  const chunkSize = options.chunkSize ?? 1000;
  const summary = (skipped: boolean, counts: Partial<Record<Table, number>>): DemoSummary => ({
    skipped,
    customers,
    seed,
    anchor: new Date(anchor).toISOString(),
    counts,
    elapsedMs: Math.round(performance.now() - started),
  });

  await seedReferenceData(prisma);
  const loader = await openLoader(db);
  try {
    // Several server instances may start at once: one seeds, the others wait here and then find it done.
    await loader.exec(`SELECT pg_advisory_lock(${SEED_LOCK})`);
    const marker = await readMarker(prisma);
    if (marker?.status === "complete" && !options.replace) {
      const counts = (marker.counts ?? {}) as Partial<Record<Table, number>>;
      return { ...summary(true, counts), customers: marker.customers, seed: marker.seed, anchor: marker.anchor };
    }
    if (marker?.restore?.length) {
      // An interrupted bulk load left the indexes and foreign keys dropped: its rows go, the constraints come back.
      options.onPhase?.("repairing an interrupted bulk load");
      await loader.exec(`TRUNCATE ${LOAD_ORDER.map((t) => `"${t}"`).join(", ")}`);
      await restoreConstraints(loader, marker.restore);
    }
    if (marker || options.replace) options.onPhase?.("deleting the previous demo data");
    await deleteDemoRows(prisma, loader.exec);
    const mode = options.bulkLoad ?? "auto";
    const bulk =
      !db.pglite && mode !== "never" && (mode === "always" || customers >= BULK_MODE_MIN_CUSTOMERS) && (await generatedTablesEmpty(loader));
    const base: Marker = { status: "loading", customers, seed, anchor: new Date(anchor).toISOString() };
    if (bulk) base.restore = await constraintRestoreStatements(loader);
    await writeMarker(prisma, base); // before dropping anything: the next run can repair a crash
    if (bulk) await dropConstraints(loader);

    const refs = await prepareDemoRefs(prisma, anchor);
    const ctx = new DemoContext(new Rng(), refs, anchor, customers, seed, await currentMaxIds(loader));
    const buffer = new RowBuffer();
    let pending: Promise<void> = Promise.resolve();
    for (let from = 0; from < customers; from += chunkSize) {
      const to = Math.min(customers, from + chunkSize);
      for (let i = from; i < to; i++) {
        if (i % SEED_BLOCK === 0) ctx.rng.seed([seed, i / SEED_BLOCK]);
        writeCustomer(ctx, buffer, i);
        if (i % 100 === 99) await new Promise((resolve) => setImmediate(resolve)); // let the previous COPY stream out meanwhile
      }
      const tables = buffer.drain();
      await pending; // at most one chunk loads while the next one is generated
      pending = loader.loadChunk(tables).then(() => options.onProgress?.(to, customers));
      pending.catch(() => {}); // it is awaited before the next chunk; this only avoids an unhandled-rejection crash meanwhile
    }
    await pending;
    if (base.restore) {
      options.onPhase?.("building indexes and checking foreign keys");
      await restoreConstraints(loader, base.restore);
    }
    await resetSequences(loader);
    const counts = Object.fromEntries(LOAD_ORDER.map((t) => [t, buffer.counts[t]])) as Record<Table, number>;
    await writeMarker(prisma, { status: "complete", customers, seed, anchor: base.anchor, counts });
    return summary(false, counts);
  } finally {
    await loader.exec(`SELECT pg_advisory_unlock(${SEED_LOCK})`).catch(() => {});
    await loader.close();
  }
}

async function generatedTablesEmpty(loader: BulkLoader): Promise<boolean> {
  const rows = await loader.query<{ empty: boolean }>(
    `SELECT ${LOAD_ORDER.map((t) => `NOT EXISTS (SELECT 1 FROM "${t}")`).join(" AND ")} AS empty`,
  );
  return rows[0]?.empty === true;
}

/** Remove demo customers and everything that cascades from them. TRUNCATE when only demo customers exist (fast at 1M rows). */
async function deleteDemoRows(prisma: PrismaClient, exec: (sql: string) => Promise<void>): Promise<void> {
  const demo = { externalId: { startsWith: DEMO_EXTERNAL_ID_PREFIX } };
  if (!(await prisma.customer.findFirst({ where: demo, select: { id: true } }))) return;
  const others = await prisma.customer.count({ where: { NOT: demo } });
  if (others === 0) await exec(`TRUNCATE "Customer" CASCADE`);
  else await prisma.customer.deleteMany({ where: demo });
}
