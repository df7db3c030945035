// logoChurn on a hand-built book of customers; every expected number is worked out in the comments.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApi, type TestApi } from "./support/api.ts";
import { dbKinds } from "./support/database.ts";
import { apiKey, churnEvent, customer, customers, query, RATIO } from "./support/metrics.ts";

const Q = `query($from: DateTime!, $to: DateTime!, $g: MetricGranularity!, $by: LogoChurnGroupBy!, $f: MetricFilter) {
  logoChurn(from: $from, to: $to, granularity: $g, groupBy: $by, filter: $f) { period { start end } group churned activeAtStart rate ${RATIO} } }`;
type Point = {
  period: { start: string; end: string };
  group: string;
  churned: number;
  activeAtStart: number;
  rate: { rate: number | null; numerator: number; denominator: number };
};
const brief = (p: Point) => [p.period.start.slice(0, 10), p.group, p.churned, p.activeAtStart];

describe.each(dbKinds)("logoChurn on %s", (kind) => {
  let api: TestApi;
  let key: string;
  let staticSegment: number;
  let dynamicSegment: number;
  const run = async (from: string, to: string, g = "MONTH", by = "NONE", f?: object) =>
    (await query<{ logoChurn: Point[] }>(api, key, Q, { from, to, g, by, f })).logoChurn;

  beforeAll(async () => {
    api = await startTestApi(kind);
    key = await apiKey(api, ["metrics"]);
    // c1-c4: steady since 1 Jan (c1 on STARTER, c2 in IR).
    const [c1] = await customers(api, 1, { plan: "STARTER", subs: [[1000, "2025-01-01"]] });
    await customer(api, { country: "IR", subs: [[1000, "2025-01-01"]] });
    await customers(api, 2, { subs: [[1000, "2025-01-01"]] });
    // c6 (STARTER) and c7 leave on 15 March; only c6's churn is logged.
    const c6 = await customer(api, { plan: "STARTER", subs: [[1000, "2025-01-01", "2025-03-15"]] });
    await churnEvent(api, c6, "VOLUNTARY", "PRICE", "2025-03-15", 1000);
    const c7 = await customer(api, { subs: [[1000, "2025-01-01", "2025-03-15"]] });
    // c8 leaves on 10 March and comes back on 20 March.
    const c8 = await customer(api, {
      subs: [
        [1000, "2025-01-01", "2025-03-10"],
        [1000, "2025-03-20"],
      ],
    });
    await churnEvent(api, c8, "VOLUNTARY", "PRICE", "2025-03-10", 1000);
    // c9 downgrades (REVENUE churn: one of two subscriptions ends); c10 cancels one of two without an event.
    const c9 = await customer(api, {
      subs: [
        [1000, "2025-01-01"],
        [500, "2025-01-01", "2025-03-12"],
      ],
    });
    await churnEvent(api, c9, "REVENUE", "PRICE", "2025-03-12", 500);
    await customer(api, {
      subs: [
        [1000, "2025-01-01"],
        [1000, "2025-01-01", "2025-03-20"],
      ],
    });
    // c11 joins on 5 March and leaves on 25 March; c12 (soft-deleted) leaves on 15 March.
    const c11 = await customer(api, { subs: [[1000, "2025-03-05", "2025-03-25"]] });
    await churnEvent(api, c11, "VOLUNTARY", "LOW_USAGE", "2025-03-25", 1000);
    const c12 = await customer(api, { deleted: true, subs: [[1000, "2025-01-01", "2025-03-15"]] });
    await churnEvent(api, c12, "VOLUNTARY", "PRICE", "2025-03-15", 1000);
    // c13 leaves in February; c14's subscription ends exactly at 1 April 00:00.
    const c13 = await customer(api, { subs: [[1000, "2025-01-01", "2025-02-10"]] });
    await churnEvent(api, c13, "INVOLUNTARY", "PAYMENT_FAILURE", "2025-02-10", 1000);
    const c14 = await customer(api, { subs: [[1000, "2025-01-01", "2025-04-01"]] });
    await churnEvent(api, c14, "COMPETITIVE", "POOR_SERVICE", "2025-04-01", 1000);

    staticSegment = (
      await api.db.prisma.segment.create({
        data: { name: "Key accounts", kind: "STATIC", members: { create: [c1, c6, c7].map((customerId) => ({ customerId })) } },
      })
    ).id;
    dynamicSegment = (await api.db.prisma.segment.create({ data: { name: "Starters", kind: "DYNAMIC", rule: { plan: ["STARTER"] } } })).id;
  });
  afterAll(() => api.close());

  it("10 customers active on 1 March, 2 churned in March → 20%", async () => {
    // Active just before 1 March: c1-c4, c6, c7, c8, c9, c10, c14 = 10 (c11 not yet, c12 deleted, c13 gone).
    // MRR 0 just before 1 April: c6, c7 = 2. c8 came back, c9/c10 still pay, c14 ends at 1 April itself.
    const [march] = await run("2025-03-01T00:00:00Z", "2025-04-01T00:00:00Z");
    expect(march).toEqual({
      period: { start: "2025-03-01T00:00:00.000Z", end: "2025-04-01T00:00:00.000Z" },
      group: "ALL",
      churned: 2,
      activeAtStart: 10,
      rate: { rate: 0.2, numerator: 2, denominator: 10 },
    });
  });

  it("chains months: February, March, April", async () => {
    // Feb: active c1-c4, c6-c10, c13, c14 = 11; c13 leaves → 1/11.
    // Apr: active c1-c4, c8, c9, c10, c14 (ends at 1 April, so active just before it) = 8; c14 → 1/8.
    const rows = await run("2025-02-01T00:00:00Z", "2025-05-01T00:00:00Z");
    expect(rows.map(brief)).toEqual([
      ["2025-02-01", "ALL", 1, 11],
      ["2025-03-01", "ALL", 2, 10],
      ["2025-04-01", "ALL", 1, 8],
    ]);
    expect(rows[0].period.end).toBe(rows[1].period.start);
  });

  it("clips the first and last periods to [from, to)", async () => {
    // [10 Mar, 1 Apr): active just before 10 Mar = the 10 above + c11 = 11 (c8's end at 10 Mar is still active then);
    //   MRR 0 just before 1 Apr: c6, c7, c11 = 3 (c8 is back).
    // [1 Apr, 15 Apr): 8 active, c14 gone → 1.
    const rows = await run("2025-03-10T00:00:00Z", "2025-04-15T00:00:00Z");
    expect(rows.map((r) => [r.period.start, r.period.end, r.churned, r.activeAtStart])).toEqual([
      ["2025-03-10T00:00:00.000Z", "2025-04-01T00:00:00.000Z", 3, 11],
      ["2025-04-01T00:00:00.000Z", "2025-04-15T00:00:00.000Z", 1, 8],
    ]);
  });

  it("cuts weeks from Monday and quarters from January; a subscription starting at a period's start is not active at it", async () => {
    // Week [3 Mar, 10 Mar): active 10 (c11 starts 5 Mar), nobody at 0 just before 10 Mar → 0/10.
    // Week [10 Mar, 17 Mar): active 11 (c11 in); c6, c7 (15 Mar) and c8 (gone 10-20 Mar) at 0 just before 17 Mar → 3/11.
    const weeks = await run("2025-03-03T00:00:00Z", "2025-03-17T00:00:00Z", "WEEK");
    expect(weeks.map(brief)).toEqual([
      ["2025-03-03", "ALL", 0, 10],
      ["2025-03-10", "ALL", 3, 11],
    ]);
    // Q1 starts 1 Jan, the day every subscription starts: none is active just before it → 0/0, rate null.
    // Q2: the 8 active at 1 April, c14 gone → 1/8.
    const quarters = await run("2025-01-01T00:00:00Z", "2025-07-01T00:00:00Z", "QUARTER");
    expect(quarters.map(brief)).toEqual([
      ["2025-01-01", "ALL", 0, 0],
      ["2025-04-01", "ALL", 1, 8],
    ]);
    expect(quarters[0].rate.rate).toBeNull();
  });

  it("answers an empty period with zeros and a null rate", async () => {
    const [empty] = await run("2020-01-01T00:00:00Z", "2020-02-01T00:00:00Z");
    expect(empty).toMatchObject({ group: "ALL", churned: 0, activeAtStart: 0, rate: { rate: null, numerator: 0, denominator: 0 } });
  });

  it("attributes churned customers to their churn event; UNKNOWN without one; REVENUE never", async () => {
    const march = (by: string) => run("2025-03-01T00:00:00Z", "2025-04-01T00:00:00Z", "MONTH", by);
    // c6 → VOLUNTARY / PRICE / PRICE / PRICING; c7 has no event → UNKNOWN. Denominator stays the 10 active.
    expect((await march("TYPE")).map(brief)).toEqual([
      ["2025-03-01", "UNKNOWN", 1, 10],
      ["2025-03-01", "VOLUNTARY", 1, 10],
    ]);
    expect((await march("REASON")).map(brief)).toEqual([
      ["2025-03-01", "PRICE", 1, 10],
      ["2025-03-01", "UNKNOWN", 1, 10],
    ]);
    expect((await march("CATEGORY")).map((r) => r.group)).toEqual(["PRICE", "UNKNOWN"]);
    expect((await march("OWNER_TEAM")).map((r) => r.group)).toEqual(["PRICING", "UNKNOWN"]);
    // April: c14's COMPETITIVE churn effective exactly at 1 April belongs to April.
    const april = await run("2025-04-01T00:00:00Z", "2025-05-01T00:00:00Z", "MONTH", "TYPE");
    expect(april.map(brief)).toEqual([["2025-04-01", "COMPETITIVE", 1, 8]]);
  });

  it("groups by plan, country and segment with both counts per group", async () => {
    const march = (by: string) => run("2025-03-01T00:00:00Z", "2025-04-01T00:00:00Z", "MONTH", by);
    // STARTER: c1, c6 → 1 of 2; GROWTH: the other 8, c7 → 1 of 8.
    expect((await march("PLAN")).map(brief)).toEqual([
      ["2025-03-01", "GROWTH", 1, 8],
      ["2025-03-01", "STARTER", 1, 2],
    ]);
    // IR: c2 → 0 of 1; TR: 9, c6 + c7 → 2.
    expect((await march("COUNTRY")).map(brief)).toEqual([
      ["2025-03-01", "IR", 0, 1],
      ["2025-03-01", "TR", 2, 9],
    ]);
    // Key accounts (static: c1, c6, c7) → 2 of 3; Starters (dynamic: plan STARTER = c1, c6) → 1 of 2;
    // NONE: c2, c3, c4, c8, c9, c10, c14 → 0 of 7.
    expect((await march("SEGMENT")).map(brief)).toEqual([
      ["2025-03-01", "Key accounts", 2, 3],
      ["2025-03-01", "NONE", 0, 7],
      ["2025-03-01", "Starters", 1, 2],
    ]);
  });

  it("filters by segment (static and dynamic), plan and country", async () => {
    const march = async (f: object) => brief((await run("2025-03-01T00:00:00Z", "2025-04-01T00:00:00Z", "MONTH", "NONE", f))[0]);
    expect(await march({ segmentId: String(staticSegment) })).toEqual(["2025-03-01", "ALL", 2, 3]);
    expect(await march({ segmentId: String(dynamicSegment) })).toEqual(["2025-03-01", "ALL", 1, 2]);
    expect(await march({ plan: "STARTER" })).toEqual(["2025-03-01", "ALL", 1, 2]);
    expect(await march({ country: "ir" })).toEqual(["2025-03-01", "ALL", 0, 1]);
    expect(await march({ industry: "mining" })).toEqual(["2025-03-01", "ALL", 0, 0]);
  });

  it("rejects bad ranges and filters with BAD_USER_INPUT naming the argument", async () => {
    const err = async (vars: object) => {
      const res = await api.gql(Q, { from: "2025-03-01T00:00:00Z", to: "2025-04-01T00:00:00Z", g: "MONTH", by: "NONE", ...vars }, key);
      return res.errors?.[0]?.extensions;
    };
    expect(await err({ to: "2025-03-01T00:00:00Z" })).toMatchObject({ code: "BAD_USER_INPUT", field: "to" });
    expect(await err({ from: "2019-01-01T00:00:00Z", to: "2025-01-02T00:00:00Z" })).toMatchObject({ code: "BAD_USER_INPUT", field: "to" });
    expect(await err({ from: "2020-01-01T00:00:00Z", to: "2025-01-01T00:00:00Z", g: "WEEK" })).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "granularity",
    });
    expect(await err({ f: { segmentId: "999999" } })).toMatchObject({ code: "BAD_USER_INPUT", field: "filter.segmentId" });
    expect(await err({ f: { country: "Turkey" } })).toMatchObject({ code: "BAD_USER_INPUT", field: "filter.country" });
  });

  it("is for ANALYST and above or a `metrics` key: no token → UNAUTHENTICATED, a read-only key → FORBIDDEN", async () => {
    const vars = { from: "2025-03-01T00:00:00Z", to: "2025-04-01T00:00:00Z", g: "MONTH", by: "NONE" };
    expect((await api.gql(Q, vars)).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect((await api.gql(Q, vars, await apiKey(api, ["read"]))).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect((await api.gql(Q, vars, await api.login("ANALYST"))).errors).toBeUndefined();
  });
});
