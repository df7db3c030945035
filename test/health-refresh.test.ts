// Keeping scores current and reading them: incremental rescoring inside a write's transaction, the full refresh
// (GraphQL, scheduled) under its advisory lock, and atRiskCustomers (order, paging, MRR at risk, filter).
import { openDatabase, type PrismaClient, resolveDatabaseUrl } from "@churnstile/prisma";
import {
  HEALTH_REFRESH_LOCK,
  refreshHealthForCustomers,
  refreshHealthScores,
  startHealthRefresh,
  withHealthRefreshLock,
} from "@churnstile/schema/health/refresh";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApi, type TestApi } from "./support/api.ts";
import { dbKinds } from "./support/database.ts";
import { expectError } from "./support/fixtures.ts";
import { at, healthCustomer, stored } from "./support/health.ts";

const ASOF = at("2026-03-01");
const AT_RISK = `query($t: Int, $first: Int, $after: String, $f: MetricFilter) { atRiskCustomers(threshold: $t, first: $first, after: $after, filter: $f) {
  threshold modelVersion totalCount mrrAtRisk nodes { name healthScore owner { name } } pageInfo { hasNextPage endCursor } } }`;
type AtRisk = {
  threshold: number;
  totalCount: number;
  mrrAtRisk: number;
  nodes: { name: string }[];
  pageInfo: { hasNextPage: boolean; endCursor: string };
};
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe.each(dbKinds)("health refresh and at-risk list on %s", (kind) => {
  let api: TestApi;
  let p: PrismaClient;
  const id: Record<string, number> = {};

  beforeAll(async () => {
    api = await startTestApi(kind);
    p = api.db.prisma;
    for (const name of ["X", "Y"]) id[name] = await healthCustomer(p, { name, subs: [["2025-01-01"]], interactions: ["2026-02-01"] });
    id.gone = await healthCustomer(p, { name: "gone", deleted: true });
    await refreshHealthScores(p, { asOf: ASOF });
  });
  afterAll(() => api.close());

  it("rescores only the given customers, inside the caller's transaction", async () => {
    const [x, y] = [await stored(p, id.X), await stored(p, id.Y)];
    expect([x.updatedAt, y.updatedAt]).toEqual([ASOF, ASOF]);
    const extra = await p.product.create({ data: { code: "EXTRA", name: "Extra", category: "test", priceMinor: 1 } });
    await p.subscription.create({ data: { customerId: id.X, productId: extra.id, mrrMinor: 1, startedAt: at("2025-06-01") } }); // a second product
    const before = Date.now();
    expect(await p.$transaction((tx) => refreshHealthForCustomers(tx, [id.X, id.X, id.gone]))).toBe(1); // deleted: skipped
    const [x2, y2] = [await stored(p, id.X), await stored(p, id.Y)];
    expect(x2.updatedAt!.getTime()).toBeGreaterThanOrEqual(before - 1000); // scored as of now
    expect(x2.factors.productsHeld.value).toBe(2);
    expect(y2).toEqual(y); // untouched
    expect(await refreshHealthForCustomers(p, [])).toBe(0);
  });

  it("refreshes everyone through the ADMIN mutation", async () => {
    const res = await api.gql<{ refreshHealthScores: number }>(`mutation { refreshHealthScores }`, {}, await api.login("ADMIN"));
    expect(res.data).toEqual({ refreshHealthScores: 2 });
    expect((await stored(p, id.Y)).updatedAt!.getTime()).toBeGreaterThan(ASOF.getTime());
    const one = await api.gql(
      `mutation($ids: [ID!]) { refreshHealthScores(customerIds: $ids) }`,
      { ids: [String(id.Y)] },
      await api.login("ADMIN"),
    );
    expect(one.data).toEqual({ refreshHealthScores: 1 });
    expectError(await api.gql(`mutation { refreshHealthScores }`, {}, await api.login("AGENT")), "FORBIDDEN");
  });

  it("never runs two refreshes at once in one process", async () => {
    let running = 0;
    let most = 0;
    const slow = async () => {
      running += 1;
      most = Math.max(most, running);
      await sleep(300);
      running -= 1;
      return 1;
    };
    const outs = await Promise.all([withHealthRefreshLock(p, slow), withHealthRefreshLock(p, slow), withHealthRefreshLock(p, slow)]);
    expect(outs.filter((o) => o.ran)).toHaveLength(1);
    expect(most).toBe(1);
    expect((await withHealthRefreshLock(p, slow)).ran).toBe(true); // released afterwards
  });

  it.runIf(kind === "postgres")("skips while another instance holds the advisory lock", async () => {
    const cfg = api.db.pgConfig!;
    const other = new pg.Client(cfg); // another API instance's connection
    await other.connect();
    try {
      await other.query("SELECT pg_advisory_lock($1::bigint)", [HEALTH_REFRESH_LOCK.toString()]);
      expect(await withHealthRefreshLock(p, async () => 1)).toEqual({ ran: false });
      expectError(await api.gql(`mutation { refreshHealthScores }`, {}, await api.login("ADMIN")), "CONFLICT");
      await other.query("SELECT pg_advisory_unlock($1::bigint)", [HEALTH_REFRESH_LOCK.toString()]);
      expect(await withHealthRefreshLock(p, async () => 1)).toEqual({ ran: true, result: 1 });
    } finally {
      await other.end();
    }
    // Two instances (two clients, two pools) started together: exactly one refreshes.
    const second = await openDatabase(resolveDatabaseUrl(`postgres://${cfg.user}@${cfg.host}:${cfg.port}/${cfg.database}`, ""));
    try {
      const slow = (db: unknown) => sleep(300).then(() => refreshHealthScores(db as PrismaClient));
      const outs = await Promise.all([withHealthRefreshLock(p, slow), withHealthRefreshLock(second.prisma, slow)]);
      expect(outs.map((o) => o.ran).sort()).toEqual([false, true]);
    } finally {
      await second.close();
    }
  });

  it("runs on a schedule and stops cleanly", async () => {
    await p.customer.updateMany({ data: { healthScore: null } });
    let done!: (n: number) => void;
    const first = new Promise<number>((r) => {
      done = r;
    });
    const handle = startHealthRefresh(p, 60_000, { onRun: (n) => done(n) });
    expect(await first).toBe(2);
    await handle.stop();
    expect(await p.customer.count({ where: { healthScore: null, deletedAt: null } })).toBe(0);
  });

  it("lists customers below the threshold, lowest first, with the MRR at risk over all pages", async () => {
    const r = async (name: string, score: number | null, mrrMinor: number, extra: object = {}) => {
      const c = await healthCustomer(p, { name, mrrMinor, industry: "AtRisk", ...extra });
      await p.customer.update({ where: { id: c }, data: { healthScore: score } });
    };
    await r("r12", 12, 1000);
    await r("r7a", 7, 2000);
    await r("r7b", 7, 3000); // same score: by id
    await r("r30", 30, 4000); // not below 20
    await r("churned", 3, 0, { status: "CHURNED" });
    await r("deleted", 2, 500, { deleted: true });
    await r("unscored", null, 800);
    const agent = await api.login("AGENT");
    const f = { industry: "atrisk" };
    const one = await api.gql<{ atRiskCustomers: AtRisk }>(AT_RISK, { t: 20, first: 2, f }, agent);
    expect(one.errors).toBeUndefined();
    const page1 = one.data!.atRiskCustomers;
    expect(page1).toMatchObject({ threshold: 20, totalCount: 3, mrrAtRisk: 6000, pageInfo: { hasNextPage: true } }); // 1000 + 2000 + 3000
    expect(page1.nodes.map((n) => n.name)).toEqual(["r7a", "r7b"]);
    const two = await api.gql<{ atRiskCustomers: AtRisk }>(AT_RISK, { t: 20, first: 2, after: page1.pageInfo.endCursor, f }, agent);
    expect(two.data!.atRiskCustomers.nodes.map((n) => n.name)).toEqual(["r12"]);
    expect(two.data!.atRiskCustomers.pageInfo.hasNextPage).toBe(false);
    // Default threshold: the active model's atRiskBelow (v1: 40) → r30 too.
    const all = await api.gql<{ atRiskCustomers: AtRisk }>(AT_RISK, { f }, agent);
    expect(all.data!.atRiskCustomers).toMatchObject({ threshold: 40, totalCount: 4, mrrAtRisk: 10000 });
    expectError(await api.gql(AT_RISK, { first: 500 }, agent), "BAD_USER_INPUT", "first");
    expectError(await api.gql(AT_RISK, { after: "bm9wZQ" }, agent), "BAD_USER_INPUT", "after");
    expectError(await api.gql(AT_RISK, {}), "UNAUTHENTICATED");
  });

  it("reads a page with its nested fields in a fixed number of statements", async () => {
    const analyst = await api.login("ANALYST");
    const count = async (first: number) => {
      api.db.sql.length = 0;
      const res = await api.gql<{ atRiskCustomers: AtRisk }>(AT_RISK, { t: 100, first }, analyst);
      expect(res.errors).toBeUndefined();
      return api.db.sql.filter((s) => !/"Session"|"ApiKey"/.test(s)).length;
    };
    expect(await count(1)).toBe(await count(10));
    expect(await count(10)).toBeLessThanOrEqual(4); // model, page of ids, totals, customers with owners
  });
});
