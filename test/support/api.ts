// A real server on a real database, reached through yoga.fetch: what a client sends is what runs.

import { createServer } from "@churnstile/api";
import { DEMO_USERS, seedDemoUsers } from "@churnstile/prisma/demo-users";
import { seedReferenceData } from "@churnstile/prisma/reference-data";
import { createTestDatabase, type DbKind, type TestDatabase } from "./database.ts";

export interface GqlResult<T = Record<string, unknown>> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: { code?: string; field?: string } }[];
}

export interface TestApi {
  db: TestDatabase;
  fetch: (path: string, init?: RequestInit) => Promise<Response>;
  gql: <T = Record<string, unknown>>(query: string, variables?: object, token?: string | null) => Promise<GqlResult<T>>;
  /** A bearer token for the demo user of this role. */
  login: (role: "ADMIN" | "MANAGER" | "AGENT" | "ANALYST") => Promise<string>;
  close: () => Promise<void>;
}

export async function startTestApi(
  kind: DbKind,
  options: { env?: "development" | "production" /** PUBLIC_URL */; linkBaseUrl?: string } = {},
): Promise<TestApi> {
  const db = await createTestDatabase(kind);
  await seedReferenceData(db.prisma);
  await seedDemoUsers(db.prisma);
  const errors = { error: () => {} }; // unexpected errors are asserted through responses, not console noise
  const yoga = createServer(
    db,
    {
      env: options.env ?? "development",
      graphiql: true,
      introspection: options.env !== "production",
      sessionTtlMs: 3600_000,
      linkBaseUrl: options.linkBaseUrl,
    },
    errors,
  );
  const fetch = (path: string, init?: RequestInit) => Promise.resolve(yoga.fetch(new Request(`http://test${path}`, init)));
  const gql: TestApi["gql"] = async (query, variables, token) => {
    const headers: Record<string, string> = { "content-type": "application/json" };
    if (token) headers.authorization = `Bearer ${token}`;
    const res = await fetch("/graphql", { method: "POST", headers, body: JSON.stringify({ query, variables }) });
    return { status: res.status, ...((await res.json()) as object) };
  };
  const tokens = new Map<string, string>();
  const login: TestApi["login"] = async (role) => {
    const cached = tokens.get(role);
    if (cached) return cached;
    const user = DEMO_USERS.find((u) => u.role === role);
    if (!user) throw new Error(`no demo user with role ${role}`);
    const res = await gql<{ login: { token: string } }>(`mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`, {
      e: user.email,
      p: user.password,
    });
    if (!res.data) throw new Error(`login failed: ${JSON.stringify(res.errors)}`);
    tokens.set(role, res.data.login.token);
    return res.data.login.token;
  };
  return { db, fetch, gql, login, close: () => db.drop() };
}
