// Customers through real HTTP: CRUD, filters, both pagination styles, optimistic locking, soft delete, audit.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApi, type TestApi } from "./support/api.ts";
import { dbKinds } from "./support/database.ts";

const CREATE = `mutation($externalId: String!, $name: String!, $country: String!, $plan: Plan!, $email: String) {
  createCustomer(externalId: $externalId, name: $name, country: $country, plan: $plan, email: $email) { id name country plan version status }
}`;
type C = { id: string; name: string; country: string; plan: string; version: number; status: string };

describe.each(dbKinds)("customers on %s", (kind) => {
  let api: TestApi;
  let agent: string;
  let created: C[] = [];
  beforeAll(async () => {
    api = await startTestApi(kind);
    agent = await api.login("AGENT");
    const rows = [
      ["ext-1", "Arash Karimi", "ir", "GROWTH"],
      ["ext-2", "Fatma Yılmaz", "TR", "STARTER"],
      ["ext-3", "Ivan Petrov", "RU", "GROWTH"],
      ["ext-4", "Layla Hassan", "AE", "ENTERPRISE"],
      ["ext-5", "Omar Farouk", "EG", "BUSINESS"],
    ];
    created = [];
    for (const [externalId, name, country, plan] of rows) {
      const res = await api.gql<{ createCustomer: C }>(CREATE, { externalId, name, country, plan }, agent);
      expect(res.errors).toBeUndefined();
      created.push(res.data!.createCustomer);
    }
  });
  afterAll(() => api.close());

  it("creates with normalised input and sensible defaults", () => {
    expect(created[0]).toMatchObject({ name: "Arash Karimi", country: "IR", plan: "GROWTH", version: 1, status: "ACTIVE" });
  });

  it("fetches by id, and answers null for an unknown id", async () => {
    const res = await api.gql<{ Customer: { name: string } | null; missing: null }>(
      `query($id: ID!) { Customer(id: $id) { name } missing: Customer(id: 999999) { name } }`,
      { id: created[2].id },
      agent,
    );
    expect(res.data).toEqual({ Customer: { name: "Ivan Petrov" }, missing: null });
  });

  it("filters, sorts and pages in the react-admin shape", async () => {
    const q = `query($f: CustomerFilter, $p: Int, $pp: Int) {
      allCustomers(filter: $f, page: $p, perPage: $pp, sortField: "name", sortOrder: "DESC") { name }
      _allCustomersMeta(filter: $f) { count } }`;
    const growth = await api.gql<{ allCustomers: { name: string }[]; _allCustomersMeta: { count: number } }>(
      q,
      { f: { plan: "GROWTH" } },
      agent,
    );
    expect(growth.data).toEqual({ allCustomers: [{ name: "Ivan Petrov" }, { name: "Arash Karimi" }], _allCustomersMeta: { count: 2 } });
    const page1 = await api.gql<{ allCustomers: { name: string }[] }>(q, { p: 1, pp: 2 }, agent);
    expect(page1.data?.allCustomers.map((c) => c.name)).toEqual(["Ivan Petrov", "Fatma Yılmaz"]);
    const search = await api.gql<{ allCustomers: { name: string }[] }>(q, { f: { q: "yılmaz" } }, agent);
    expect(search.data?.allCustomers).toEqual([{ name: "Fatma Yılmaz" }]);
  });

  it("pages with a Relay connection and totalCount", async () => {
    const q = `query($after: String) { customers(first: 2, after: $after, orderBy: "name") { totalCount pageInfo { hasNextPage endCursor } edges { node { name } } } }`;
    type Conn = {
      customers: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; edges: { node: { name: string } }[] };
    };
    const first = await api.gql<Conn>(q, {}, agent);
    expect(first.data?.customers.totalCount).toBe(5);
    expect(first.data?.customers.edges.map((e) => e.node.name)).toEqual(["Arash Karimi", "Fatma Yılmaz"]);
    const second = await api.gql<Conn>(q, { after: first.data!.customers.pageInfo.endCursor }, agent);
    expect(second.data?.customers.edges.map((e) => e.node.name)).toEqual(["Ivan Petrov", "Layla Hassan"]);
    expect(second.data?.customers.pageInfo.hasNextPage).toBe(true);
  });

  it("caps page size at 100", async () => {
    const res = await api.gql<{ allCustomers: unknown[] }>(`{ allCustomers(perPage: 5000) { id } }`, {}, agent);
    expect(res.errors).toBeUndefined();
    expect(res.data?.allCustomers.length).toBe(5);
    const tooMany = await api.gql(`{ customers(first: 500) { totalCount } }`, {}, agent);
    expect(tooMany.errors).toBeUndefined();
  });

  it("updates with optimistic locking: a stale version is a CONFLICT and changes nothing", async () => {
    const c = created[1];
    const U = `mutation($id: ID!, $v: Int, $city: String) { updateCustomer(id: $id, version: $v, city: $city) { city version } }`;
    const ok = await api.gql<{ updateCustomer: { city: string; version: number } }>(U, { id: c.id, v: 1, city: "Istanbul" }, agent);
    expect(ok.data?.updateCustomer).toEqual({ city: "Istanbul", version: 2 });
    const stale = await api.gql(U, { id: c.id, v: 1, city: "Ankara" }, agent);
    expect(stale.errors?.[0].extensions?.code).toBe("CONFLICT");
    expect((await api.db.prisma.customer.findUnique({ where: { id: Number(c.id) } }))?.city).toBe("Istanbul");
  });

  it("rejects a duplicate externalId with CONFLICT naming the field", async () => {
    const res = await api.gql(CREATE, { externalId: "ext-1", name: "Dup", country: "IR", plan: "GROWTH" }, agent);
    expect(res.errors?.[0].extensions).toMatchObject({ code: "CONFLICT", field: "externalId" });
  });

  it("soft-deletes (admin), hides from lists, and restores", async () => {
    const admin = await api.login("ADMIN");
    const id = created[4].id;
    expect((await api.gql(`mutation($id: ID!) { deleteCustomer(id: $id) { id } }`, { id }, admin)).errors).toBeUndefined();
    const count = async (f = {}) =>
      (
        await api.gql<{ _allCustomersMeta: { count: number } }>(
          `query($f: CustomerFilter) { _allCustomersMeta(filter: $f) { count } }`,
          { f },
          agent,
        )
      ).data?._allCustomersMeta.count;
    expect(await count()).toBe(4);
    expect(await count({ includeDeleted: true })).toBe(5);
    expect((await api.gql(`mutation($id: ID!) { restoreCustomer(id: $id) { deletedAt } }`, { id }, admin)).data).toEqual({
      restoreCustomer: { deletedAt: null },
    });
    expect(await count()).toBe(5);
  });

  it("writes one audit row per mutation, with actor, before/after and request id", async () => {
    const rows = await api.db.prisma.auditLog.findMany({ where: { entity: "Customer" }, orderBy: { id: "asc" } });
    const actions = rows.map((r) => r.action);
    expect(actions.filter((a) => a === "create")).toHaveLength(5); // the duplicate rolled back and wrote nothing
    expect(actions).toContain("update");
    expect(actions).toContain("restore");
    const update = rows.find((r) => r.action === "update")!;
    expect((update.before as { city: string | null }).city).toBeNull();
    expect((update.after as { city: string }).city).toBe("Istanbul");
    expect(update.actorUserId).not.toBeNull();
    expect(update.requestId).toBeTruthy();
  });
});
