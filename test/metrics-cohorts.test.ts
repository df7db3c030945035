// cohortRetention by customers and by MRR on two hand-built signup cohorts; every cell is worked out in the comments.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApi, type TestApi } from "./support/api.ts";
import { dbKinds } from "./support/database.ts";
import { apiKey, customer, query } from "./support/metrics.ts";

const Q = `query($from: DateTime!, $to: DateTime!, $m: CohortMeasure!, $months: Int!, $f: MetricFilter) {
  cohortRetention(from: $from, to: $to, measure: $m, months: $months, filter: $f) {
    cohort { start end } customers cells { k observedAt value share { rate numerator denominator } } } }`;
type Row = {
  cohort: { start: string; end: string };
  customers: number;
  cells: { k: number; observedAt: string; value: number; share: { rate: number | null; numerator: number; denominator: number } }[];
};
const cells = (r: Row) => r.cells.map((c) => [c.k, c.share.numerator, c.share.denominator]);

describe.each(dbKinds)("cohortRetention on %s", (kind) => {
  let api: TestApi;
  let key: string;
  const run = async (vars: object) =>
    (
      await query<{ cohortRetention: Row[] }>(api, key, Q, {
        from: "2025-01-01T00:00:00Z",
        to: "2025-03-01T00:00:00Z",
        m: "CUSTOMERS",
        months: 3,
        ...vars,
      })
    ).cohortRetention;

  beforeAll(async () => {
    api = await startTestApi(kind);
    key = await apiKey(api, ["metrics"]);
    // January cohort
    await customer(api, { signedUpAt: "2025-01-05", subs: [[1000, "2025-01-05"]] }); // k1 stays
    await customer(api, { signedUpAt: "2025-01-10", subs: [[1000, "2025-01-10", "2025-02-15"]] }); // k2 leaves in February
    await customer(api, { signedUpAt: "2025-01-20", subs: [[2000, "2025-01-20", "2025-01-25"]] }); // k3 leaves in its signup month
    await customer(api, {
      signedUpAt: "2025-01-31",
      plan: "STARTER",
      subs: [
        [1000, "2025-01-31"],
        [500, "2025-03-10"],
      ],
    }); // k4 expands in March
    await customer(api, { signedUpAt: "2025-01-15", deleted: true, subs: [[9000, "2025-01-15"]] }); // k5 soft-deleted
    // February cohort
    await customer(api, { signedUpAt: "2025-02-01", subs: [[3000, "2025-02-01", "2025-04-01"]] }); // k6 ends exactly at 1 April
    await customer(api, { signedUpAt: "2025-02-28" }); // k7 never paid
    await customer(api, { signedUpAt: "2025-03-01", subs: [[1000, "2025-03-01"]] }); // March: outside [from, to)
  });
  afterAll(() => api.close());

  it("CUSTOMERS: cell k = active cohort customers at the close of the k-th month ÷ cohort size", async () => {
    const [jan, feb] = await run({});
    expect(jan.cohort).toEqual({ start: "2025-01-01T00:00:00.000Z", end: "2025-02-01T00:00:00.000Z" });
    // Jan cohort = k1-k4 (k5 deleted) = 4. k0 (just before 1 Feb): k1, k2, k4 = 3; k1 (1 Mar): k1, k4 = 2; k2, k3: 2.
    expect(jan.customers).toBe(4);
    expect(cells(jan)).toEqual([
      [0, 3, 4],
      [1, 2, 4],
      [2, 2, 4],
      [3, 2, 4],
    ]);
    expect(jan.cells[0]).toMatchObject({ observedAt: "2025-02-01T00:00:00.000Z", value: 3, share: { rate: 0.75 } });
    // Feb cohort = k6, k7 = 2. k0 (1 Mar): k6; k1 (1 Apr): k6 still (its end is 1 Apr); k2 (1 May), k3: nobody.
    expect(feb.customers).toBe(2);
    expect(cells(feb)).toEqual([
      [0, 1, 2],
      [1, 1, 2],
      [2, 0, 2],
      [3, 0, 2],
    ]);
  });

  it("MRR: cell k = the cohort's MRR at k ÷ its MRR at k = 0", async () => {
    const [jan, feb] = await run({ m: "MRR" });
    // Jan: k0 = k1 1000 + k2 1000 + k4 1000 = 3000; k1 = 1000 + 1000 = 2000; k2, k3 = 1000 + 1500 = 2500 (k4's expansion)
    expect(cells(jan)).toEqual([
      [0, 3000, 3000],
      [1, 2000, 3000],
      [2, 2500, 3000],
      [3, 2500, 3000],
    ]);
    expect(jan.cells[2].value).toBe(2500);
    // Feb: 3000, 3000, 0, 0 of 3000
    expect(cells(feb)).toEqual([
      [0, 3000, 3000],
      [1, 3000, 3000],
      [2, 0, 3000],
      [3, 0, 3000],
    ]);
  });

  it("filters the cohorts and leaves out cells not observable yet", async () => {
    const [starters] = await run({ f: { plan: "STARTER" } });
    expect([starters.customers, cells(starters)]).toEqual([
      1,
      [
        [0, 1, 1],
        [1, 1, 1],
        [2, 1, 1],
        [3, 1, 1],
      ],
    ]);
    // A cohort of last month: only k = 0 (observed at the start of this month) has happened.
    const now = new Date();
    const lastMonth = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1));
    await customer(api, { signedUpAt: lastMonth.toISOString(), subs: [[700, lastMonth.toISOString()]] });
    const [recent] = await run({ from: lastMonth.toISOString(), to: now.toISOString(), months: 6 });
    expect(cells(recent)).toEqual([[0, 1, 1]]);
  });

  it("validates months and the range", async () => {
    const bad = async (vars: object) =>
      (await api.gql(Q, { from: "2025-01-01T00:00:00Z", to: "2025-03-01T00:00:00Z", m: "CUSTOMERS", months: 3, ...vars }, key)).errors?.[0]
        ?.extensions;
    expect(await bad({ months: 61 })).toMatchObject({ code: "BAD_USER_INPUT", field: "months" });
    expect(await bad({ to: "2024-01-01T00:00:00Z" })).toMatchObject({ code: "BAD_USER_INPUT", field: "to" });
    expect(await run({ from: "2020-01-01T00:00:00Z", to: "2020-06-01T00:00:00Z" })).toEqual([]);
  });
});
