// Message templates: CRUD as configuration (ADMIN and MANAGER write, ADMIN deletes), placeholder checks, and
// renderMessageTemplate filling {{customer.name}}-style placeholders for one customer.
import { MESSAGE_TEXTS } from "@churnstile/prisma/reference-data";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApi, type TestApi } from "./support/api.ts";
import { dbKinds } from "./support/database.ts";
import { auditActions, expectError, seedCustomers } from "./support/fixtures.ts";

const RENDER = `query($id: ID!, $c: ID!, $offer: String, $f: ID) { renderMessageTemplate(id: $id, customerId: $c, offer: $offer, featureRequestId: $f) { subject body locale missing } }`;
const CREATE = `mutation($kind: MessageKind!, $locale: String!, $subject: String!, $body: String!) {
  createMessageTemplate(kind: $kind, locale: $locale, subject: $subject, body: $body) { id kind locale active } }`;
type Rendered = { subject: string; body: string; locale: string; missing: string[] };

describe.each(dbKinds)("message templates on %s", (kind) => {
  let api: TestApi;
  let agent: string;
  let manager: string;
  let customer: string;
  const templateId = async (k: string, locale: string) =>
    String((await api.db.prisma.messageTemplate.findFirstOrThrow({ where: { kind: k as never, locale } })).id);
  beforeAll(async () => {
    api = await startTestApi(kind);
    agent = await api.login("AGENT");
    manager = await api.login("MANAGER");
    customer = String((await seedCustomers(api.db.prisma, [{ name: "Zeynep O'Brien", locale: "tr" }]))[0].id);
  });
  afterAll(() => api.close());

  it("lists the seeded templates: filter by kind and locale, sort, both page styles", async () => {
    const q = `{ allMessageTemplates(filter: { kind: WE_MISS_YOU }, sortField: "locale") { locale } _allMessageTemplatesMeta { count }
      messageTemplates(first: 2, filter: { locale: "fa" }) { totalCount edges { node { kind } } } }`;
    const res = await api.gql<{
      allMessageTemplates: { locale: string }[];
      _allMessageTemplatesMeta: { count: number };
      messageTemplates: { totalCount: number; edges: unknown[] };
    }>(q, {}, agent);
    expect(res.data?.allMessageTemplates.map((t) => t.locale)).toEqual(["ar", "en", "fa", "ru", "tr"]);
    expect(res.data?._allMessageTemplatesMeta.count).toBe(5 * Object.keys(MESSAGE_TEXTS.en).length);
    expect(res.data?.messageTemplates.totalCount).toBe(Object.keys(MESSAGE_TEXTS.fa).length);
    expect(res.data?.messageTemplates.edges).toHaveLength(2);
  });

  it("renders a template for a customer, unescaped, with the feature title and offer filled", async () => {
    const feature = await api.db.prisma.featureRequest.create({ data: { title: "Bulk export" } });
    const res = await api.gql<{ renderMessageTemplate: Rendered }>(
      RENDER,
      { id: await templateId("FEATURE_SHIPPED", "en"), c: customer, f: String(feature.id) },
      agent,
    );
    expect(res.data?.renderMessageTemplate.subject).toBe("You asked for it: Bulk export is here");
    expect(res.data?.renderMessageTemplate.body).toContain("Hello Zeynep O'Brien,");
    expect(res.data?.renderMessageTemplate.body).toContain("you needed Bulk export.");
    expect(res.data?.renderMessageTemplate.missing).toEqual([]);
    const tr = await api.gql<{ renderMessageTemplate: Rendered }>(
      RENDER,
      { id: await templateId("WIN_BACK_PRICE", "tr"), c: customer, offer: "%20 indirim" },
      agent,
    );
    expect(tr.data?.renderMessageTemplate.locale).toBe("tr");
    expect(tr.data?.renderMessageTemplate.body).toContain("%20 indirim");
    expect(tr.data?.renderMessageTemplate.body).not.toContain("{{");
  });

  it("leaves placeholders without a value in place and lists them in `missing`", async () => {
    const res = await api.gql<{ renderMessageTemplate: Rendered }>(
      RENDER,
      { id: await templateId("WIN_BACK_PRICE", "en"), c: customer },
      agent,
    );
    expect(res.data?.renderMessageTemplate.missing).toEqual(["offer"]);
    expect(res.data?.renderMessageTemplate.body).toContain("{{offer}}");
  });

  it("answers render errors with the right code and field", async () => {
    const id = await templateId("WE_MISS_YOU", "en");
    expectError(await api.gql(RENDER, { id: "999999", c: customer }, agent), "NOT_FOUND");
    expectError(await api.gql(RENDER, { id, c: "999999" }, agent), "BAD_USER_INPUT", "customerId");
    expectError(await api.gql(RENDER, { id, c: customer, f: "999999" }, agent), "BAD_USER_INPUT", "featureRequestId");
    expectError(await api.gql(RENDER, { id, c: customer }), "UNAUTHENTICATED");
  });

  it("lets a MANAGER update a template; unknown placeholders and stray braces are refused", async () => {
    const id = await templateId("BIRTHDAY", "en");
    const U = `mutation($id: ID!, $subject: String, $body: String) { updateMessageTemplate(id: $id, subject: $subject, body: $body) { subject } }`;
    const ok = await api.gql<{ updateMessageTemplate: { subject: string } }>(
      U,
      { id, subject: "Many happy returns, {{ customer.name }}!" },
      manager,
    );
    expect(ok.data?.updateMessageTemplate.subject).toBe("Many happy returns, {{ customer.name }}!");
    const r = await api.gql<{ renderMessageTemplate: Rendered }>(RENDER, { id, c: customer }, agent);
    expect(r.data?.renderMessageTemplate.subject).toBe("Many happy returns, Zeynep O'Brien!");
    expectError(await api.gql(U, { id, body: "Hi {{customer.firstName}}" }, manager), "BAD_USER_INPUT", "body");
    expectError(await api.gql(U, { id, subject: "Hi {{customer.name}" }, manager), "BAD_USER_INPUT", "subject");
    expectError(await api.gql(U, { id, body: "" }, manager), "BAD_USER_INPUT", "body");
    expect(await auditActions(api.db.prisma, "MessageTemplate", id)).toEqual(["update"]);
  });

  it("creates a template for a new kind/locale pair; a duplicate pair is a CONFLICT; bad locale is refused", async () => {
    await api.db.prisma.messageTemplate.deleteMany({ where: { kind: "ANNIVERSARY", locale: "ru" } });
    const ok = await api.gql<{ createMessageTemplate: { id: string; active: boolean } }>(
      CREATE,
      { kind: "ANNIVERSARY", locale: "ru", subject: "С годовщиной!", body: "Здравствуйте, {{customer.name}}!" },
      manager,
    );
    expect(ok.data?.createMessageTemplate).toMatchObject({ active: true });
    expectError(await api.gql(CREATE, { kind: "ANNIVERSARY", locale: "ru", subject: "x", body: "y" }, manager), "CONFLICT");
    expectError(await api.gql(CREATE, { kind: "ANNIVERSARY", locale: "de", subject: "x", body: "y" }, manager), "BAD_USER_INPUT", "locale");
    expect(await auditActions(api.db.prisma, "MessageTemplate", ok.data!.createMessageTemplate.id)).toEqual(["create"]);
  });

  it("refuses AGENT and ANALYST writes and a MANAGER delete; ADMIN deletes", async () => {
    const id = await templateId("EXIT_SURVEY_INVITE", "ar");
    for (const role of ["AGENT", "ANALYST"] as const) {
      expectError(
        await api.gql(`mutation($id: ID!) { updateMessageTemplate(id: $id, active: false) { id } }`, { id }, await api.login(role)),
        "FORBIDDEN",
      );
    }
    const del = `mutation($id: ID!) { deleteMessageTemplate(id: $id) { kind } }`;
    expectError(await api.gql(del, { id }, manager), "FORBIDDEN");
    expect((await api.gql(del, { id }, await api.login("ADMIN"))).data).toEqual({ deleteMessageTemplate: { kind: "EXIT_SURVEY_INVITE" } });
    expect(await auditActions(api.db.prisma, "MessageTemplate", id)).toEqual(["delete"]);
  });
});
