// reasonsBreakdown and winBack on hand-built churn: counts, MRR lost, shares and win-backs worked out in the comments.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApi, type TestApi } from "./support/api.ts";
import { dbKinds } from "./support/database.ts";
import { apiKey, churnEvent, customer, query, RATIO, reactivation } from "./support/metrics.ts";

const ROW = `key count mrrLost share ${RATIO} mrrShare ${RATIO}`;
const REASONS = `query($rev: Boolean!) { reasonsBreakdown(from: "2025-03-01T00:00:00Z", to: "2025-04-01T00:00:00Z", includeRevenue: $rev) {
  count mrrLost byReason { ${ROW} } byCategory { ${ROW} } byOwnerTeam { ${ROW} } byType { ${ROW} } } }`;
const WIN_BACK = `query($w: Int!, $f: MetricFilter) { winBack(from: "2025-03-01T00:00:00Z", to: "2025-04-01T00:00:00Z", windowDays: $w, filter: $f) {
  churned wonBack rate ${RATIO} byAction { actionKind wonBack rate ${RATIO} share ${RATIO} } } }`;
type Row = { key: string; count: number; mrrLost: number; share: { numerator: number; denominator: number } };
const r = (n: number, d: number) => ({ numerator: n, denominator: d, rate: d ? n / d : null });

describe.each(dbKinds)("reasonsBreakdown and winBack on %s", (kind) => {
  let api: TestApi;
  let key: string;

  beforeAll(async () => {
    api = await startTestApi(kind);
    key = await apiKey(api, ["metrics"]);
    // Churn events (their customers' subscriptions do not matter to the breakdown).
    const e = async (
      type: "VOLUNTARY" | "INVOLUNTARY" | "COMPETITIVE" | "REVENUE",
      reason: string,
      when: string,
      lost: number,
      deleted = false,
    ) => churnEvent(api, await customer(api, { deleted }), type, reason, when, lost);
    await e("VOLUNTARY", "PRICE", "2025-03-01T00:00:00Z", 1000); // at the range's first instant: in
    await e("COMPETITIVE", "PRICE", "2025-03-10", 3000);
    await e("VOLUNTARY", "POOR_SERVICE", "2025-03-12", 2000);
    await e("REVENUE", "PRICE", "2025-03-14", 500);
    await e("INVOLUNTARY", "PAYMENT_FAILURE", "2025-03-20", 1500);
    await e("VOLUNTARY", "PRICE", "2025-03-21", 9999, true); // soft-deleted customer: out
    await e("VOLUNTARY", "PRICE", "2025-02-28", 7777); // February: out
    await e("VOLUNTARY", "PRICE", "2025-04-01T00:00:00Z", 8888); // the range's end is exclusive: out

    // Win-back: subscriptions say who churned in March and who came back; movements say which action brought them.
    const w1 = await customer(api, {
      subs: [
        [1000, "2025-01-01", "2025-03-10"],
        [1000, "2025-04-15"],
      ],
    }); // back after 36 days
    await reactivation(api, w1, "2025-04-15", 1000, "DISCOUNT_OFFER");
    const w2 = await customer(api, {
      subs: [
        [1000, "2025-01-01", "2025-03-20"],
        [1000, "2025-05-01"],
      ],
    }); // back after 42 days
    await reactivation(api, w2, "2025-05-01", 1000);
    const w3 = await customer(api, {
      subs: [
        [1000, "2025-01-01", "2025-03-05"],
        [1000, "2025-07-01"],
      ],
    }); // back after 118 days
    await reactivation(api, w3, "2025-07-01", 1000, "CALLBACK");
    await customer(api, { subs: [[1000, "2025-01-01", "2025-03-15"]] }); // w4 never back
    await customer(api, {
      subs: [
        [1000, "2025-01-01"],
        [500, "2025-01-01", "2025-03-15"],
      ],
    }); // w5 cancels one of two: not churned
    const w6 = await customer(api, {
      subs: [
        [1000, "2025-01-01", "2025-03-12"],
        [1000, "2025-03-25"],
      ],
    }); // back after 13 days
    await reactivation(api, w6, "2025-03-25", 1000, "CALLBACK");
    await customer(api, {
      deleted: true,
      subs: [
        [1000, "2025-01-01", "2025-03-10"],
        [1000, "2025-03-20"],
      ],
    }); // w7 soft-deleted
    await customer(api, {
      subs: [
        [1000, "2025-01-01", "2025-02-10"],
        [1000, "2025-03-10"],
      ],
    }); // w8 churned in February
    await customer(api, {
      country: "IR",
      subs: [
        [1000, "2025-01-01", "2025-03-18"],
        [800, "2025-03-18"],
      ],
    }); // w9 replaced at once: no churn
  });
  afterAll(() => api.close());

  it("breaks March's churn events down four ways", async () => {
    const { reasonsBreakdown: b } = await query<{
      reasonsBreakdown: { count: number; mrrLost: number; byReason: Row[]; byCategory: Row[]; byOwnerTeam: Row[]; byType: Row[] };
    }>(api, key, REASONS, { rev: true });
    // 5 events: 1000 + 3000 + 2000 + 500 + 1500 = 8000
    expect([b.count, b.mrrLost]).toEqual([5, 8000]);
    // PRICE: 3 events, 1000 + 3000 + 500 = 4500; POOR_SERVICE 1 (2000); PAYMENT_FAILURE 1 (1500); ties by key
    expect(b.byReason.map((x) => [x.key, x.count, x.mrrLost])).toEqual([
      ["PRICE", 3, 4500],
      ["PAYMENT_FAILURE", 1, 1500],
      ["POOR_SERVICE", 1, 2000],
    ]);
    expect(b.byReason[0]).toMatchObject({ share: r(3, 5), mrrShare: r(4500, 8000) });
    expect(b.byCategory.map((x) => [x.key, x.count])).toEqual([
      ["PRICE", 3],
      ["PAYMENT", 1],
      ["SERVICE", 1],
    ]);
    expect(b.byOwnerTeam.map((x) => [x.key, x.count, x.mrrLost])).toEqual([
      ["PRICING", 3, 4500],
      ["BILLING", 1, 1500],
      ["SUPPORT", 1, 2000],
    ]);
    // VOLUNTARY 2 (1000 + 2000), then COMPETITIVE 3000, INVOLUNTARY 1500, REVENUE 500 (one each, by key)
    expect(b.byType.map((x) => [x.key, x.count, x.mrrLost])).toEqual([
      ["VOLUNTARY", 2, 3000],
      ["COMPETITIVE", 1, 3000],
      ["INVOLUNTARY", 1, 1500],
      ["REVENUE", 1, 500],
    ]);
  });

  it("leaves REVENUE churn out on request", async () => {
    const { reasonsBreakdown: b } = await query<{ reasonsBreakdown: { count: number; mrrLost: number; byReason: Row[] } }>(
      api,
      key,
      REASONS,
      { rev: false },
    );
    // 4 events, 8000 − 500 = 7500; PRICE 2 (4000)
    expect([b.count, b.mrrLost, b.byReason[0].key, b.byReason[0].count, b.byReason[0].mrrLost]).toEqual([4, 7500, "PRICE", 2, 4000]);
  });

  it("win-back: churned in March and active again within 90 days, by attributed action", async () => {
    const { winBack } = await query<{ winBack: object }>(api, key, WIN_BACK, { w: 90 });
    // churned in March: w1, w2, w3, w4, w6 = 5 (w5 kept one, w7 deleted, w8 churned in Feb, w9 replaced at once)
    // back within 90 days: w1 (36 d, DISCOUNT_OFFER), w2 (42 d, no action → NONE), w6 (13 d, CALLBACK) = 3; w3 took 118 days
    expect(winBack).toEqual({
      churned: 5,
      wonBack: 3,
      rate: r(3, 5),
      byAction: [
        { actionKind: "CALLBACK", wonBack: 1, rate: r(1, 5), share: r(1, 3) },
        { actionKind: "DISCOUNT_OFFER", wonBack: 1, rate: r(1, 5), share: r(1, 3) },
        { actionKind: "NONE", wonBack: 1, rate: r(1, 5), share: r(1, 3) },
      ],
    });
  });

  it("win-back follows the window and the filter", async () => {
    const run = async (w: number, f?: object) =>
      (
        await query<{ winBack: { churned: number; wonBack: number; byAction: { actionKind: string; wonBack: number }[] } }>(
          api,
          key,
          WIN_BACK,
          { w, f },
        )
      ).winBack;
    // 120 days: w3 (118 d, CALLBACK) joins → 4 of 5, CALLBACK 2
    const wide = await run(120);
    expect([wide.churned, wide.wonBack]).toEqual([5, 4]);
    expect(wide.byAction[0]).toMatchObject({ actionKind: "CALLBACK", wonBack: 2, share: r(2, 4) });
    // 30 days: only w6 (13 d) → 1 of 5
    expect((await run(30)).wonBack).toBe(1);
    // IR: only w9, who never churned → 0 of 0
    expect(await run(90, { country: "IR" })).toMatchObject({ churned: 0, wonBack: 0, rate: r(0, 0), byAction: [] });
    const bad = await api.gql(WIN_BACK, { w: 0 }, key);
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "windowDays" });
  });
});
