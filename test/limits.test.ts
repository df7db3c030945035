// Limits that protect the server from abusive documents, and production's error masking.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApi, type TestApi } from "./support/api.ts";

describe("request limits (embedded database)", () => {
  let api: TestApi;
  let token: string;
  beforeAll(async () => {
    api = await startTestApi("pglite");
    token = await api.login("ADMIN");
  });
  afterAll(() => api.close());

  const post = (body: string, headers: Record<string, string> = {}) =>
    api.fetch("/graphql", {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}`, ...headers },
      body,
    });

  it("rejects a document nested deeper than 10 levels", async () => {
    const deep = `{ allChurnEvents { customer { churnEvents { customer { churnEvents { customer { churnEvents { customer { churnEvents { customer { name } } } } } } } } } } }`;
    const res = await api.gql(deep, {}, token);
    expect(res.errors?.[0].message).toMatch(/depth/i);
  });

  it("rejects more than 30 aliases", async () => {
    const aliases = Array.from({ length: 31 }, (_, i) => `a${i}: me { id }`).join(" ");
    const res = await api.gql(`{ ${aliases} }`, {}, token);
    expect(res.errors?.[0].message).toMatch(/alias/i);
  });

  it("rejects a request body over 1 MB with 413", async () => {
    const res = await post(JSON.stringify({ query: `{ me { id } }`, pad: "x".repeat(1_100_000) }));
    expect(res.status).toBe(413);
  });

  it("refuses batched requests (an array of operations)", async () => {
    const res = await post(JSON.stringify([{ query: "{ me { id } }" }, { query: "{ me { id } }" }]));
    expect(res.status).toBeGreaterThanOrEqual(400);
  });

  it("refuses a cross-site form post (CSRF): no JSON content type and no CSRF header", async () => {
    const res = await api.fetch("/graphql?query=%7Bme%7Bid%7D%7D", { method: "GET" });
    expect(res.status).toBe(403);
  });

  it("answers malformed JSON with 400, not 500", async () => {
    const res = await post("{not json");
    expect(res.status).toBe(400);
  });
});

describe("production mode", () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi("pglite", { env: "production" });
  });
  afterAll(() => api.close());

  it("turns introspection off unless configured", async () => {
    const res = await api.gql(`{ __schema { queryType { name } } }`);
    expect(res.errors?.[0].message).toMatch(/introspection/i);
  });

  it("masks unexpected errors and gives a request id to find in the log", async () => {
    await api.db.prisma.$executeRawUnsafe(`ALTER TABLE "Customer" RENAME TO "CustomerGone"`);
    const res = await api.gql(`{ allCustomers { id } }`, {}, await api.login("ADMIN"));
    await api.db.prisma.$executeRawUnsafe(`ALTER TABLE "CustomerGone" RENAME TO "Customer"`);
    expect(res.errors?.[0].message).toMatch(/^Unexpected error\. \(request id [0-9a-f-]{36}\)$/);
    expect(res.errors?.[0].extensions?.code).toBe("INTERNAL_SERVER_ERROR");
    expect(JSON.stringify(res)).not.toContain("CustomerGone");
  });
});
