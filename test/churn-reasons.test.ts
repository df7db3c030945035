// The churn-reason catalogue as configuration: ADMIN and MANAGER create and update, nobody deletes —
// deactivateChurnReason keeps history intact. Validation, roles and audit through real HTTP.
import { schema } from "@churnstile/schema";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApi, type TestApi } from "./support/api.ts";
import { dbKinds } from "./support/database.ts";
import { auditActions, expectError, seedCustomers } from "./support/fixtures.ts";

const CREATE = `mutation($code: String!, $def: ChurnType!, $types: [ChurnType!]!, $desc: String!) {
  createChurnReason(code: $code, category: SERVICE, ownerTeam: SUPPORT, defaultChurnType: $def, churnTypes: $types, description: $desc, sortOrder: 5) {
    id code ownerTeam churnTypes active } }`;

describe.each(dbKinds)("churn-reason catalogue on %s", (kind) => {
  let api: TestApi;
  let manager: string;
  let id: string;
  beforeAll(async () => {
    api = await startTestApi(kind);
    manager = await api.login("MANAGER");
  });
  afterAll(() => api.close());

  it("lets a MANAGER add a reason", async () => {
    const res = await api.gql<{ createChurnReason: { id: string; code: string; churnTypes: string[]; active: boolean } }>(
      CREATE,
      { code: "SLOW_SUPPORT", def: "VOLUNTARY", types: ["VOLUNTARY", "COMPETITIVE", "VOLUNTARY"], desc: "Answers took days." },
      manager,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.createChurnReason).toMatchObject({ code: "SLOW_SUPPORT", churnTypes: ["VOLUNTARY", "COMPETITIVE"], active: true });
    id = res.data!.createChurnReason.id;
  });

  it("lists it beside the seeded catalogue, filtered by owner team and sorted by sortOrder", async () => {
    const res = await api.gql<{ allChurnReasons: { code: string }[] }>(
      `{ allChurnReasons(filter: { ownerTeam: SUPPORT }, sortField: "sortOrder") { code } }`,
      {},
      manager,
    );
    expect(res.data?.allChurnReasons[0]).toEqual({ code: "SLOW_SUPPORT" });
    expect(res.data?.allChurnReasons.map((r) => r.code)).toContain("POOR_SERVICE");
  });

  it("updates, checking defaultChurnType against churnTypes as stored", async () => {
    const U = `mutation($id: ID!, $def: ChurnType, $types: [ChurnType!], $desc: String) { updateChurnReason(id: $id, defaultChurnType: $def, churnTypes: $types, description: $desc) { defaultChurnType churnTypes description } }`;
    const ok = await api.gql<{ updateChurnReason: unknown }>(
      U,
      { id, def: "COMPETITIVE", desc: "Answers took days; a rival answered in minutes." },
      manager,
    );
    expect(ok.data?.updateChurnReason).toEqual({
      defaultChurnType: "COMPETITIVE",
      churnTypes: ["VOLUNTARY", "COMPETITIVE"],
      description: "Answers took days; a rival answered in minutes.",
    });
    expectError(await api.gql(U, { id, def: "PASSIVE" }, manager), "BAD_USER_INPUT", "defaultChurnType");
    expectError(await api.gql(U, { id, types: ["VOLUNTARY"] }, manager), "BAD_USER_INPUT", "churnTypes");
    expectError(await api.gql(U, { id, desc: "" }, manager), "BAD_USER_INPUT", "description");
  });

  it("validates new reasons: code shape, non-empty types, duplicate code", async () => {
    expectError(
      await api.gql(CREATE, { code: "slow support", def: "VOLUNTARY", types: ["VOLUNTARY"], desc: "x" }, manager),
      "BAD_USER_INPUT",
      "code",
    );
    expectError(
      await api.gql(CREATE, { code: "NO_TYPES", def: "VOLUNTARY", types: [], desc: "x" }, manager),
      "BAD_USER_INPUT",
      "churnTypes",
    );
    expectError(
      await api.gql(CREATE, { code: "MISMATCH", def: "REVENUE", types: ["VOLUNTARY"], desc: "x" }, manager),
      "BAD_USER_INPUT",
      "churnTypes",
    );
    const dup = await api.gql(CREATE, { code: "PRICE", def: "VOLUNTARY", types: ["VOLUNTARY"], desc: "x" }, manager);
    expect(dup.errors?.[0].extensions).toMatchObject({ code: "CONFLICT", field: "code" });
  });

  it("refuses AGENT and ANALYST with FORBIDDEN: the catalogue is configuration", async () => {
    for (const role of ["AGENT", "ANALYST"] as const) {
      expectError(
        await api.gql(CREATE, { code: "NOPE", def: "VOLUNTARY", types: ["VOLUNTARY"], desc: "x" }, await api.login(role)),
        "FORBIDDEN",
      );
      expectError(
        await api.gql(`mutation($id: ID!) { deactivateChurnReason(id: $id) { id } }`, { id }, await api.login(role)),
        "FORBIDDEN",
      );
    }
  });

  it("offers no delete: deactivating keeps churn events pointing at the reason", async () => {
    const mutations = Object.keys(schema.getMutationType()!.getFields());
    expect(mutations.filter((m) => /ChurnReasons?$/.test(m)).sort()).toEqual([
      "createChurnReason",
      "deactivateChurnReason",
      "updateChurnReason",
    ]);
    const [c] = await seedCustomers(api.db.prisma, [{ name: "Ana" }]);
    await api.db.prisma.churnEvent.create({
      data: {
        customerId: c.id,
        type: "VOLUNTARY",
        primaryReasonId: Number(id),
        requestedAt: new Date(),
        effectiveAt: new Date(),
        mrrLostMinor: 100,
      },
    });
    const res = await api.gql<{ deactivateChurnReason: { active: boolean } }>(
      `mutation($id: ID!) { deactivateChurnReason(id: $id) { active } }`,
      { id },
      manager,
    );
    expect(res.data?.deactivateChurnReason.active).toBe(false);
    const events = await api.gql<{ allChurnEvents: { primaryReason: { code: string; active: boolean } }[] }>(
      `{ allChurnEvents { primaryReason { code active } } }`,
      {},
      manager,
    );
    expect(events.data?.allChurnEvents).toEqual([{ primaryReason: { code: "SLOW_SUPPORT", active: false } }]);
    const inactive = await api.gql<{ _allChurnReasonsMeta: { count: number } }>(
      `{ _allChurnReasonsMeta(filter: { active: false }) { count } }`,
      {},
      manager,
    );
    expect(inactive.data?._allChurnReasonsMeta.count).toBe(1);
    expectError(await api.gql(`mutation($id: ID!) { deactivateChurnReason(id: $id) { id } }`, { id }, manager), "BAD_USER_INPUT", "id");
    const back = await api.gql<{ updateChurnReason: { active: boolean } }>(
      `mutation($id: ID!) { updateChurnReason(id: $id, active: true) { active } }`,
      { id },
      manager,
    );
    expect(back.data?.updateChurnReason.active).toBe(true);
  });

  it("writes one audit row per mutation", async () => {
    expect(await auditActions(api.db.prisma, "ChurnReason", id)).toEqual(["create", "update", "deactivate", "update"]);
  });
});
