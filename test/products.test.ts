// Products through real HTTP: CRUD with audit, filters, sort, both pagination styles, validation, roles.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApi, type TestApi } from "./support/api.ts";
import { dbKinds } from "./support/database.ts";
import { auditActions, expectError, seedCustomers } from "./support/fixtures.ts";

const CREATE = `mutation($code: String!, $name: String!, $category: String!, $price: Int!, $currency: String) {
  createProduct(code: $code, name: $name, category: $category, priceMinor: $price, currency: $currency) { id code currency active } }`;
type P = { id: string; code: string; currency: string; active: boolean };

describe.each(dbKinds)("products on %s", (kind) => {
  let api: TestApi;
  let agent: string;
  const made: P[] = [];
  beforeAll(async () => {
    api = await startTestApi(kind);
    agent = await api.login("AGENT");
    made.length = 0;
    for (const [code, name, category, price] of [
      ["CRM", "CRM Suite", "core", 4900],
      ["MAIL", "Mailer", "add-on", 900],
      ["SMS", "SMS Pack", "add-on", 1500],
      ["ONB", "Onboarding", "service", 20000],
    ] as const) {
      const res = await api.gql<{ createProduct: P }>(CREATE, { code, name, category, price, currency: "eur" }, agent);
      expect(res.errors).toBeUndefined();
      made.push(res.data!.createProduct);
    }
  });
  afterAll(() => api.close());

  it("creates with normalised currency and active by default", () => {
    expect(made[0]).toMatchObject({ code: "CRM", currency: "EUR", active: true });
  });

  it("fetches by id and counts the active subscriptions of live customers only", async () => {
    const [live, gone] = await seedCustomers(api.db.prisma, [{ name: "Live" }, { name: "Gone", deletedAt: new Date() }]);
    const productId = Number(made[0].id);
    await api.db.prisma.subscription.createMany({
      data: [
        { customerId: live.id, productId, mrrMinor: 4900, startedAt: new Date("2025-01-01") },
        { customerId: live.id, productId, mrrMinor: 4900, startedAt: new Date("2024-01-01"), endedAt: new Date("2024-06-01") },
        { customerId: gone.id, productId, mrrMinor: 4900, startedAt: new Date("2025-01-01") },
      ],
    });
    const res = await api.gql<{ Product: { name: string; subscriptionCount: number } }>(
      `query($id: ID!) { Product(id: $id) { name subscriptionCount } }`,
      { id: made[0].id },
      agent,
    );
    expect(res.data?.Product).toEqual({ name: "CRM Suite", subscriptionCount: 1 });
  });

  it("filters by category, price range and text; sorts by price descending", async () => {
    const q = `query($f: ProductFilter) { allProducts(filter: $f, sortField: "priceMinor", sortOrder: "DESC") { code } _allProductsMeta(filter: $f) { count } }`;
    type R = { allProducts: { code: string }[]; _allProductsMeta: { count: number } };
    const addOns = await api.gql<R>(q, { f: { category: "add-on" } }, agent);
    expect(addOns.data).toEqual({ allProducts: [{ code: "SMS" }, { code: "MAIL" }], _allProductsMeta: { count: 2 } });
    const mid = await api.gql<R>(q, { f: { priceMin: 1000, priceMax: 4900 } }, agent);
    expect(mid.data?.allProducts.map((p) => p.code)).toEqual(["CRM", "SMS"]);
    const text = await api.gql<R>(q, { f: { q: "mail" } }, agent);
    expect(text.data?.allProducts).toEqual([{ code: "MAIL" }]);
    const ids = await api.gql<R>(q, { f: { ids: [made[1].id, made[3].id] } }, agent);
    expect(ids.data?.allProducts.map((p) => p.code)).toEqual(["ONB", "MAIL"]);
  });

  it("pages with offsets and with a Relay connection", async () => {
    const page = await api.gql<{ allProducts: { code: string }[] }>(
      `{ allProducts(page: 1, perPage: 3, sortField: "code") { code } }`,
      {},
      agent,
    );
    expect(page.data?.allProducts).toEqual([{ code: "SMS" }]);
    const q = `query($after: String) { products(first: 2, after: $after, orderBy: "-priceMinor") { totalCount pageInfo { hasNextPage endCursor } edges { node { code } } } }`;
    type C = {
      products: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; edges: { node: { code: string } }[] };
    };
    const first = await api.gql<C>(q, {}, agent);
    expect(first.data?.products.totalCount).toBe(4);
    expect(first.data?.products.edges.map((e) => e.node.code)).toEqual(["ONB", "CRM"]);
    const second = await api.gql<C>(q, { after: first.data!.products.pageInfo.endCursor }, agent);
    expect(second.data?.products.edges.map((e) => e.node.code)).toEqual(["SMS", "MAIL"]);
    expect(second.data?.products.pageInfo.hasNextPage).toBe(false);
  });

  it("refuses an unknown sort field naming sortField", async () => {
    expectError(await api.gql(`{ allProducts(sortField: "secret") { id } }`, {}, agent), "BAD_USER_INPUT", "sortField");
  });

  it("updates only what is sent, and audits before/after", async () => {
    const res = await api.gql<{ updateProduct: { name: string; priceMinor: number; active: boolean } }>(
      `mutation($id: ID!) { updateProduct(id: $id, priceMinor: 1100, active: false) { name priceMinor active } }`,
      { id: made[1].id },
      agent,
    );
    expect(res.data?.updateProduct).toEqual({ name: "Mailer", priceMinor: 1100, active: false });
    const row = await api.db.prisma.auditLog.findFirstOrThrow({ where: { entity: "Product", action: "update" } });
    expect((row.before as { priceMinor: number }).priceMinor).toBe(900);
    expect((row.after as { priceMinor: number }).priceMinor).toBe(1100);
  });

  it("answers bad input with BAD_USER_INPUT naming the field, and a duplicate code with CONFLICT", async () => {
    expectError(await api.gql(CREATE, { code: "BAD CODE", name: "x", category: "core", price: 1 }, agent), "BAD_USER_INPUT", "code");
    expectError(await api.gql(CREATE, { code: "NEG", name: "x", category: "core", price: -5 }, agent), "BAD_USER_INPUT", "priceMinor");
    expectError(
      await api.gql(CREATE, { code: "CUR", name: "x", category: "core", price: 5, currency: "EURO" }, agent),
      "BAD_USER_INPUT",
      "currency",
    );
    expectError(await api.gql(CREATE, { code: "NONAME", name: "  ", category: "core", price: 5 }, agent), "BAD_USER_INPUT", "name");
    const dup = await api.gql(CREATE, { code: "CRM", name: "Again", category: "core", price: 5 }, agent);
    expect(dup.errors?.[0].extensions).toMatchObject({ code: "CONFLICT", field: "code" });
  });

  it("refuses writes by an ANALYST and deletes by an AGENT with FORBIDDEN", async () => {
    expectError(await api.gql(CREATE, { code: "AN", name: "x", category: "core", price: 1 }, await api.login("ANALYST")), "FORBIDDEN");
    expectError(await api.gql(`mutation($id: ID!) { deleteProduct(id: $id) { id } }`, { id: made[3].id }, agent), "FORBIDDEN");
  });

  it("deletes (ADMIN) an unused product, refuses one with subscriptions, and writes one audit row per mutation", async () => {
    const admin = await api.login("ADMIN");
    const used = await api.gql(`mutation($id: ID!) { deleteProduct(id: $id) { code } }`, { id: made[0].id }, admin);
    expectError(used, "CONFLICT", "id");
    expect(used.errors?.[0].message).toContain("set active: false");
    const res = await api.gql<{ deleteProduct: { code: string } }>(
      `mutation($id: ID!) { deleteProduct(id: $id) { code } }`,
      { id: made[3].id },
      admin,
    );
    expect(res.data?.deleteProduct.code).toBe("ONB");
    expect(await api.db.prisma.product.count()).toBe(3);
    expect(await auditActions(api.db.prisma, "Product")).toEqual(["create", "create", "create", "create", "update", "delete"]);
  });
});
