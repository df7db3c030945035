// A table of bad inputs: each is answered with the right error code and names the field to fix —
// never an HTTP 500, never a masked error, and nothing written.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApi, type TestApi } from "./support/api.ts";
import { dbKinds } from "./support/database.ts";
import { customerWith, reasonId } from "./support/scenarios.ts";

type Case = [name: string, document: string, variables: Record<string, unknown>, code: string, field: string | RegExp];

const CREATE_CUSTOMER = `mutation($v: String!, $n: String!, $c: String!, $p: Plan!, $e: String, $l: String, $cur: String) {
  createCustomer(externalId: $v, name: $n, country: $c, plan: $p, email: $e, locale: $l, currency: $cur) { id } }`;
const customer = (over: Record<string, unknown>) => ({ v: `bad-${Math.random()}`, n: "Name", c: "TR", p: "GROWTH", ...over });
const LOG_CHURN = `mutation($i: LogChurnInput!, $k: String) { logChurn(input: $i, idempotencyKey: $k) { churnEvent { id } } }`;

describe.each(dbKinds)("bad inputs on %s", (kind) => {
  let api: TestApi;
  let token: string;
  let cases: Case[] = [];
  beforeAll(async () => {
    api = await startTestApi(kind);
    token = await api.login("MANAGER");
    const c = await customerWith(api, { subscriptions: [5000] });
    const id = String(c.id);
    const price = await reasonId(api, "PRICE");
    const competitor = await reasonId(api, "COMPETITOR_OFFER");
    const payment = await reasonId(api, "PAYMENT_FAILURE");
    const features = await reasonId(api, "MISSING_FEATURES");
    const churn = (over: Record<string, unknown>) => ({ i: { customerId: id, type: "VOLUNTARY", primaryReasonId: price, ...over } });
    cases = [
      ["customer: e-mail malformed", CREATE_CUSTOMER, customer({ e: "not-an-email" }), "BAD_USER_INPUT", "email"],
      ["customer: country not ISO", CREATE_CUSTOMER, customer({ c: "Turkey" }), "BAD_USER_INPUT", "country"],
      ["customer: empty name", CREATE_CUSTOMER, customer({ n: "  " }), "BAD_USER_INPUT", "name"],
      ["customer: name too long", CREATE_CUSTOMER, customer({ n: "x".repeat(201) }), "BAD_USER_INPUT", "name"],
      ["customer: unknown locale", CREATE_CUSTOMER, customer({ l: "de" }), "BAD_USER_INPUT", "locale"],
      ["customer: currency not ISO", CREATE_CUSTOMER, customer({ cur: "dollars" }), "BAD_USER_INPUT", "currency"],
      ["customer: plan not an enum value", CREATE_CUSTOMER, customer({ p: "GOLD" }), "BAD_USER_INPUT", /p|plan/],
      ["customer: duplicate externalId", CREATE_CUSTOMER, customer({ v: c.externalId }), "CONFLICT", "externalId"],
      ["customer: unknown id on update", `mutation { updateCustomer(id: 999999, city: "X") { id } }`, {}, "NOT_FOUND", /.*/],
      ["customer: malformed id", `mutation { updateCustomer(id: "abc", city: "X") { id } }`, {}, "BAD_USER_INPUT", "id"],
      [
        "customer: stale version",
        `mutation($id: ID!) { updateCustomer(id: $id, version: 99, city: "X") { id } }`,
        { id },
        "CONFLICT",
        /.*/,
      ],
      [
        "customer: status CHURNED set directly",
        `mutation($id: ID!) { updateCustomer(id: $id, status: CHURNED) { id } }`,
        { id },
        "BAD_USER_INPUT",
        "status",
      ],
      [
        "customer: owner does not exist",
        `mutation($id: ID!) { updateCustomer(id: $id, ownerId: 999999) { id } }`,
        { id },
        "BAD_USER_INPUT",
        "ownerId",
      ],
      ["list: unknown sort field", `{ allCustomers(sortField: "password") { id } }`, {}, "BAD_USER_INPUT", "sortField"],
      ["list: bad sort order", `{ allCustomers(sortOrder: "SIDEWAYS") { id } }`, {}, "BAD_USER_INPUT", "sortOrder"],
      ["graphql: unknown field", `{ allCustomers { nope } }`, {}, "BAD_USER_INPUT", /.*/],
      ["graphql: syntax error", `{ allCustomers { id `, {}, "BAD_USER_INPUT", /.*/],
      ["graphql: wrong variable type", `query($p: Int) { allCustomers(perPage: $p) { id } }`, { p: "many" }, "BAD_USER_INPUT", /.*/],
      ["churn: reason does not fit the type", LOG_CHURN, churn({ type: "INVOLUNTARY" }), "BAD_USER_INPUT", /primaryReason/],
      ["churn: unknown customer", LOG_CHURN, churn({ customerId: "999999" }), "NOT_FOUND", /.*/],
      ["churn: competitor missing", LOG_CHURN, churn({ type: "COMPETITIVE", primaryReasonId: competitor }), "BAD_USER_INPUT", /competitor/],
      ["churn: missing feature not named", LOG_CHURN, churn({ primaryReasonId: features }), "BAD_USER_INPUT", /feature/],
      [
        "churn: effective before requested",
        LOG_CHURN,
        churn({ requestedAt: "2026-03-10T00:00:00Z", effectiveAt: "2026-03-01T00:00:00Z" }),
        "BAD_USER_INPUT",
        /effectiveAt/,
      ],
      ["churn: REVENUE without amount", LOG_CHURN, churn({ type: "REVENUE" }), "BAD_USER_INPUT", /mrrLostMinor/],
      ["churn: REVENUE above current MRR", LOG_CHURN, churn({ type: "REVENUE", mrrLostMinor: 999999 }), "BAD_USER_INPUT", /mrrLostMinor/],
      ["churn: negative MRR lost", LOG_CHURN, churn({ mrrLostMinor: -5 }), "BAD_USER_INPUT", /mrrLostMinor/],
      [
        "churn: unknown reason code",
        LOG_CHURN,
        churn({ primaryReasonId: undefined, primaryReasonCode: "BORED" }),
        "BAD_USER_INPUT",
        /primaryReason/,
      ],
      ["churn: idempotency key too short", LOG_CHURN, { ...churn({}), k: "x" }, "BAD_USER_INPUT", "idempotencyKey"],
      ["churn: payment reason on voluntary", LOG_CHURN, churn({ primaryReasonId: payment }), "BAD_USER_INPUT", /primaryReason/],
      [
        "action: due date not a date",
        `mutation($i: ScheduleRetentionActionInput!) { scheduleRetentionAction(input: $i) { __typename } }`,
        { i: { customerId: id, kind: "CALLBACK", dueAt: "tomorrow" } },
        "BAD_USER_INPUT",
        /.*/,
      ],
      [
        "action: complete unknown action",
        `mutation { completeRetentionAction(id: 999999, outcome: RETAINED) { __typename } }`,
        {},
        "NOT_FOUND",
        /.*/,
      ],
      ["api key: no scopes", `mutation { createApiKey(name: "bi", scopes: []) { secret } }`, {}, "FORBIDDEN", /.*/],
      [
        "survey: unknown token",
        `mutation { submitExitSurveyByToken(token: "nope-nope-nope", answers: {}, locale: "en") { __typename } }`,
        {},
        "NOT_FOUND",
        /.*/,
      ],
      ["page size: negative page", `{ allCustomers(page: -3) { id } }`, {}, "OK", ""],
    ];
  });
  afterAll(() => api.close());

  it("answers each with the right code and field, and writes nothing", async () => {
    expect(cases.length).toBeGreaterThanOrEqual(30);
    const auditBefore = await api.db.prisma.auditLog.count();
    const churnBefore = await api.db.prisma.churnEvent.count();
    const wrong: string[] = [];
    for (const [name, document, variables, code, field] of cases) {
      const res = await api.gql(document, variables, token);
      if (res.status >= 500) wrong.push(`${name}: HTTP ${res.status}`);
      const error = res.errors?.[0];
      if (code === "OK") {
        if (error) wrong.push(`${name}: expected success, got ${error.extensions?.code} ${error.message}`);
        continue;
      }
      if (error?.extensions?.code !== code)
        wrong.push(`${name}: expected ${code}, got ${error?.extensions?.code ?? "no error"} (${error?.message})`);
      else if (typeof field === "string" ? error.extensions.field !== field : !field.test(String(error.extensions.field ?? error.message)))
        wrong.push(`${name}: field ${error.extensions.field} (${error.message}) does not match ${field}`);
    }
    expect(wrong).toEqual([]);
    expect(await api.db.prisma.churnEvent.count()).toBe(churnBefore);
    expect(await api.db.prisma.auditLog.count()).toBe(auditBefore);
  });
});
