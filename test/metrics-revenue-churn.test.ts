// revenueChurn on a hand-built book: each movement, MRR at start/end and every ratio is worked out in the comments.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApi, type TestApi } from "./support/api.ts";
import { dbKinds } from "./support/database.ts";
import { apiKey, churnEvent, customer, query, RATIO } from "./support/metrics.ts";

const Q = `query($from: DateTime!, $to: DateTime!, $g: MetricGranularity!, $f: MetricFilter) {
  revenueChurn(from: $from, to: $to, granularity: $g, filter: $f) {
    period { start end } mrrAtStart new expansion contraction churned reactivation mrrAtEnd
    grossMrrChurn ${RATIO} netMrrChurn ${RATIO} grr ${RATIO} nrr ${RATIO} } }`;
type R = { rate: number | null; numerator: number; denominator: number };
type Point = {
  period: { start: string; end: string };
  mrrAtStart: number;
  new: number;
  expansion: number;
  contraction: number;
  churned: number;
  reactivation: number;
  mrrAtEnd: number;
  grossMrrChurn: R;
  netMrrChurn: R;
  grr: R;
  nrr: R;
};
const ratio = (numerator: number, denominator: number): R => ({
  numerator,
  denominator,
  rate: denominator ? numerator / denominator : null,
});

describe.each(dbKinds)("revenueChurn on %s", (kind) => {
  let api: TestApi;
  let key: string;
  const run = async (from: string, to: string, f?: object, g = "MONTH") =>
    (await query<{ revenueChurn: Point[] }>(api, key, Q, { from, to, g, f })).revenueChurn;

  beforeAll(async () => {
    api = await startTestApi(kind);
    key = await apiKey(api, ["metrics"]);
    await customer(api, { subs: [[1000, "2025-01-01"]] }); // r1 steady
    await customer(api, { plan: "BUSINESS", subs: [[2000, "2025-01-01", "2025-03-15"]] }); // r2 churns 15 Mar
    // r3: REVENUE churn as the command does it: the subscription ends and a cheaper one starts at the same instant.
    const r3 = await customer(api, {
      subs: [
        [3000, "2025-01-01", "2025-03-12"],
        [1800, "2025-03-12"],
      ],
    });
    await churnEvent(api, r3, "REVENUE", "PRICE", "2025-03-12", 1200);
    await customer(api, {
      subs: [
        [1000, "2025-01-01"],
        [500, "2025-01-01", "2025-03-20"],
      ],
    }); // r4 cancels one of two
    await customer(api, {
      subs: [
        [1000, "2025-01-01"],
        [700, "2025-03-05"],
      ],
    }); // r5 adds a product
    await customer(api, { subs: [[400, "2025-03-08"]] }); // r6 new
    await customer(api, {
      subs: [
        [600, "2025-01-01", "2025-03-10"],
        [900, "2025-03-20"],
      ],
    }); // r7 leaves and returns
    await customer(api, { subs: [[300, "2025-03-05", "2025-03-25"]] }); // r8 joins and leaves
    await customer(api, {
      subs: [
        [800, "2024-11-01", "2025-01-15"],
        [800, "2025-03-18"],
      ],
    }); // r9 left in Jan, back in Mar
    await customer(api, { deleted: true, subs: [[5000, "2025-01-01", "2025-03-15"]] }); // r10 soft-deleted
    await customer(api, {
      subs: [
        [1000, "2025-01-01", "2025-03-22"],
        [1500, "2025-03-22"],
      ],
    }); // r11 upgrades
  });
  afterAll(() => api.close());

  it("computes March's movements, gross/net MRR churn, GRR and NRR", async () => {
    const [march] = await run("2025-03-01T00:00:00Z", "2025-04-01T00:00:00Z");
    // start: r1 1000 + r2 2000 + r3 3000 + r4 1500 + r5 1000 + r7 600 + r11 1000 = 10100 (r10 deleted, r9 gone since Jan)
    // new: r6 400 + r8 300 = 700; reactivation: r7 900 + r9 800 = 1700; expansion: r5 700 + r11 (1500 − 1000) 500 = 1200
    // contraction: r3 (3000 − 1800) 1200 + r4 500 = 1700 (the REVENUE churn and the cancelled one of two subscriptions)
    // churned: r2 2000 + r7 600 + r8 300 = 2900
    // end: 10100 + 700 + 1700 + 1200 − 1700 − 2900 = 9100
    //   = r1 1000 + r3 1800 + r4 1000 + r5 1700 + r6 400 + r7 900 + r9 800 + r11 1500 = 9100 ✓
    expect(march).toEqual({
      period: { start: "2025-03-01T00:00:00.000Z", end: "2025-04-01T00:00:00.000Z" },
      mrrAtStart: 10100,
      new: 700,
      expansion: 1200,
      contraction: 1700,
      churned: 2900,
      reactivation: 1700,
      mrrAtEnd: 9100,
      grossMrrChurn: ratio(2900 + 1700, 10100), // 4600 / 10100
      netMrrChurn: ratio(2900 + 1700 - 1200 - 1700, 10100), // 1700 / 10100
      grr: ratio(10100 - 4600, 10100), // 1 − gross = 5500 / 10100
      // start cohort r1, r2, r3, r4, r5, r7, r11 at the end: 1000 + 0 + 1800 + 1000 + 1700 + 900 + 1500 = 7900 (r6, r8 new and r9's return excluded)
      nrr: ratio(7900, 10100),
    });
  });

  it("chains periods: each end is the next start and end = start + new + reactivation + expansion − contraction − churn", async () => {
    const rows = await run("2025-01-01T00:00:00Z", "2025-05-01T00:00:00Z");
    // Jan: start r9 800; new = the seven starting 1 Jan = 10100; r9 churns 800 → end 10100. Feb: nothing moves. Apr: nothing moves.
    expect(rows.map((r) => [r.period.start.slice(0, 7), r.mrrAtStart, r.new, r.churned, r.mrrAtEnd])).toEqual([
      ["2025-01", 800, 10100, 800, 10100],
      ["2025-02", 10100, 0, 0, 10100],
      ["2025-03", 10100, 700, 2900, 9100],
      ["2025-04", 9100, 0, 0, 9100],
    ]);
    for (const [i, r] of rows.entries()) {
      expect(r.mrrAtEnd).toBe(r.mrrAtStart + r.new + r.reactivation + r.expansion - r.contraction - r.churned);
      if (i > 0) expect(r.mrrAtStart).toBe(rows[i - 1].mrrAtEnd);
    }
  });

  it("REVENUE churn is contraction here and never logo churn", async () => {
    const { logoChurn } = await query<{ logoChurn: { churned: number; activeAtStart: number }[] }>(
      api,
      key,
      `{ logoChurn(from: "2025-03-01T00:00:00Z", to: "2025-04-01T00:00:00Z") { churned activeAtStart } }`,
    );
    // active at start: r1, r2, r3, r4, r5, r7, r11 = 7; at 0 by the end: r2 only (r3 downgraded, r4 kept one, r7 returned)
    expect(logoChurn).toEqual([{ churned: 1, activeAtStart: 7 }]);
  });

  it("applies the filter to every part", async () => {
    const [business] = await run("2025-03-01T00:00:00Z", "2025-04-01T00:00:00Z", { plan: "BUSINESS" });
    // only r2: 2000 at start, churned 2000 → gross 100%, NRR 0 / 2000
    expect(business).toMatchObject({ mrrAtStart: 2000, churned: 2000, mrrAtEnd: 0, grossMrrChurn: ratio(2000, 2000), nrr: ratio(0, 2000) });
  });

  it("answers an empty period with zeros and null rates", async () => {
    const [empty] = await run("2020-01-01T00:00:00Z", "2020-02-01T00:00:00Z");
    expect(empty).toMatchObject({ mrrAtStart: 0, new: 0, churned: 0, mrrAtEnd: 0, grossMrrChurn: ratio(0, 0), nrr: ratio(0, 0) });
  });

  it("splits March into weeks that chain", async () => {
    const weeks = await run("2025-03-03T00:00:00Z", "2025-03-31T00:00:00Z", undefined, "WEEK");
    expect(weeks).toHaveLength(4);
    // the whole of March except 1-2 March (nothing moves then) and 31 March (nothing either): same totals as the month
    expect(weeks.reduce((s, w) => s + w.churned, 0)).toBe(2900);
    expect(weeks[0].mrrAtStart).toBe(10100);
    expect(weeks[3].mrrAtEnd).toBe(9100);
  });
});
