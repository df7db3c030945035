// sendExitSurveyLink through real HTTP: a PENDING response whose link the public page opens, the url on PUBLIC_URL
// or the request's origin, the survey.link_created webhook for the mail tool, the token in this response only.
import { schema } from "@churnstile/schema";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApi, type TestApi } from "./support/api.ts";
import { dbKinds } from "./support/database.ts";
import { expectError } from "./support/fixtures.ts";
import { auditOf, counts, customerWith, DAY } from "./support/scenarios.ts";

const SEND = `mutation($input: SendExitSurveyLinkInput!, $key: String) {
  sendExitSurveyLink(input: $input, idempotencyKey: $key) { responseId url token expiresAt } }`;
type Sent = { sendExitSurveyLink: { responseId: string; url: string; token: string; expiresAt: string } };
const READ = `query($token: String!) { exitSurveyByToken(token: $token) { status locale expiresAt } }`;

describe.each(dbKinds)("exit-survey links on %s", (kind) => {
  let api: TestApi;
  let agent: string;
  const send = (input: object, key?: string) => api.gql<Sent>(SEND, { input, key }, agent);
  beforeAll(async () => {
    api = await startTestApi(kind);
    agent = await api.login("AGENT");
    await api.db.prisma.webhookSubscription.create({
      data: { url: "https://mail.example/hook", events: ["survey.link_created"], secret: "s" },
    });
  });
  afterAll(() => api.close());

  async function churned(locale = "fa") {
    const c = await customerWith(api, { locale });
    const logged = await api.gql<{ logChurn: { churnEvent: { id: string } } }>(
      `mutation($c: ID!) { logChurn(input: { customerId: $c, type: VOLUNTARY, primaryReasonCode: "PRICE" }) { churnEvent { id } } }`,
      { c: c.id },
      agent,
    );
    return { customer: c, churnEventId: Number(logged.data!.logChurn.churnEvent.id) };
  }

  it("creates a PENDING link about the open churn, in the customer's language, that the public page opens", async () => {
    const { customer, churnEventId } = await churned("fa");
    const sentAt = Date.now();
    const res = await send({ customerId: customer.id });
    expect(res.errors).toBeUndefined();
    const link = res.data!.sendExitSurveyLink;
    expect(link.url).toBe(`http://test/admin/#/survey/${link.token}`); // no PUBLIC_URL: the request's origin
    expect(link.token.length).toBeGreaterThanOrEqual(32);
    const expires = Date.parse(link.expiresAt) - sentAt;
    expect(expires).toBeGreaterThan(30 * DAY - 60_000);
    expect(expires).toBeLessThan(30 * DAY + 60_000);
    const stored = await api.db.prisma.exitSurveyResponse.findUniqueOrThrow({ where: { id: Number(link.responseId) } });
    expect(stored).toMatchObject({
      customerId: customer.id,
      churnEventId,
      status: "PENDING",
      channel: "LINK",
      locale: "fa",
      token: link.token,
    });
    const page = await api.gql<{ exitSurveyByToken: { status: string; locale: string; expiresAt: string } }>(READ, { token: link.token });
    expect(page.data!.exitSurveyByToken).toEqual({ status: "PENDING", locale: "fa", expiresAt: link.expiresAt });

    const [audit] = await auditOf(api, "sendExitSurveyLink", "ExitSurveyResponse");
    expect(JSON.stringify(audit.after)).not.toContain(link.token);
    const delivery = await api.db.prisma.webhookDelivery.findFirstOrThrow({
      where: { event: "survey.link_created" },
      orderBy: { id: "desc" },
    });
    expect(delivery.payload).toMatchObject({
      event: "survey.link_created",
      responseId: Number(link.responseId),
      customerId: customer.id,
      churnEventId,
      locale: "fa",
      url: link.url,
      expiresAt: link.expiresAt,
    });
  });

  it("takes a churn and a language, and a customer who has not churned gets a link about no churn", async () => {
    const { customer, churnEventId } = await churned("en");
    const res = await send({ customerId: customer.id, churnEventId, locale: "ar" });
    const stored = await api.db.prisma.exitSurveyResponse.findUniqueOrThrow({
      where: { id: Number(res.data!.sendExitSurveyLink.responseId) },
    });
    expect(stored).toMatchObject({ churnEventId, locale: "ar" });
    const active = await customerWith(api, { locale: "tr" });
    const other = await send({ customerId: active.id });
    const row = await api.db.prisma.exitSurveyResponse.findUniqueOrThrow({
      where: { id: Number(other.data!.sendExitSurveyLink.responseId) },
    });
    expect(row).toMatchObject({ churnEventId: null, locale: "tr" });
  });

  it("replays an idempotency key: one link, the same token", async () => {
    const { customer } = await churned();
    const first = await send({ customerId: customer.id }, "survey-link-0001");
    const second = await send({ customerId: customer.id }, "survey-link-0001");
    expect(second).toEqual(first);
    expect(await api.db.prisma.exitSurveyResponse.count({ where: { customerId: customer.id } })).toBe(1);
  });

  it("never returns the token on reads", () => {
    const type = schema.getType("ExitSurveyResponse") as unknown as { getFields: () => Record<string, unknown> };
    expect(Object.keys(type.getFields())).not.toContain("token");
  });

  it.each([
    ["an unknown language", "BAD_USER_INPUT", "input.locale", async () => ({ customerId: (await churned()).customer.id, locale: "de" })],
    [
      "another customer's churn",
      "BAD_USER_INPUT",
      "input.churnEventId",
      async () => ({ customerId: (await churned()).customer.id, churnEventId: (await churned()).churnEventId }),
    ],
    ["an unknown customer", "NOT_FOUND", undefined, async () => ({ customerId: 999999 })],
    [
      "a deleted customer",
      "BAD_USER_INPUT",
      "input.customerId",
      async () => {
        const { customer } = await churned();
        await api.db.prisma.customer.update({ where: { id: customer.id }, data: { deletedAt: new Date() } });
        return { customerId: customer.id };
      },
    ],
  ] as const)("refuses %s and writes nothing", async (_what, code, field, make) => {
    const input = await make();
    const before = { ...(await counts(api)), deliveries: await api.db.prisma.webhookDelivery.count() };
    expectError(await send(input), code, field);
    expect({ ...(await counts(api)), deliveries: await api.db.prisma.webhookDelivery.count() }).toEqual(before);
  });
});

describe.each(dbKinds)("exit-survey links with PUBLIC_URL on %s", (kind) => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi(kind, { linkBaseUrl: "https://churn.example.com/" });
  });
  afterAll(() => api.close());

  it("start with the configured address, whatever the request's", async () => {
    const c = await customerWith(api);
    const res = await api.gql<Sent>(SEND, { input: { customerId: c.id } }, await api.login("MANAGER"));
    const { url, token } = res.data!.sendExitSurveyLink;
    expect(url).toBe(`https://churn.example.com/admin/#/survey/${token}`);
  });
});
