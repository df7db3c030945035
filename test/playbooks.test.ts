// Playbooks as configuration: ADMIN and MANAGER write, ADMIN deletes; conditions and actions are validated
// with the reference data's zod schemas, reason codes against the catalogue.
import { DEFAULT_PLAYBOOKS } from "@churnstile/prisma/reference-data";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApi, type TestApi } from "./support/api.ts";
import { dbKinds } from "./support/database.ts";
import { auditActions, expectError } from "./support/fixtures.ts";

const CREATE = `mutation($code: String!, $name: String!, $trigger: ActionTrigger!, $conditions: JSON!, $actions: JSON!) {
  createPlaybook(code: $code, name: $name, trigger: $trigger, conditions: $conditions, actions: $actions) { id code trigger conditions actions active retentionActionCount } }`;
const good = {
  code: "PRICE_CALL",
  name: "Price: call first",
  trigger: "CHURN_LOGGED",
  conditions: { churnTypes: ["VOLUNTARY", "COMPETITIVE"], reasonCodes: ["PRICE"] },
  actions: [
    { kind: "CALLBACK", dueInDays: 1 },
    { kind: "DISCOUNT_OFFER", dueInDays: 3, messageKind: "WIN_BACK_PRICE", offer: "2 months free" },
  ],
};

describe.each(dbKinds)("playbooks on %s", (kind) => {
  let api: TestApi;
  let manager: string;
  let id: string;
  beforeAll(async () => {
    api = await startTestApi(kind);
    manager = await api.login("MANAGER");
  });
  afterAll(() => api.close());

  it("lets a MANAGER create a playbook, stored as sent", async () => {
    const res = await api.gql<{ createPlaybook: { id: string } & Record<string, unknown> }>(CREATE, good, manager);
    expect(res.errors).toBeUndefined();
    expect(res.data?.createPlaybook).toMatchObject({
      code: "PRICE_CALL",
      conditions: good.conditions,
      actions: good.actions,
      active: true,
      retentionActionCount: 0,
    });
    id = res.data!.createPlaybook.id;
  });

  it("lists it with the seeded defaults: filter by trigger and text, sort, both page styles", async () => {
    const churnLogged = DEFAULT_PLAYBOOKS.filter((p) => p.trigger === "CHURN_LOGGED").length + 1;
    const q = `{ allPlaybooks(filter: { trigger: CHURN_LOGGED }, sortField: "code", perPage: 2, page: 1) { code }
      _allPlaybooksMeta(filter: { trigger: CHURN_LOGGED }) { count }
      playbooks(first: 1, filter: { q: "call first" }) { totalCount edges { node { code } } } }`;
    const res = await api.gql<{
      allPlaybooks: { code: string }[];
      _allPlaybooksMeta: { count: number };
      playbooks: { totalCount: number; edges: { node: { code: string } }[] };
    }>(q, {}, manager);
    const codes = DEFAULT_PLAYBOOKS.filter((p) => p.trigger === "CHURN_LOGGED")
      .map((p) => p.code)
      .concat("PRICE_CALL")
      .sort();
    expect(res.data?._allPlaybooksMeta.count).toBe(churnLogged);
    expect(res.data?.allPlaybooks.map((p) => p.code)).toEqual(codes.slice(2, 4));
    expect(res.data?.playbooks).toEqual({ totalCount: 1, edges: [{ node: { code: "PRICE_CALL" } }] });
  });

  it("rejects malformed conditions and actions with the path of the problem", async () => {
    expectError(
      await api.gql(CREATE, { ...good, code: "BAD_1", conditions: { churnTypes: ["ANGRY"] } }, manager),
      "BAD_USER_INPUT",
      "conditions.churnTypes.0",
    );
    expectError(await api.gql(CREATE, { ...good, code: "BAD_2", conditions: { segment: 1 } }, manager), "BAD_USER_INPUT", "conditions");
    expectError(
      await api.gql(CREATE, { ...good, code: "BAD_3", conditions: { reasonCodes: ["PRICEY"] } }, manager),
      "BAD_USER_INPUT",
      "conditions.reasonCodes",
    );
    expectError(await api.gql(CREATE, { ...good, code: "BAD_4", actions: [] }, manager), "BAD_USER_INPUT", "actions");
    expectError(
      await api.gql(CREATE, { ...good, code: "BAD_5", actions: [{ kind: "CALLBACK", dueInDays: 400 }] }, manager),
      "BAD_USER_INPUT",
      "actions.0.dueInDays",
    );
    expectError(
      await api.gql(CREATE, { ...good, code: "BAD_6", actions: [{ kind: "SMS_BLAST", dueInDays: 1 }] }, manager),
      "BAD_USER_INPUT",
      "actions.0.kind",
    );
    expectError(await api.gql(CREATE, { ...good, code: "lower" }, manager), "BAD_USER_INPUT", "code");
    expect((await api.gql(CREATE, good, manager)).errors?.[0].extensions).toMatchObject({ code: "CONFLICT", field: "code" });
    expect(await api.db.prisma.playbook.count({ where: { code: { startsWith: "BAD_" } } })).toBe(0);
  });

  it("updates only what is sent and audits before/after", async () => {
    const U = `mutation($id: ID!, $active: Boolean, $conditions: JSON) { updatePlaybook(id: $id, active: $active, conditions: $conditions) { active conditions actions } }`;
    const res = await api.gql<{ updatePlaybook: unknown }>(U, { id, active: false, conditions: {} }, manager);
    expect(res.data?.updatePlaybook).toEqual({ active: false, conditions: {}, actions: good.actions });
    const row = await api.db.prisma.auditLog.findFirstOrThrow({ where: { entity: "Playbook", entityId: id, action: "update" } });
    expect((row.before as { active: boolean }).active).toBe(true);
    expect((row.after as { conditions: object }).conditions).toEqual({});
  });

  it("refuses AGENT and ANALYST writes, and a MANAGER delete, with FORBIDDEN", async () => {
    for (const role of ["AGENT", "ANALYST"] as const)
      expectError(await api.gql(CREATE, { ...good, code: "NOPE" }, await api.login(role)), "FORBIDDEN");
    expectError(await api.gql(`mutation($id: ID!) { deletePlaybook(id: $id) { id } }`, { id }, manager), "FORBIDDEN");
  });

  it("ADMIN deletes; one audit row per mutation", async () => {
    const res = await api.gql(`mutation($id: ID!) { deletePlaybook(id: $id) { code } }`, { id }, await api.login("ADMIN"));
    expect(res.data).toEqual({ deletePlaybook: { code: "PRICE_CALL" } });
    expect(await auditActions(api.db.prisma, "Playbook", id)).toEqual(["create", "update", "delete"]);
  });
});
