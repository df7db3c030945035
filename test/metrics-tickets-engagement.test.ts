// ticketStats and engagementTrends on hand-built tickets and snapshots; every figure is worked out in the comments.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApi, type TestApi } from "./support/api.ts";
import { dbKinds } from "./support/database.ts";
import { apiKey, at, customer, query, RATIO } from "./support/metrics.ts";

const TICKETS = `query($few: Float!, $many: Float!, $top: Int!) {
  ticketStats(from: "2025-03-01T00:00:00Z", to: "2025-04-01T00:00:00Z", tooFewBelow: $few, tooManyAbove: $many, topTopics: $top) {
    months tickets activeCustomers ticketsPerActiveCustomerPerMonth ${RATIO}
    distribution { fromPerMonth toPerMonth customers } tooFew { threshold customers share ${RATIO} } tooMany { customers }
    complaints topComplaintTopics { topic count share ${RATIO} }
    firstResponse { count medianHours p90Hours } resolution { count medianHours p90Hours }
    csatAverage ${RATIO} csatDistribution { score count } } }`;
const TRENDS = `query($f: MetricFilter) { engagementTrends(from: "2025-01-01T00:00:00Z", to: "2025-04-01T00:00:00Z", filter: $f) {
  period { start } customers logins loginsPerCustomer ${RATIO} activeDays activeDaysPerCustomer ${RATIO}
  activeWeeksPerCustomer ${RATIO} emailOpenRate ${RATIO} offerRedemptionRate ${RATIO} } }`;
const r = (n: number, d: number) => ({ numerator: n, denominator: d, rate: d ? n / d : null });
const H = 3_600_000;
const MONTHS = 31 / 30.4375; // March in months

describe.each(dbKinds)("ticketStats and engagementTrends on %s", (kind) => {
  let api: TestApi;
  let key: string;

  beforeAll(async () => {
    api = await startTestApi(kind);
    key = await apiKey(api, ["metrics"]);
    const ticket = async (
      customerId: number,
      opened: string,
      kind: "COMPLAINT" | "QUESTION",
      topic: string,
      response?: number,
      resolution?: number,
      csat?: number,
    ) => {
      const openedAt = at(opened);
      await api.db.prisma.ticket.create({
        data: {
          customerId,
          kind,
          channel: "EMAIL",
          topic,
          subject: topic,
          openedAt,
          csat: csat ?? null,
          firstResponseAt: response == null ? null : new Date(openedAt.getTime() + response * H),
          resolvedAt: resolution == null ? null : new Date(openedAt.getTime() + resolution * H),
        },
      });
    };
    const active = { subs: [[1000, "2025-01-01"]] as [number, string][] };
    await customer(api, active); // t1: no ticket
    const t2 = await customer(api, active);
    await ticket(t2, "2025-03-01T00:00:00Z", "QUESTION", "how-to", 1, 10, 5); // at the first instant: in
    const t3 = await customer(api, active);
    await ticket(t3, "2025-03-05", "COMPLAINT", "billing errors", 2, 20, 4);
    await ticket(t3, "2025-03-06", "COMPLAINT", "billing errors", 4, 30, 2);
    await ticket(t3, "2025-03-07", "QUESTION", "how-to", 6);
    const t4 = await customer(api, active);
    for (let i = 0; i < 4; i++) await ticket(t4, `2025-03-1${i}`, "COMPLAINT", "slow exports");
    for (let i = 0; i < 3; i++) await ticket(t4, `2025-03-2${i}`, "COMPLAINT", "billing errors");
    for (let i = 0; i < 3; i++) await ticket(t4, `2025-03-2${i + 3}`, "QUESTION", "how-to");
    await ticket(t4, "2025-04-01T00:00:00Z", "COMPLAINT", "slow exports"); // the end is exclusive: out
    const t5 = await customer(api, { subs: [[1000, "2024-06-01", "2025-01-31"]] }); // not active in March
    await ticket(t5, "2025-03-15", "COMPLAINT", "login", 8, 40, 1);
    const t6 = await customer(api, { deleted: true, subs: [[1000, "2025-01-01"]] });
    for (let i = 0; i < 5; i++) await ticket(t6, "2025-03-15", "COMPLAINT", "deleted", 1, 1, 1);

    const snap = (customerId: number, month: string, v: number[]) => {
      const [logins, activeDays, activeWeeks, emailsSent, emailsOpened, offersSent, offersRedeemed] = v;
      return api.db.prisma.engagementSnapshot.create({
        data: { customerId, periodStart: at(month), logins, activeDays, activeWeeks, emailsSent, emailsOpened, offersSent, offersRedeemed },
      });
    };
    const e1 = await customer(api);
    const e2 = await customer(api, { country: "IR" });
    const gone = await customer(api, { deleted: true });
    await snap(e1, "2025-01-01", [15, 10, 4, 4, 3, 2, 1]);
    await snap(e2, "2025-01-01", [5, 3, 2, 4, 1, 0, 0]);
    await snap(gone, "2025-01-01", [100, 30, 5, 10, 10, 10, 10]);
    await snap(e1, "2025-03-01", [5, 2, 1, 2, 0, 1, 0]);
    await snap(e1, "2025-04-01", [50, 20, 4, 1, 1, 1, 1]); // April: out
  });
  afterAll(() => api.close());

  it("counts tickets per active customer, the two-sided band and the distribution", async () => {
    const { ticketStats: s } = await query<{ ticketStats: Record<string, unknown> }>(api, key, TICKETS, { few: 1, many: 8, top: 10 });
    // active in March: t1-t4 = 4 (t5 left in January, t6 deleted). Tickets in March: t2 1 + t3 3 + t4 10 + t5 1 = 15.
    expect([s.months, s.tickets, s.activeCustomers]).toEqual([MONTHS, 15, 4]);
    // per month (March = 31 / 30.4375 months): t1 0, t2 0.98, t3 2.95, t4 9.82 → active customers' 14 tickets ÷ (4 × months)
    expect(s.ticketsPerActiveCustomerPerMonth).toEqual(r(14, 4 * MONTHS));
    expect(s.distribution).toEqual([
      { fromPerMonth: 0, toPerMonth: 0, customers: 1 }, // t1: no ticket
      { fromPerMonth: 0, toPerMonth: 1, customers: 1 }, // t2: 0.98
      { fromPerMonth: 1, toPerMonth: 2, customers: 0 },
      { fromPerMonth: 2, toPerMonth: 4, customers: 1 }, // t3: 2.95
      { fromPerMonth: 4, toPerMonth: 8, customers: 0 },
      { fromPerMonth: 8, toPerMonth: 16, customers: 1 }, // t4: 9.82
      { fromPerMonth: 16, toPerMonth: null, customers: 0 },
    ]);
    // too few (< 1 a month): t1, t2 = 2 of 4; too many (> 8): t4 = 1
    expect(s.tooFew).toEqual({ threshold: 1, customers: 2, share: r(2, 4) });
    expect(s.tooMany).toEqual({ customers: 1 });
  });

  it("lists complaint topics, response and resolution percentiles and CSAT", async () => {
    const { ticketStats: s } = await query<{ ticketStats: Record<string, unknown> }>(api, key, TICKETS, { few: 0.5, many: 12, top: 2 });
    // complaints: billing errors 2 (t3) + 3 (t4) = 5, slow exports 4, login 1 (t5) → 10; top 2 listed
    expect(s.complaints).toBe(10);
    expect(s.topComplaintTopics).toEqual([
      { topic: "billing errors", count: 5, share: r(5, 10) },
      { topic: "slow exports", count: 4, share: r(4, 10) },
    ]);
    // first response hours [1, 2, 4, 6, 8]: median 4; p90 at position 0.9 × 4 = 3.6 → 6 + 0.6 × (8 − 6) = 7.2
    expect(s.firstResponse).toEqual({ count: 5, medianHours: 4, p90Hours: expect.closeTo(7.2, 9) });
    // resolution hours [10, 20, 30, 40]: median 25; p90 at 0.9 × 3 = 2.7 → 30 + 0.7 × 10 = 37
    expect(s.resolution).toEqual({ count: 4, medianHours: 25, p90Hours: expect.closeTo(37, 9) });
    // CSAT [5, 4, 2, 1]: 12 / 4 = 3
    expect(s.csatAverage).toEqual(r(12, 4));
    expect(s.csatDistribution).toEqual([1, 2, 3, 4, 5].map((score) => ({ score, count: score === 3 ? 0 : 1 })));
    // thresholds are arguments: < 0.5 → t1 only; > 12 → nobody
    expect([(s.tooFew as { customers: number }).customers, (s.tooMany as { customers: number }).customers]).toEqual([1, 0]);
  });

  it("takes the band from the active health model unless told", async () => {
    const BAND = `{ ticketStats(from: "2025-03-01T00:00:00Z", to: "2025-04-01T00:00:00Z") { tooFew { threshold customers } tooMany { threshold customers } } }`;
    const { ticketStats: s } = await query<{ ticketStats: Record<string, unknown> }>(api, key, BAND, {});
    // health model v1: lowPerMonth 0.1, highPerMonth 1 → too few: t1 (0); too many: t3 (2.95), t4 (9.82)
    expect(s).toEqual({ tooFew: { threshold: 0.1, customers: 1 }, tooMany: { threshold: 1, customers: 2 } });
  });

  it("validates the band thresholds", async () => {
    const res = await api.gql(TICKETS, { few: 5, many: 2, top: 10 }, key);
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "tooManyAbove" });
  });

  it("trends engagement by month, with zeros for a month without snapshots", async () => {
    const { engagementTrends: t } = await query<{ engagementTrends: Record<string, unknown>[] }>(api, key, TRENDS);
    expect(t.map((m) => (m.period as { start: string }).start)).toEqual([
      "2025-01-01T00:00:00.000Z",
      "2025-02-01T00:00:00.000Z",
      "2025-03-01T00:00:00.000Z",
    ]);
    // January: e1 + e2 (the deleted customer's 100 logins left out): logins 20 → 10 each; days 13 → 6.5; weeks 6 → 3;
    // emails opened 3 + 1 of 4 + 4 sent; offers redeemed 1 of 2
    expect(t[0]).toMatchObject({
      customers: 2,
      logins: 20,
      loginsPerCustomer: r(20, 2),
      activeDays: 13,
      activeDaysPerCustomer: r(13, 2),
      activeWeeksPerCustomer: r(6, 2),
      emailOpenRate: r(4, 8),
      offerRedemptionRate: r(1, 2),
    });
    expect(t[1]).toMatchObject({ customers: 0, logins: 0, loginsPerCustomer: r(0, 0), emailOpenRate: r(0, 0) });
    // March: e1 alone: 5 logins, opened 0 of 2, redeemed 0 of 1
    expect(t[2]).toMatchObject({ customers: 1, logins: 5, emailOpenRate: r(0, 2), offerRedemptionRate: r(0, 1) });
    const { engagementTrends: ir } = await query<{ engagementTrends: { logins: number }[] }>(api, key, TRENDS, { f: { country: "IR" } });
    expect(ir.map((m) => m.logins)).toEqual([5, 0, 0]);
  });
});
