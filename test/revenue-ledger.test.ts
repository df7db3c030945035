// Read-only revenue lists (commands write them): subscriptions, MRR movements and payment failures.
// Filters, sorting, both pagination styles, soft-deleted customers hidden, and no write fields for them.
import { schema } from "@churnstile/schema";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApi, type TestApi } from "./support/api.ts";
import { dbKinds } from "./support/database.ts";
import { expectError, seedCustomers, utc } from "./support/fixtures.ts";

describe.each(dbKinds)("subscriptions, MRR movements and payment failures on %s", (kind) => {
  let api: TestApi;
  let token: string;
  let ids: { ana: number; bo: number; gone: number; crm: number; mail: number; subA: number };
  beforeAll(async () => {
    api = await startTestApi(kind);
    token = await api.login("ANALYST");
    const prisma = api.db.prisma;
    const [ana, bo, gone] = await seedCustomers(prisma, [{ name: "Ana" }, { name: "Bo" }, { name: "Gone", deletedAt: new Date() }]);
    const crm = await prisma.product.create({ data: { code: "CRM", name: "CRM", category: "core", priceMinor: 5000 } });
    const mail = await prisma.product.create({ data: { code: "MAIL", name: "Mail", category: "add-on", priceMinor: 1000 } });
    const subA = await prisma.subscription.create({
      data: { customerId: ana.id, productId: crm.id, mrrMinor: 5000, startedAt: utc("2025-01-01") },
    });
    await prisma.subscription.create({
      data: { customerId: ana.id, productId: mail.id, mrrMinor: 1000, startedAt: utc("2025-02-01"), endedAt: utc("2025-05-01") },
    });
    await prisma.subscription.create({
      data: { customerId: bo.id, productId: crm.id, mrrMinor: 4000, startedAt: utc("2025-03-01"), endedAt: utc("2025-04-01") },
    });
    await prisma.subscription.create({ data: { customerId: gone.id, productId: crm.id, mrrMinor: 5000, startedAt: utc("2025-01-01") } });
    await prisma.mrrMovement.createMany({
      data: [
        { customerId: ana.id, subscriptionId: subA.id, kind: "NEW", amountMinor: 5000, occurredAt: utc("2025-01-01") },
        { customerId: ana.id, kind: "EXPANSION", amountMinor: 1000, occurredAt: utc("2025-02-01") },
        { customerId: ana.id, kind: "CONTRACTION", amountMinor: 1000, occurredAt: utc("2025-05-01") },
        { customerId: bo.id, kind: "NEW", amountMinor: 4000, occurredAt: utc("2025-03-01") },
        { customerId: bo.id, kind: "CHURN", amountMinor: 4000, occurredAt: utc("2025-04-01") },
        { customerId: gone.id, kind: "NEW", amountMinor: 5000, occurredAt: utc("2025-01-01") },
      ],
    });
    await prisma.paymentFailure.createMany({
      data: [
        {
          customerId: bo.id,
          amountMinor: 4000,
          failedAt: utc("2025-03-15"),
          failureCode: "card_expired",
          attempts: 3,
          status: "CHURNED",
          resolvedAt: utc("2025-04-01"),
        },
        {
          customerId: ana.id,
          subscriptionId: subA.id,
          amountMinor: 5000,
          failedAt: utc("2025-06-02"),
          failureCode: "insufficient_funds",
          status: "RECOVERED",
        },
        { customerId: ana.id, subscriptionId: subA.id, amountMinor: 5000, failedAt: utc("2025-07-02"), failureCode: "card_expired" },
        { customerId: gone.id, amountMinor: 5000, failedAt: utc("2025-07-02"), failureCode: "card_expired" },
      ],
    });
    ids = { ana: ana.id, bo: bo.id, gone: gone.id, crm: crm.id, mail: mail.id, subA: subA.id };
  });
  afterAll(() => api.close());

  it("has no create/update/delete fields: these rows come from commands", () => {
    const mutations = Object.keys(schema.getMutationType()!.getFields());
    expect(
      mutations.filter((m) => /^(create|update|delete|deleteMany|restore)(Subscription|MrrMovement|PaymentFailure)s?$/.test(m)),
    ).toEqual([]);
  });

  it("fetches a subscription with its customer, product and movements in one request", async () => {
    const res = await api.gql<{ Subscription: unknown }>(
      `query($id: ID!) { Subscription(id: $id) { mrrMinor endedAt customer { name } product { code } movements { kind amountMinor } } }`,
      { id: ids.subA },
      token,
    );
    expect(res.data?.Subscription).toEqual({
      mrrMinor: 5000,
      endedAt: null,
      customer: { name: "Ana" },
      product: { code: "CRM" },
      movements: [{ kind: "NEW", amountMinor: 5000 }],
    });
  });

  it("plans nested relations into one statement per list (no N+1)", async () => {
    api.db.sql.length = 0;
    const res = await api.gql<{ allSubscriptions: unknown[]; allMrrMovements: unknown[]; allPaymentFailures: unknown[] }>(
      `{ allSubscriptions { customer { name } product { code } movements { kind } } allMrrMovements { customer { name } subscription { product { code } } }
        allPaymentFailures { customer { name } subscription { mrrMinor } churnEvent { id } } }`,
      {},
      token,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.allMrrMovements).toHaveLength(5);
    const statements = api.db.sql.filter((s) => !/"Session"|"ApiKey"/.test(s));
    expect(statements.length, statements.join("\n\n")).toBe(3);
  });

  it("filters subscriptions by activity at an instant, product, ended, and hides soft-deleted customers", async () => {
    const q = `query($f: SubscriptionFilter) { allSubscriptions(filter: $f, sortField: "mrrMinor", sortOrder: "DESC") { mrrMinor customer { name } } _allSubscriptionsMeta(filter: $f) { count } }`;
    type R = { allSubscriptions: { mrrMinor: number; customer: { name: string } }[]; _allSubscriptionsMeta: { count: number } };
    const all = await api.gql<R>(q, {}, token);
    expect(all.data?._allSubscriptionsMeta.count).toBe(3);
    const march = await api.gql<R>(q, { f: { activeAt: "2025-03-15T00:00:00Z" } }, token);
    expect(march.data?.allSubscriptions.map((s) => s.mrrMinor)).toEqual([5000, 4000, 1000]);
    // half-open: Bo's subscription ended at 2025-04-01, so it is not active on that instant
    const april = await api.gql<R>(q, { f: { activeAt: "2025-04-01T00:00:00Z", productId: String(ids.crm) } }, token);
    expect(april.data?.allSubscriptions).toEqual([{ mrrMinor: 5000, customer: { name: "Ana" } }]);
    const ended = await api.gql<R>(q, { f: { ended: true, endedFrom: "2025-04-15T00:00:00Z" } }, token);
    expect(ended.data?.allSubscriptions).toEqual([{ mrrMinor: 1000, customer: { name: "Ana" } }]);
    expectError(
      await api.gql(q, { f: { startedFrom: "2025-05-01T00:00:00Z", startedTo: "2025-01-01T00:00:00Z" } }, token),
      "BAD_USER_INPUT",
      "filter.startedFrom",
    );
    expectError(await api.gql(q, { f: { customerId: "abc" } }, token), "BAD_USER_INPUT", "filter.customerId");
  });

  it("pages subscriptions with a Relay connection", async () => {
    const q = `query($after: String) { subscriptions(first: 2, after: $after, orderBy: "startedAt") { totalCount pageInfo { hasNextPage endCursor } edges { node { mrrMinor } } } }`;
    type C = {
      subscriptions: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; edges: { node: { mrrMinor: number } }[] };
    };
    const first = await api.gql<C>(q, {}, token);
    expect(first.data?.subscriptions.totalCount).toBe(3);
    expect(first.data?.subscriptions.edges.map((e) => e.node.mrrMinor)).toEqual([5000, 1000]);
    const next = await api.gql<C>(q, { after: first.data!.subscriptions.pageInfo.endCursor }, token);
    expect(next.data?.subscriptions.edges.map((e) => e.node.mrrMinor)).toEqual([4000]);
  });

  it("filters MRR movements by kinds and period, sorted, paged", async () => {
    const q = `query($f: MrrMovementFilter, $p: Int) { allMrrMovements(filter: $f, page: $p, perPage: 2, sortField: "occurredAt") { kind amountMinor } _allMrrMovementsMeta(filter: $f) { count } }`;
    type R = { allMrrMovements: { kind: string; amountMinor: number }[]; _allMrrMovementsMeta: { count: number } };
    const lost = await api.gql<R>(q, { f: { kinds: ["CHURN", "CONTRACTION"] } }, token);
    expect(lost.data).toEqual({
      allMrrMovements: [
        { kind: "CHURN", amountMinor: 4000 },
        { kind: "CONTRACTION", amountMinor: 1000 },
      ],
      _allMrrMovementsMeta: { count: 2 },
    });
    const q1 = await api.gql<R>(q, { f: { occurredFrom: "2025-01-01T00:00:00Z", occurredTo: "2025-04-01T00:00:00Z" }, p: 1 }, token);
    expect(q1.data).toEqual({ allMrrMovements: [{ kind: "NEW", amountMinor: 4000 }], _allMrrMovementsMeta: { count: 3 } });
    const both = await api.gql<R>(q, { f: { kind: "NEW", kinds: ["CHURN"] } }, token);
    expect(both.data?._allMrrMovementsMeta.count).toBe(0);
    const conn = await api.gql<{ mrrMovements: { totalCount: number } }>(
      `{ mrrMovements(first: 1, filter: { kind: NEW }) { totalCount } }`,
      {},
      token,
    );
    expect(conn.data?.mrrMovements.totalCount).toBe(2);
  });

  it("filters payment failures by status, code, customer and date; Relay and offset agree", async () => {
    const q = `query($f: PaymentFailureFilter) { allPaymentFailures(filter: $f, sortField: "failedAt", sortOrder: "DESC") { failureCode status attempts subscription { id } }
      paymentFailures(filter: $f, first: 10) { totalCount } }`;
    type R = {
      allPaymentFailures: { failureCode: string; status: string; attempts: number; subscription: { id: string } | null }[];
      paymentFailures: { totalCount: number };
    };
    const expired = await api.gql<R>(q, { f: { failureCode: "card_expired" } }, token);
    expect(expired.data?.allPaymentFailures.map((p) => p.status)).toEqual(["OPEN", "CHURNED"]);
    expect(expired.data?.paymentFailures.totalCount).toBe(2);
    const ana = await api.gql<R>(q, { f: { customerId: String(ids.ana), status: "RECOVERED" } }, token);
    expect(ana.data?.allPaymentFailures).toEqual([
      { failureCode: "insufficient_funds", status: "RECOVERED", attempts: 1, subscription: { id: String(ids.subA) } },
    ]);
    const spring = await api.gql<R>(q, { f: { failedFrom: "2025-03-01T00:00:00Z", failedTo: "2025-07-01T00:00:00Z" } }, token);
    expect(spring.data?.paymentFailures.totalCount).toBe(2);
  });

  it("requires a login to read", async () => {
    expectError(await api.gql(`{ allPaymentFailures { id } }`), "UNAUTHENTICATED");
  });
});
