// Acceptance: on the demo data the score means something. Customers the active model (v1) flags at risk four
// months before the demo's "today" churn at least twice as often within 90 days as the others. The generator gives
// customers heading for churn the warning signals (falling logins, ignored e-mails and offers, complaints, downgrades)
// and never reads a score; the backtest scores as of that date from the events before it only.
import { Prisma } from "@churnstile/prisma";
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

  it("scores alike through the per-customer indexes (write paths) and one pass per table (backtest, full refresh)", async () => {
    const p = api.db.prisma;
    const read = () =>
      p.customer.findMany({
        where: { deletedAt: null },
        select: { id: true, healthScore: true, healthFactors: true },
        orderBy: { id: "asc" },
      });
    await refreshHealthScores(p, { asOf }); // everyone: id ranges, one grouped pass per table
    const ranged = await read();
    await p.customer.updateMany({ data: { healthScore: null, healthFactors: Prisma.DbNull } });
    await refreshHealthScores(p, { asOf, customerIds: ranged.map((c) => c.id) }); // per customer, through the indexes
    expect(await read()).toEqual(ranged);
    const mid = ranged[ranged.length >> 1].id; // the bench loader's way: given id ranges
    const halves = [
      { first: 0, last: mid },
      { first: mid + 1, last: ranged.at(-1)!.id },
    ];
    const counts = await Promise.all(halves.map((idRange) => refreshHealthScores(p, { asOf, idRange })));
    expect(counts[0] + counts[1]).toBe(ranged.length);
    expect(await read()).toEqual(ranged);
    // a backtest counts exactly the stored scores of the customers active at asOf: everyone (three id ranges, one
    // pass per table) and a country's (few: customer by customer)
    const at = asOf.toISOString();
    const stored = async (country: string | null) =>
      (
        await p.$queryRaw<Record<string, number>[]>`
      WITH active AS (
        SELECT c."healthScore" AS score, EXISTS (SELECT 1 FROM "MrrMovement" m WHERE m."customerId" = c.id AND m.kind = 'CHURN'
            AND m."occurredAt" >= ${at}::timestamp AND m."occurredAt" < ${at}::timestamp + interval '90 days')
          OR EXISTS (SELECT 1 FROM "ChurnEvent" e WHERE e."customerId" = c.id AND e.type <> 'REVENUE'
            AND e."effectiveAt" >= ${at}::timestamp AND e."effectiveAt" < ${at}::timestamp + interval '90 days') AS churned
        FROM "Customer" c WHERE c."deletedAt" IS NULL AND (c.country = ${country} OR ${country}::text IS NULL)
          AND EXISTS (SELECT 1 FROM "Subscription" s WHERE s."customerId" = c.id
            AND s."mrrMinor" > 0 AND s."startedAt" < ${at}::timestamp AND (s."endedAt" IS NULL OR s."endedAt" >= ${at}::timestamp)))
      SELECT count(*)::int AS customers, count(*) FILTER (WHERE score < 40)::int AS flagged,
        count(*) FILTER (WHERE score < 40 AND churned)::int AS "churnedFlagged",
        count(*) FILTER (WHERE score >= 40 AND churned)::int AS "churnedNotFlagged",
        (avg(score) FILTER (WHERE churned))::float8 AS "meanScoreChurned",
        (avg(score) FILTER (WHERE NOT churned))::float8 AS "meanScoreRetained"
      FROM active`
      )[0];
    expect(first).toMatchObject(await stored(null));
    const [{ country }] = await p.$queryRaw<
      { country: string }[]
    >`SELECT country FROM "Customer" GROUP BY 1 ORDER BY count(*) DESC LIMIT 1`;
    const res = await api.gql<{ healthBacktest: Backtest }>(
      `query($asOf: DateTime!, $f: MetricFilter) { healthBacktest(asOf: $asOf, horizonDays: 90, filter: $f) {
        customers flagged churnedFlagged churnedNotFlagged meanScoreChurned meanScoreRetained } }`,
      { asOf: at, f: { country } },
      analyst,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.healthBacktest).toEqual(await stored(country));
    expect(res.data!.healthBacktest.customers).toBeGreaterThan(50);
  });
});
