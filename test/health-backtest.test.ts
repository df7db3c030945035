// Acceptance: on the demo data the score means something. Customers the active model (v1) flags at risk four
// months before the demo's "today" churn at least twice as often within 90 days as the others. The generator gives
// customers heading for churn the warning signals (falling logins, ignored e-mails and offers, complaints, downgrades)
// and never reads a score; the backtest scores as of that date from the events before it only.
import { DEFAULT_ANCHOR, seedDemo } from "@churnstile/prisma/demo";
import { refreshHealthScores } from "@churnstile/schema/health/refresh";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApi, type TestApi } from "./support/api.ts";
import { dbKinds } from "./support/database.ts";

const BACKTEST = `query($asOf: DateTime!) { healthBacktest(asOf: $asOf, horizonDays: 90) {
  modelVersion threshold customers flagged notFlagged churnedFlagged churnedNotFlagged
  precision { rate numerator denominator } recall { rate numerator denominator }
  churnRateFlagged churnRateOthers lift meanScoreChurned meanScoreRetained } }`;
type Backtest = {
  customers: number;
  flagged: number;
  churnedFlagged: number;
  churnedNotFlagged: number;
  churnRateFlagged: number;
  churnRateOthers: number;
  lift: number;
  meanScoreChurned: number;
  meanScoreRetained: number;
};

const asOf = new Date(DEFAULT_ANCHOR);
asOf.setUTCMonth(asOf.getUTCMonth() - 4); // 1 July 2026

describe.each(dbKinds)("health backtest on the demo data (%s)", (kind) => {
  let api: TestApi;
  let analyst: string;
  let first: Backtest;

  beforeAll(async () => {
    api = await startTestApi(kind);
    await seedDemo(api.db, { customers: 800, seed: 1 });
    analyst = await api.login("ANALYST");
  }, 300_000);
  afterAll(() => api.close());

  const backtest = async () => {
    const res = await api.gql<{ healthBacktest: Backtest }>(BACKTEST, { asOf: asOf.toISOString() }, analyst);
    expect(res.errors).toBeUndefined();
    return res.data!.healthBacktest;
  };

  it("flags customers who churn at least twice as often within 90 days as the others", async () => {
    first = await backtest();
    expect(first).toMatchObject({ modelVersion: 1, threshold: 40 });
    expect(first.customers).toBeGreaterThan(400);
    expect(first.flagged).toBeGreaterThanOrEqual(10); // enough flags for the rate to mean something
    expect(first.churnedFlagged + first.churnedNotFlagged).toBeGreaterThanOrEqual(15);
    expect(first.churnRateFlagged).toBeGreaterThanOrEqual(2 * first.churnRateOthers);
    expect(first.lift).toBeGreaterThanOrEqual(2);
    expect(first.meanScoreChurned).toBeLessThan(first.meanScoreRetained);
  });

  it("scores as of the date, never from the stored scores", async () => {
    await api.db.prisma.customer.updateMany({ data: { healthScore: 100 } });
    expect(await backtest()).toEqual(first);
  });

  it("scores every demo customer as of the demo's today and lists the ones at risk, lowest first", async () => {
    const live = await api.db.prisma.customer.count({ where: { deletedAt: null } });
    // as of the anchor, not the clock: the demo's history ends there, and months later nobody looks at risk any more
    expect(await refreshHealthScores(api.db.prisma, { asOf: DEFAULT_ANCHOR })).toBe(live);
    const res = await api.gql<{
      atRiskCustomers: { totalCount: number; mrrAtRisk: number; nodes: { healthScore: number; status: string }[] };
    }>(`{ atRiskCustomers(first: 100) { totalCount mrrAtRisk nodes { healthScore status } } }`, {}, analyst);
    expect(res.errors).toBeUndefined();
    const list = res.data!.atRiskCustomers;
    expect(list.totalCount).toBeGreaterThan(0);
    expect(list.mrrAtRisk).toBeGreaterThan(0);
    const scores = list.nodes.map((n) => n.healthScore);
    expect(scores).toEqual([...scores].sort((a, b) => a - b));
    expect(scores.every((s) => s < 40)).toBe(true);
    expect(list.nodes.some((n) => n.status === "CHURNED")).toBe(false);
  });
});
