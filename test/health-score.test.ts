// Health scores on hand-built customers, scored as of 1 March 2026 with a test model whose weights are all 10, so
// each contribution is 10 × its factor and the expected totals can be worked out by hand (comments below).
import { refreshHealthScores } from "@churnstile/schema/health/refresh";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApi, type TestApi } from "./support/api.ts";
import { dbKinds } from "./support/database.ts";
import { expectError } from "./support/fixtures.ts";
import { at, healthCustomer, stored, TEST_THRESHOLDS, TEST_WEIGHTS } from "./support/health.ts";

const ASOF = at("2026-03-01");
const CREATE = `mutation($w: JSON!, $t: JSON, $r: Int) { createHealthModel(weights: $w, thresholds: $t, atRiskBelow: $r) { id version } }`;
const ACTIVATE = `mutation($id: ID!) { activateHealthModel(id: $id) { version active } }`;
const BACKTEST = `query($asOf: DateTime!, $h: Int, $v: Int) { healthBacktest(asOf: $asOf, horizonDays: $h, modelVersion: $v) {
  modelVersion threshold customers flagged notFlagged churnedFlagged churnedNotFlagged
  precision { rate numerator denominator } recall { rate numerator denominator } churnRateFlagged churnRateOthers lift } }`;
const ticketsFrom = (n: number) => Array.from({ length: n }, (_, i) => ({ at: new Date(Date.UTC(2025, 9, 1 + 2 * i)).toISOString() }));

describe.each(dbKinds)("health score on %s", (kind) => {
  let api: TestApi;
  let admin: string;
  const id: Record<string, number> = {};
  const model = async (w: object, atRisk: number, t?: object) => {
    const created = await api.gql<{ createHealthModel: { id: string; version: number } }>(CREATE, { w, t, r: atRisk }, admin);
    expect(created.errors).toBeUndefined();
    expect((await api.gql(ACTIVATE, { id: created.data!.createHealthModel.id }, admin)).errors).toBeUndefined();
    return created.data!.createHealthModel.version;
  };

  beforeAll(async () => {
    api = await startTestApi(kind);
    admin = await api.login("ADMIN");
    const p = api.db.prisma;
    id.A = await healthCustomer(p, {
      name: "A",
      mrrMinor: 5000,
      satisfaction: "DISSATISFIED", // stated after 1 March (the row is written now): not known as of then
      subs: [
        ["2025-01-01", "2026-04-15"],
        ["2025-01-01", "2026-04-15"],
      ],
      months: {
        "2025-09": { logins: 20 },
        "2025-10": { logins: 20 },
        "2025-11": { logins: 20 },
        "2025-12": { logins: 15, activeWeeks: 4, offersSent: 2, offersRedeemed: 1 },
        "2026-01": { logins: 15, activeWeeks: 2, emailsSent: 10, emailsOpened: 3, offersSent: 1 },
        "2026-02": { logins: 15, activeWeeks: 3, emailsSent: 10, emailsOpened: 5, offersSent: 1 },
        "2026-03": { logins: 999, activeWeeks: 4, emailsSent: 10, emailsOpened: 10 }, // not complete on 1 March: ignored
      },
      tickets: [
        { at: "2025-10-15", kind: "COMPLAINT" },
        { at: "2025-12-10", kind: "COMPLAINT", csat: 3 },
        { at: "2026-01-05", kind: "COMPLAINT", csat: 5 },
        { at: "2026-01-20", kind: "COMPLAINT" },
        { at: "2026-03-05", kind: "COMPLAINT", csat: 1 }, // after asOf: ignored
      ],
      interactions: ["2026-01-30", "2026-03-10"],
      movements: [
        { kind: "CONTRACTION", at: "2026-02-10" },
        { kind: "CHURN", at: "2026-04-15", amount: 1500 },
      ],
    });
    // Identical but for their ticket volume: none, 4 and 20 questions in Oct–Nov 2025.
    for (const n of [0, 4, 20]) {
      id[`B${n}`] = await healthCustomer(p, {
        name: `B${n}`,
        subs: [["2025-01-01"]],
        interactions: ["2026-02-19"],
        tickets: ticketsFrom(n),
      });
    }
    id.C = await healthCustomer(p, {
      name: "C",
      signedUpAt: "2026-02-20",
      subs: [["2026-02-20"]],
      churn: [{ type: "VOLUNTARY", at: "2026-05-01" }],
    });
    id.D = await healthCustomer(p, { name: "D", deleted: true, subs: [["2025-01-01"]] });
    id.E = await healthCustomer(p, { name: "E", signedUpAt: "2026-04-01", subs: [["2026-04-01"]] }); // not yet a customer on 1 March
    await p.churnEvent.create({
      // B20 pays less from April: REVENUE churn, never logo churn
      data: {
        customerId: id.B20,
        type: "REVENUE",
        primaryReasonId: (await p.churnReason.findFirstOrThrow()).id,
        requestedAt: at("2026-04-01"),
        effectiveAt: at("2026-04-01"),
        mrrLostMinor: 100,
      },
    });
    id.v2 = await model(TEST_WEIGHTS, 85, TEST_THRESHOLDS);
    await refreshHealthScores(p, { asOf: ASOF });
  });
  afterAll(() => api.close());

  it("computes every factor as worked out by hand", async () => {
    const a = await stored(api.db.prisma, id.A);
    expect(a.factors).toEqual({
      daysSinceLastInteraction: { value: 30, contribution: 8 }, // last touch 30 Jan (call): 30 days; (30 − 110) / (10 − 110) = 0.8
      loginTrend: { value: 0.75, contribution: 5 }, // Dec–Feb avg 15 ÷ Sep–Nov avg 20 = 0.75; (0.75 − 0.5) / 0.5 = 0.5
      complaintTrend: { value: 2, contribution: 5 }, // 3 complaints since 1 Dec − 1 in the 90 days before = 2; (2 − 4) / (0 − 4)
      ticketBand: { value: 0.676, contribution: 10 }, // 4 tickets in 180 days = 4 × 30.4375 / 180 = 0.676/month: inside 0.5–2
      emailOpenRate: { value: 0.4, contribution: 7.5 }, // Jan–Feb 8 opened ÷ 20 sent; (0.4 − 0.1) / 0.4 = 0.75
      offerIndifference: { value: 0.75, contribution: 5 }, // Dec–Feb 3 of 4 offers ignored; (0.75 − 1) / (0.5 − 1) = 0.5
      downgrade: { value: 1, contribution: 0 }, // a CONTRACTION on 10 Feb
      satisfaction: { value: 4, contribution: 7.5 }, // CSAT 3 and 5 → 4 (stated DISSATISFIED not yet known); (4 − 1) / 4
      productsHeld: { value: 2, contribution: 2.5 }, // two live subscriptions; (2 − 1) / (5 − 1) = 0.25
      weeklyEngagement: { value: 3, contribution: 7.5 }, // (4 + 2 + 3) / 3 = 3 active weeks; 3 / 4 = 0.75
    });
    expect(a.score).toBe(58); // 8 + 5 + 5 + 10 + 7.5 + 5 + 0 + 7.5 + 2.5 + 7.5
    expect(a.version).toBe(id.v2);
    expect(a.updatedAt).toEqual(ASOF);
    // C signed up 9 days before: every factor without data is 1, products 1 → 0: 90.
    expect((await stored(api.db.prisma, id.C)).score).toBe(90);
    expect((await stored(api.db.prisma, id.D)).score).toBeNull(); // soft-deleted: never scored
  });

  it("lowers the score for too few and too many tickets (two-sided band)", async () => {
    const [b0, b4, b20] = await Promise.all([id.B0, id.B4, id.B20].map((c) => stored(api.db.prisma, c)));
    expect(b0.factors.ticketBand).toEqual({ value: 0, contribution: 0 }); // below 0.5/month: 0 / 0.5 = 0
    expect(b4.factors.ticketBand).toEqual({ value: 0.676, contribution: 10 });
    expect(b20.factors.ticketBand).toEqual({ value: 3.382, contribution: 3.09 }); // 20 × 30.4375 / 180; 1 − (3.382 − 2) / (4 − 2)
    // 10 + 10 + 10 + band + 10 + 10 + 10 + 10 + 0 (one product) + 10
    expect([b0.score, b4.score, b20.score]).toEqual([80, 90, 83]);
  });

  it("returns the stored factors through GraphQL", async () => {
    const res = await api.gql<{
      Customer: {
        healthScore: number;
        healthModelVersion: number;
        healthUpdatedAt: string;
        healthFactors: { factor: string; contribution: number }[];
      };
    }>(
      `query($id: ID!) { Customer(id: $id) { healthScore healthModelVersion healthUpdatedAt healthFactors { factor value weight contribution } } }`,
      { id: id.A },
      await api.login("AGENT"),
    );
    expect(res.errors).toBeUndefined();
    const c = res.data!.Customer;
    expect([c.healthScore, c.healthModelVersion, c.healthUpdatedAt]).toEqual([58, id.v2, ASOF.toISOString()]);
    expect(c.healthFactors[0]).toEqual({ factor: "daysSinceLastInteraction", value: 30, weight: 10, contribution: 8 });
    expect(c.healthFactors.reduce((s, f) => s + f.contribution, 0)).toBeCloseTo(58);
  });

  it("backtests as of a date: flags below the threshold against churn in [asOf, asOf + horizon)", async () => {
    // Active on 1 March: A 58, B0 80, B20 83 (flagged: < 85); B4 90, C 90. Churned by 30 May: A (CHURN 15 Apr), C (1 May);
    // B20's REVENUE churn does not count; D (deleted) and E (not yet a customer) are not in it.
    await api.db.prisma.customer.updateMany({ data: { healthScore: 0 } }); // stored scores must not matter
    const analyst = await api.login("ANALYST");
    const res = await api.gql<{ healthBacktest: Record<string, unknown> }>(BACKTEST, { asOf: ASOF.toISOString() }, analyst);
    expect(res.errors).toBeUndefined();
    expect(res.data!.healthBacktest).toEqual({
      modelVersion: id.v2,
      threshold: 85,
      customers: 5,
      flagged: 3,
      notFlagged: 2,
      churnedFlagged: 1,
      churnedNotFlagged: 1,
      precision: { rate: 1 / 3, numerator: 1, denominator: 3 },
      recall: { rate: 1 / 2, numerator: 1, denominator: 2 },
      churnRateFlagged: 1 / 3,
      churnRateOthers: 1 / 2,
      lift: 2 / 3,
    });
    const h60 = (await api.gql<{ healthBacktest: Record<string, unknown> }>(BACKTEST, { asOf: ASOF.toISOString(), h: 60 }, analyst)).data!
      .healthBacktest;
    expect(h60).toMatchObject({ churnedFlagged: 1, churnedNotFlagged: 0, recall: { rate: 1 }, churnRateOthers: 0, lift: null }); // C's churn is day 61
    expectError(await api.gql(BACKTEST, { asOf: "2099-01-01T00:00:00Z" }, analyst), "BAD_USER_INPUT", "asOf");
    expectError(await api.gql(BACKTEST, { asOf: ASOF.toISOString(), h: 0 }, analyst), "BAD_USER_INPUT", "horizonDays");
    expectError(await api.gql(BACKTEST, { asOf: ASOF.toISOString(), v: 99 }, analyst), "BAD_USER_INPUT", "modelVersion");
    expectError(await api.gql(BACKTEST, { asOf: ASOF.toISOString() }), "UNAUTHENTICATED");
  });

  it("scores with a new model version once it is active, and records the version", async () => {
    const w = { ...Object.fromEntries(Object.keys(TEST_WEIGHTS).map((k) => [k, 6])), productsHeld: 46 }; // 9 × 6 + 46 = 100
    const v3 = await model(w, 20);
    expect(v3).toBe(id.v2 + 1);
    expect(await refreshHealthScores(api.db.prisma, { asOf: ASOF })).toBe(6); // every customer but D (soft-deleted)
    const a = await stored(api.db.prisma, id.A);
    // 6 × (0.8 + 0.5 + 0.5 + 1 + 0.75 + 0.5 + 0 + 0.75 + 0.75) + 46 × 0.25 = 33.3 + 11.5 = 44.8 → 45
    expect([a.score, a.version, a.factors.productsHeld.contribution]).toEqual([45, v3, 11.5]);
    expect((await stored(api.db.prisma, id.B4)).score).toBe(54); // 9 × 6, products 0
    // The backtest can still score with v2.
    const old = await api.gql<{ healthBacktest: { modelVersion: number; flagged: number } }>(
      BACKTEST,
      { asOf: ASOF.toISOString(), v: id.v2 },
      admin,
    );
    expect(old.data?.healthBacktest).toMatchObject({ modelVersion: id.v2, flagged: 3 });
  });
});
