// Staff login through real HTTP: sessions, wrong passwords, validation and logout.
import { DEMO_USERS } from "@churnstile/prisma/demo-users";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApi, type TestApi } from "./support/api.ts";
import { dbKinds } from "./support/database.ts";

const LOGIN = `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token user { email role } } }`;
const admin = DEMO_USERS.find((u) => u.role === "ADMIN")!;

describe.each(dbKinds)("staff auth on %s", (kind) => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi(kind);
  });
  afterAll(() => api.close());

  it("logs in every demo user with the right role, and `me` answers with the token", async () => {
    for (const user of DEMO_USERS) {
      const res = await api.gql<{ login: { token: string; user: { email: string; role: string } } }>(LOGIN, {
        e: user.email,
        p: user.password,
      });
      expect(res.data?.login.user).toEqual({ email: user.email, role: user.role });
      const me = await api.gql<{ me: { role: string } }>("{ me { role } }", {}, res.data!.login.token);
      expect(me.data?.me.role).toBe(user.role);
    }
  });

  it("rejects a wrong password with UNAUTHENTICATED and stores only a hash of the token", async () => {
    const res = await api.gql(LOGIN, { e: admin.email, p: "not-the-password" });
    expect(res.status).toBe(200);
    expect(res.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
    const token = await api.login("ADMIN");
    const sessions = await api.db.prisma.session.findMany();
    expect(sessions.some((s) => s.tokenHash === token)).toBe(false);
    expect(sessions.every((s) => /^[0-9a-f]{64}$/.test(s.tokenHash))).toBe(true);
  });

  it("answers a malformed e-mail with BAD_USER_INPUT naming the field", async () => {
    const res = await api.gql(LOGIN, { e: "not-an-email", p: "x" });
    expect(res.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "email" });
    expect(res.errors?.[0].message).toContain("e-mail");
  });

  it("refuses lists without a login, and serves them with one", async () => {
    const anonymous = await api.gql("{ allCustomers { id } }");
    expect(anonymous.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
    const forged = await api.gql("{ allCustomers { id } }", {}, "forged-token");
    expect(forged.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
    const ok = await api.gql<{ allCustomers: unknown[]; _allCustomersMeta: { count: number } }>(
      "{ allCustomers { id } _allCustomersMeta { count } }",
      {},
      await api.login("ANALYST"),
    );
    expect(ok.errors).toBeUndefined();
    expect(ok.data?._allCustomersMeta.count).toBe(0);
  });

  it("logout ends the session", async () => {
    const res = await api.gql<{ login: { token: string } }>(LOGIN, { e: admin.email, p: admin.password });
    const token = res.data!.login.token;
    expect((await api.gql<{ logout: boolean }>("mutation { logout }", {}, token)).data?.logout).toBe(true);
    expect((await api.gql<{ me: null }>("{ me { id } }", {}, token)).data?.me).toBeNull();
  });

  it("lets every reader list staff to pick owners and assignees, with e-mails for ADMIN only (also in search)", async () => {
    const list = `query($q: String) { allUsers(filter: { q: $q }, sortField: "name") { name role email } }`;
    const manager = await api.login("MANAGER");
    const seen = await api.gql<{ allUsers: { name: string; email: string | null }[] }>(list, {}, await api.login("AGENT"));
    expect(seen.data?.allUsers.map((u) => u.name)).toEqual(DEMO_USERS.map((u) => u.name).sort());
    const agent = DEMO_USERS.find((u) => u.role === "AGENT")!;
    expect(seen.data?.allUsers.filter((u) => u.email !== null)).toEqual([{ name: agent.name, role: "AGENT", email: agent.email }]); // only their own
    const byMail = "churnstile.local"; // in every e-mail, in no name
    expect((await api.gql<{ allUsers: unknown[] }>(list, { q: byMail }, manager)).data?.allUsers).toEqual([]);
    const found = await api.gql<{ allUsers: { email: string }[] }>(list, { q: byMail }, await api.login("ADMIN"));
    expect(found.data?.allUsers).toHaveLength(DEMO_USERS.length);
    const sorted = await api.gql(`{ allUsers(sortField: "email") { name } }`, {}, manager);
    expect(sorted.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT"); // no ordering oracle on hidden e-mails
  });
});
