// Scores follow the writes that change their inputs: every audited write rescores the customers whose health
// inputs it touched, in the write's own transaction (so a failed write leaves the old score, and a mutation that
// reads the customer back sees the new one).
import type { PrismaClient } from "@churnstile/prisma";
import { refreshHealthScores } from "@churnstile/schema/health/refresh";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApi, type TestApi } from "./support/api.ts";
import { dbKinds } from "./support/database.ts";
import { expectError } from "./support/fixtures.ts";
import { healthCustomer, stored } from "./support/health.ts";

const DAY = 86_400_000;
const daysAgo = (n: number) => new Date(Date.now() - n * DAY).toISOString();
const FACTORS = "healthScore healthUpdatedAt healthFactors { factor value contribution }";
type Read = { healthScore: number; healthUpdatedAt: string; healthFactors: { factor: string; value: number | null }[] };
const factor = (c: Read, name: string) => c.healthFactors.find((f) => f.factor === name)?.value;

describe.each(dbKinds)("health scores on the write paths on %s", (kind) => {
  let api: TestApi;
  let p: PrismaClient;
  let token: string;
  let cid: number;

  beforeAll(async () => {
    api = await startTestApi(kind);
    p = api.db.prisma;
    token = await api.login("MANAGER");
    cid = await healthCustomer(p, { name: "Ada", signedUpAt: "2024-01-01", subs: [["2024-01-01"], ["2024-02-01"]] });
    await refreshHealthScores(p, { asOf: new Date("2026-01-01T00:00:00Z") }); // an old score, so each write shows up
  });
  afterAll(() => api.close());

  it("a new ticket rescores its customer, and the mutation's read-back already shows it", async () => {
    const before = await stored(p, cid);
    expect(before.factors.complaintTrend.value).toBe(0);
    const res = await api.gql<{ createTicket: { id: string; customer: Read } }>(
      `mutation($c: ID!, $at: DateTime) { createTicket(customerId: $c, kind: COMPLAINT, channel: EMAIL, topic: "billing", subject: "Charged twice", openedAt: $at) { id customer { ${FACTORS} } } }`,
      { c: String(cid), at: daysAgo(1) },
      token,
    );
    expect(res.errors).toBeUndefined();
    const read = res.data!.createTicket.customer;
    expect(factor(read, "complaintTrend")).toBe(1); // one complaint in the last 90 days, none in the 90 before
    expect(new Date(read.healthUpdatedAt).getTime()).toBeGreaterThan(before.updatedAt!.getTime());
    expect((await stored(p, cid)).factors.complaintTrend.value).toBe(1);

    const del = await api.gql(
      `mutation($id: ID!) { deleteTicket(id: $id) { id } }`,
      { id: res.data!.createTicket.id },
      await api.login("ADMIN"),
    );
    expect(del.errors).toBeUndefined();
    expect((await stored(p, cid)).factors.complaintTrend.value).toBe(0);
  });

  it("an interaction resets the days since the last one", async () => {
    const res = await api.gql(
      `mutation($c: ID!, $at: DateTime) { createInteraction(customerId: $c, kind: CALL, summary: "Check-in call", occurredAt: $at) { id } }`,
      { c: String(cid), at: daysAgo(2) },
      token,
    );
    expect(res.errors).toBeUndefined();
    expect((await stored(p, cid)).factors.daysSinceLastInteraction.value).toBeCloseTo(2, 1);
  });

  it("a churn that ends the subscriptions leaves no products held", async () => {
    expect((await stored(p, cid)).factors.productsHeld.value).toBe(2);
    const res = await api.gql(
      `mutation($c: ID!) { logChurn(input: { customerId: $c, type: VOLUNTARY, primaryReasonCode: "PRICE" }) { churnEvent { id } } }`,
      { c: String(cid) },
      token,
    );
    expect(res.errors).toBeUndefined();
    expect((await stored(p, cid)).factors.productsHeld.value).toBe(0);
  });

  it("a write that fails leaves the stored score as it was", async () => {
    const before = await stored(p, cid);
    const res = await api.gql(
      `mutation($c: ID!) { createTicket(customerId: $c, kind: COMPLAINT, channel: EMAIL, topic: "x", subject: "x", csat: 9) { id } }`,
      { c: String(cid) },
      token,
    );
    expectError(res, "BAD_USER_INPUT", "csat");
    expect(await stored(p, cid)).toEqual(before);
  });
});
