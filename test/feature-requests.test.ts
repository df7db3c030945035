// Feature requests through real HTTP: churnedCustomerCount (distinct live customers who left citing it, read
// with the feature row), filters, sort, both page styles, CRUD (SHIPPED only through shipFeature), roles, audit.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApi, type TestApi } from "./support/api.ts";
import { dbKinds } from "./support/database.ts";
import { auditActions, expectError, seedCustomers, utc } from "./support/fixtures.ts";

const CREATE = `mutation($title: String!, $status: FeatureStatus, $d: String) { createFeatureRequest(title: $title, status: $status, description: $d) { id title status } }`;

describe.each(dbKinds)("feature requests on %s", (kind) => {
  let api: TestApi;
  let agent: string;
  const id: Record<string, string> = {};
  beforeAll(async () => {
    api = await startTestApi(kind);
    agent = await api.login("AGENT");
    for (const [title, status] of [
      ["Bulk export", "PLANNED"],
      ["Dark mode", null],
      ["SSO login", "REQUESTED"],
    ] as const) {
      const res = await api.gql<{ createFeatureRequest: { id: string } }>(CREATE, { title, status }, agent);
      expect(res.errors).toBeUndefined();
      id[title] = res.data!.createFeatureRequest.id;
    }
    const prisma = api.db.prisma;
    const reason = await prisma.churnReason.findUniqueOrThrow({ where: { code: "MISSING_FEATURES" } });
    const [ana, bo, cem, gone] = await seedCustomers(prisma, [
      { name: "Ana" },
      { name: "Bo" },
      { name: "Cem" },
      { name: "Gone", deletedAt: new Date() },
    ]);
    const churn = (customerId: number, featureRequestId: string, type: "VOLUNTARY" | "COMPETITIVE" | "REVENUE", day: string) => ({
      customerId,
      featureRequestId: Number(featureRequestId),
      type,
      primaryReasonId: reason.id,
      requestedAt: utc(day),
      effectiveAt: utc(day),
      mrrLostMinor: 1000,
    });
    await prisma.churnEvent.createMany({
      data: [
        churn(ana.id, id["Bulk export"], "VOLUNTARY", "2025-01-10"),
        churn(ana.id, id["Bulk export"], "COMPETITIVE", "2025-06-10"), // came back, left again: still one customer
        churn(bo.id, id["Bulk export"], "COMPETITIVE", "2025-02-10"),
        churn(cem.id, id["Bulk export"], "REVENUE", "2025-03-10"), // a downgrade: not a lost customer
        churn(gone.id, id["Bulk export"], "VOLUNTARY", "2025-03-10"), // soft-deleted: left out
        churn(cem.id, id["SSO login"], "VOLUNTARY", "2025-04-10"),
      ],
    });
  });
  afterAll(() => api.close());

  it("counts distinct live customers lost over each feature, without a query per feature", async () => {
    api.db.sql.length = 0;
    const res = await api.gql<{ allFeatureRequests: { title: string; churnedCustomerCount: number; churnEventCount: number }[] }>(
      `{ allFeatureRequests(sortField: "title") { title churnedCustomerCount churnEventCount } }`,
      {},
      agent,
    );
    expect(res.data?.allFeatureRequests).toEqual([
      { title: "Bulk export", churnedCustomerCount: 2, churnEventCount: 5 },
      { title: "Dark mode", churnedCustomerCount: 0, churnEventCount: 0 },
      { title: "SSO login", churnedCustomerCount: 1, churnEventCount: 1 },
    ]);
    expect(api.db.sql.filter((s) => !/"Session"|"ApiKey"/.test(s)).length).toBe(1);
  });

  it("fetches one with its citing churn events, newest first", async () => {
    const res = await api.gql<{ FeatureRequest: { churnEvents: { type: string; customer: { name: string } }[] } }>(
      `query($id: ID!) { FeatureRequest(id: $id) { churnEvents(last: 2) { type customer { name } } } }`,
      { id: id["Bulk export"] },
      agent,
    );
    expect(res.data?.FeatureRequest.churnEvents).toEqual([
      { type: "COMPETITIVE", customer: { name: "Ana" } },
      { type: "REVENUE", customer: { name: "Cem" } },
    ]);
  });

  it("filters by status, text and churn citation; pages both ways", async () => {
    const q = `query($f: FeatureRequestFilter) { allFeatureRequests(filter: $f, sortField: "title", sortOrder: "DESC") { title } _allFeatureRequestsMeta(filter: $f) { count }
      featureRequests(filter: $f, first: 1) { totalCount pageInfo { hasNextPage } edges { node { title } } } }`;
    type R = {
      allFeatureRequests: { title: string }[];
      _allFeatureRequestsMeta: { count: number };
      featureRequests: { totalCount: number; pageInfo: { hasNextPage: boolean }; edges: unknown[] };
    };
    const requested = await api.gql<R>(q, { f: { status: "REQUESTED" } }, agent);
    expect(requested.data?.allFeatureRequests).toEqual([{ title: "SSO login" }, { title: "Dark mode" }]);
    expect(requested.data?.featureRequests).toMatchObject({ totalCount: 2, pageInfo: { hasNextPage: true } });
    const cited = await api.gql<R>(q, { f: { citedByChurn: true } }, agent);
    expect(cited.data?.allFeatureRequests).toEqual([{ title: "SSO login" }, { title: "Bulk export" }]);
    const text = await api.gql<R>(q, { f: { q: "dark" } }, agent);
    expect(text.data?._allFeatureRequestsMeta.count).toBe(1);
  });

  it("updates, but SHIPPED is left to shipFeature; a shipped feature's status cannot go back", async () => {
    const U = `mutation($id: ID!, $status: FeatureStatus, $d: String) { updateFeatureRequest(id: $id, status: $status, description: $d) { status description } }`;
    const ok = await api.gql<{ updateFeatureRequest: unknown }>(
      U,
      { id: id["Dark mode"], status: "PLANNED", d: "Asked by 12 accounts" },
      agent,
    );
    expect(ok.data?.updateFeatureRequest).toEqual({ status: "PLANNED", description: "Asked by 12 accounts" });
    expectError(await api.gql(U, { id: id["Dark mode"], status: "SHIPPED" }, agent), "BAD_USER_INPUT", "status");
    expectError(await api.gql(CREATE, { title: "Shipped already", status: "SHIPPED" }, agent), "BAD_USER_INPUT", "status");
    await api.db.prisma.featureRequest.update({
      where: { id: Number(id["SSO login"]) },
      data: { status: "SHIPPED", shippedAt: new Date() },
    });
    expectError(await api.gql(U, { id: id["SSO login"], status: "PLANNED" }, agent), "BAD_USER_INPUT", "status");
  });

  it("validates titles: empty is BAD_USER_INPUT, a duplicate is CONFLICT", async () => {
    expectError(await api.gql(CREATE, { title: " " }, agent), "BAD_USER_INPUT", "title");
    expectError(await api.gql(CREATE, { title: "Bulk export" }, agent), "CONFLICT", "title");
    expectError(await api.gql(CREATE, { title: "Long", d: "x".repeat(4001) }, agent), "BAD_USER_INPUT", "description");
  });

  it("refuses an ANALYST write and an AGENT delete; ADMIN deletes and the churn events keep their rows", async () => {
    expectError(await api.gql(CREATE, { title: "Nope" }, await api.login("ANALYST")), "FORBIDDEN");
    const del = `mutation($id: ID!) { deleteFeatureRequest(id: $id) { title } }`;
    expectError(await api.gql(del, { id: id["Bulk export"] }, agent), "FORBIDDEN");
    expect((await api.gql(del, { id: id["Bulk export"] }, await api.login("ADMIN"))).data).toEqual({
      deleteFeatureRequest: { title: "Bulk export" },
    });
    expect(await api.db.prisma.churnEvent.count({ where: { featureRequestId: null } })).toBe(5);
    expect(await auditActions(api.db.prisma, "FeatureRequest", id["Bulk export"])).toEqual(["create", "delete"]);
    expect(await auditActions(api.db.prisma, "FeatureRequest", id["Dark mode"])).toEqual(["create", "update"]);
  });
});
