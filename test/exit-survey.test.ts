// Exit surveys through real HTTP: the public page's read and submission by token (no login), staff submission,
// answers checked against the template version the response points to, and what the answers change.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApi, type TestApi } from "./support/api.ts";
import { dbKinds } from "./support/database.ts";
import { auditOf, customerWith, DAY, userId } from "./support/scenarios.ts";

const READ = `query($token: String!, $locale: String) { exitSurveyByToken(token: $token, locale: $locale) {
  status locale direction customerName questions { id kind required label min max options { value label } } } }`;
const SUBMIT = `mutation($token: String!, $answers: JSON!, $locale: String, $key: String) {
  submitExitSurveyByToken(token: $token, answers: $answers, locale: $locale, idempotencyKey: $key) { submittedAt locale } }`;
const STAFF = `mutation($input: SubmitExitSurveyInput!) { submitExitSurvey(input: $input) {
  response { id status channel } customer { satisfaction } churnEvent { id secondaryReasons { code } } } }`;
const ANSWERS = { reason: "POOR_SERVICE", satisfaction: 5, comeBack: "MAYBE" };

describe.each(dbKinds)("exit surveys on %s", (kind) => {
  let api: TestApi;
  let agent: string;
  let templateId: number;
  beforeAll(async () => {
    api = await startTestApi(kind);
    agent = await api.login("AGENT");
    templateId = (await api.db.prisma.exitSurveyTemplate.findFirstOrThrow({ where: { key: "exit", version: 1 } })).id;
  });
  afterAll(() => api.close());

  /** A churned customer (PRICE) with a survey link sent, as the churn flow leaves it. */
  async function sentSurvey(opts: { locale?: string; expiresInDays?: number; template?: number } = {}) {
    const c = await customerWith(api, { locale: opts.locale ?? "fa" });
    const logged = await api.gql<{ logChurn: { churnEvent: { id: string } } }>(
      `mutation($c: ID!) { logChurn(input: { customerId: $c, type: VOLUNTARY, primaryReasonCode: "PRICE" }) { churnEvent { id } } }`,
      { c: c.id },
      agent,
    );
    const churnEventId = Number(logged.data!.logChurn.churnEvent.id);
    const token = `tok-${Math.random().toString(36).slice(2)}-${Date.now()}`;
    const response = await api.db.prisma.exitSurveyResponse.create({
      data: {
        templateId: opts.template ?? templateId,
        customerId: c.id,
        churnEventId,
        token,
        locale: c.locale,
        expiresAt: new Date(Date.now() + (opts.expiresInDays ?? 30) * DAY),
      },
    });
    return { customer: c, churnEventId, token, response };
  }

  it("shows the questions of a link in the customer's language, right to left for Persian, without a login", async () => {
    const { token } = await sentSurvey({ locale: "fa" });
    const res = await api.gql<{
      exitSurveyByToken: {
        status: string;
        locale: string;
        direction: string;
        questions: { id: string; kind: string; label: string; min: number | null; options: { value: string }[] }[];
      };
    }>(READ, { token });
    expect(res.errors).toBeUndefined();
    const s = res.data!.exitSurveyByToken;
    expect([s.status, s.locale, s.direction]).toEqual(["PENDING", "fa", "rtl"]);
    expect(s.questions.map((q) => q.id)).toEqual(["reason", "satisfaction", "alternative", "competitor", "comeBack", "comments"]);
    expect(s.questions[0].label).toBe("دلیل اصلی ترک ما چیست؟");
    expect(s.questions[0].options.map((o) => o.value)).toContain("PRICE");
    expect(s.questions[1]).toMatchObject({ kind: "SCALE", min: 1 });
    const en = await api.gql<{ exitSurveyByToken: { direction: string; questions: { label: string }[] } }>(READ, { token, locale: "en" });
    expect(en.data!.exitSurveyByToken).toMatchObject({
      direction: "ltr",
      questions: expect.arrayContaining([expect.objectContaining({ label: "What is the main reason you are leaving?" })]),
    });
    expect((await api.gql(READ, { token: "no-such-token" })).errors?.[0].extensions?.code).toBe("NOT_FOUND");
  });

  it("stores a customer's answers by token: COMPLETED via LINK, the answered reason and satisfaction fed back, audited without the token", async () => {
    const { token, response, churnEventId, customer } = await sentSurvey({ locale: "ar" });
    const res = await api.gql<{ submitExitSurveyByToken: { locale: string } }>(SUBMIT, { token, answers: ANSWERS, locale: "en" });
    expect(res.errors).toBeUndefined();
    expect(res.data!.submitExitSurveyByToken.locale).toBe("en");
    const row = await api.db.prisma.exitSurveyResponse.findUniqueOrThrow({ where: { id: response.id } });
    expect(row).toMatchObject({ status: "COMPLETED", channel: "LINK", locale: "en", submittedById: null, answers: ANSWERS });
    const event = await api.db.prisma.churnEvent.findUniqueOrThrow({ where: { id: churnEventId }, include: { secondaryReasons: true } });
    expect(event.secondaryReasons.map((r) => r.code)).toEqual(["POOR_SERVICE"]);
    expect((await api.db.prisma.customer.findUniqueOrThrow({ where: { id: customer.id } })).satisfaction).toBe("SATISFIED");
    const mine = (await auditOf(api, "submitExitSurveyByToken", "ExitSurveyResponse")).find((a) => a.entityId === String(response.id));
    const audit = await api.db.prisma.auditLog.findMany({ where: { requestId: mine?.requestId } });
    expect(audit.map((a) => a.entity).sort()).toEqual(["ChurnEvent", "Customer", "ExitSurveyResponse"]);
    expect(audit.every((a) => a.actorUserId === null && a.actorApiKeyId === null)).toBe(true);
    expect(JSON.stringify(audit)).not.toContain(token);
    const again = await api.gql(SUBMIT, { token, answers: ANSWERS });
    expect(again.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "token" });
    expect(again.errors?.[0].message).toMatch(/already answered/);
  });

  it("refuses expired and unknown links, and invalid answers without storing anything", async () => {
    const expired = await sentSurvey({ expiresInDays: -1 });
    const e = await api.gql(SUBMIT, { token: expired.token, answers: ANSWERS });
    expect(e.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "token" });
    expect(e.errors?.[0].message).toMatch(/expired/);
    expect((await api.gql(SUBMIT, { token: "nope-nope", answers: ANSWERS })).errors?.[0].extensions?.code).toBe("NOT_FOUND");
    const open = await sentSurvey();
    const auditBefore = await api.db.prisma.auditLog.count();
    const bad = await api.gql(SUBMIT, { token: open.token, answers: { ...ANSWERS, alternative: "SPACESHIP" } });
    expect(bad.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "answers.alternative" });
    const extra = await api.gql(SUBMIT, { token: open.token, answers: { ...ANSWERS, shoeSize: 44 } });
    expect(extra.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "answers.shoeSize" });
    expect((await api.db.prisma.exitSurveyResponse.findUniqueOrThrow({ where: { id: open.response.id } })).status).toBe("PENDING");
    expect(await api.db.prisma.auditLog.count()).toBe(auditBefore);
  });

  it("checks answers against the template version the link was sent with", async () => {
    const label = { en: "Why?", fa: "چرا؟", ar: "لماذا؟", ru: "Почему?", tr: "Neden?" };
    const v2 = await api.db.prisma.exitSurveyTemplate.create({
      data: { key: "exit", version: 2, name: "Exit v2", active: false, questions: [{ id: "why", kind: "TEXT", required: true, label }] },
    });
    const { token, response } = await sentSurvey({ template: v2.id });
    const old = await api.gql(SUBMIT, { token, answers: ANSWERS });
    expect(old.errors?.[0].extensions?.field).toBe("answers.reason");
    expect((await api.gql(SUBMIT, { token, answers: { why: "Too slow" } })).errors).toBeUndefined();
    expect((await api.db.prisma.exitSurveyResponse.findUniqueOrThrow({ where: { id: response.id } })).answers).toEqual({ why: "Too slow" });
  });

  it("replays a public submission with the same idempotency key instead of refusing it", async () => {
    const { token } = await sentSurvey();
    const first = await api.gql(SUBMIT, { token, answers: ANSWERS, key: "survey-retry-1" });
    const second = await api.gql(SUBMIT, { token, answers: ANSWERS, key: "survey-retry-1" });
    expect(first.errors).toBeUndefined();
    expect(second).toEqual(first);
  });

  it("lets staff complete a sent survey by phone, or enter a new one for the customer's open churn", async () => {
    const sent = await sentSurvey();
    const phone = await api.gql<{
      submitExitSurvey: {
        response: { id: string; status: string; channel: string };
        customer: { satisfaction: string };
        churnEvent: { id: string };
      };
    }>(STAFF, { input: { responseId: sent.response.id, answers: { ...ANSWERS, satisfaction: 3 }, channel: "PHONE" } }, agent);
    expect(phone.errors).toBeUndefined();
    expect(phone.data!.submitExitSurvey).toMatchObject({
      response: { status: "COMPLETED", channel: "PHONE" },
      customer: { satisfaction: "INDIFFERENT" },
      churnEvent: { id: String(sent.churnEventId) },
    });
    expect((await api.db.prisma.exitSurveyResponse.findUniqueOrThrow({ where: { id: sent.response.id } })).submittedById).toBe(
      await userId(api, "AGENT"),
    );
    const twice = await api.gql(STAFF, { input: { responseId: sent.response.id, answers: ANSWERS } }, agent);
    expect(twice.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.responseId" });

    const other = await sentSurvey();
    const fresh = await api.gql<{
      submitExitSurvey: { response: { id: string; channel: string }; churnEvent: { id: string; secondaryReasons: { code: string }[] } };
    }>(STAFF, { input: { customerId: other.customer.id, answers: { ...ANSWERS, satisfaction: 1 } } }, agent);
    expect(fresh.data!.submitExitSurvey).toMatchObject({
      response: { channel: "CONSOLE" },
      churnEvent: { id: String(other.churnEventId), secondaryReasons: [{ code: "POOR_SERVICE" }] },
    });
    expect(await api.db.prisma.exitSurveyResponse.count({ where: { customerId: other.customer.id } })).toBe(2);
  });

  it.each([
    [{ customerId: "1", channel: "LINK" }, "input.channel"],
    [{ responseId: "1", customerId: "1" }, "input.responseId"],
    [{}, "input.responseId"],
  ])("refuses staff input %j naming %s", async (input, field) => {
    const res = await api.gql(STAFF, { input: { ...input, answers: ANSWERS } }, agent);
    expect(res.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field });
  });

  it("keeps staff submission to writers", async () => {
    const res = await api.gql(STAFF, { input: { customerId: "1", answers: ANSWERS } }, await api.login("ANALYST"));
    expect(res.errors?.[0].extensions?.code).toBe("FORBIDDEN");
  });
});
