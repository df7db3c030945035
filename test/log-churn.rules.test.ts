// logChurn's refusals through real HTTP: each bad input answered with BAD_USER_INPUT naming the field and the rule,
// and nothing written (no churn event, no subscription ended, no audit row).
import { newApiKeySecret } from "@churnstile/schema/auth";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApi, type TestApi } from "./support/api.ts";
import { dbKinds } from "./support/database.ts";
import { at, counts, customerWith, reasonId } from "./support/scenarios.ts";

const LOG = `mutation($input: LogChurnInput!) { logChurn(input: $input) { churnEvent { id } winBackEligible suggestedActions { kind } } }`;

describe.each(dbKinds)("logChurn refusals on %s", (kind) => {
  let api: TestApi;
  let agent: string;
  let price: string;
  type Logged = { logChurn: { churnEvent: { id: string }; winBackEligible: boolean; suggestedActions: { kind: string }[] } };
  const log = (input: object) => api.gql<Logged>(LOG, { input }, agent);
  beforeAll(async () => {
    api = await startTestApi(kind);
    agent = await api.login("AGENT");
    price = await reasonId(api, "PRICE");
  });
  afterAll(() => api.close());

  it.each([
    [{ type: "VOLUNTARY", primaryReasonCode: "PAYMENT_FAILURE" }, "input.primaryReasonCode", /cannot explain a VOLUNTARY churn/],
    [{ type: "REVENUE", primaryReasonCode: "PRICE" }, "input.mrrLostMinor", /required for a REVENUE churn/],
    [
      { type: "REVENUE", primaryReasonCode: "PRICE", mrrLostMinor: 5000 },
      "input.mrrLostMinor",
      /less than the customer's current MRR 5000/,
    ],
    [
      { type: "VOLUNTARY", primaryReasonCode: "PRICE", mrrLostMinor: 100 },
      "input.mrrLostMinor",
      /must equal the customer's current MRR 5000/,
    ],
    [{ type: "COMPETITIVE", primaryReasonCode: "PRICE" }, "input.competitor", /COMPETITIVE/],
    [{ type: "VOLUNTARY", primaryReasonCode: "MISSING_FEATURES" }, "input.featureRequestId", /MISSING_FEATURES needs the missing feature/],
    [
      { type: "VOLUNTARY", primaryReasonCode: "PRICE", requestedAt: "2026-03-02T00:00:00Z", effectiveAt: "2026-03-01T00:00:00Z" },
      "input.effectiveAt",
      /before requestedAt/,
    ],
    [{ type: "VOLUNTARY", primaryReasonCode: "PRICE", secondaryReasonCodes: ["PRICE"] }, "input.secondaryReasonIds", /repeat the primary/],
    [{ type: "VOLUNTARY" }, "input.primaryReasonId", /exactly one/],
    [{ type: "VOLUNTARY", primaryReasonId: "abc" }, "input.primaryReasonId", /not a valid id/],
    [
      { type: "VOLUNTARY", primaryReasonCode: "PRICE", secondaryReasonCodes: ["NOPE"] },
      "input.secondaryReasonCodes",
      /no churn reason NOPE/,
    ],
    [{ type: "COMPETITIVE", primaryReasonCode: "COMPETITOR_OFFER", competitor: "x".repeat(201) }, "input.competitor", /at most 200/],
    [
      { type: "VOLUNTARY", primaryReasonCode: "MISSING_FEATURES", featureRequestId: "999999" },
      "input.featureRequestId",
      /no feature request/,
    ],
    [
      { type: "VOLUNTARY", primaryReasonCode: "PRICE", surveyAnswers: { reason: "PRICE", satisfaction: 9, comeBack: "NO" } },
      "input.surveyAnswers.satisfaction",
      /from 1 to 5/,
    ],
    [
      { type: "VOLUNTARY", primaryReasonCode: "PRICE", surveyAnswers: { reason: "PRICE", satisfaction: 2 } },
      "input.surveyAnswers.comeBack",
      /is required/,
    ],
    [
      { type: "VOLUNTARY", primaryReasonCode: "PRICE", surveyAnswers: { reason: "CHEESE", satisfaction: 2, comeBack: "NO" } },
      "input.surveyAnswers.reason",
      /must be one of/,
    ],
  ])("refuses %j naming %s, and changes nothing", async (input, field, message) => {
    const c = await customerWith(api, { subscriptions: [5000] });
    const before = await counts(api);
    const res = await log({ customerId: c.id, ...input });
    expect(res.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field });
    expect(res.errors?.[0].message).toMatch(message);
    expect(await counts(api)).toEqual(before);
    expect(await api.db.prisma.subscription.count({ where: { customerId: c.id, endedAt: null } })).toBe(1);
    expect(await api.db.prisma.customer.findUniqueOrThrow({ where: { id: c.id } })).toMatchObject({
      status: "ACTIVE",
      mrrMinor: 5000,
      version: 1,
    });
  });

  it("refuses customers who are unknown, deleted or without an active subscription", async () => {
    const none = await log({ customerId: 999999, type: "VOLUNTARY", primaryReasonId: price });
    expect(none.errors?.[0].extensions?.code).toBe("NOT_FOUND");
    const trial = await customerWith(api, { subscriptions: [], status: "TRIAL" });
    expect((await log({ customerId: trial.id, type: "PASSIVE", primaryReasonCode: "LOW_USAGE" })).errors?.[0].extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "input.customerId",
    });
    const gone = await customerWith(api);
    await api.db.prisma.customer.update({ where: { id: gone.id }, data: { deletedAt: new Date() } });
    expect((await log({ customerId: gone.id, type: "VOLUNTARY", primaryReasonId: price })).errors?.[0].message).toMatch(/deleted/);
  });

  it("finds the missing feature by title in any letter case, or creates it", async () => {
    type R = { logChurn: { churnEvent: { id: string } } };
    const leave = async (title: string) =>
      (
        await api.gql<R>(
          LOG,
          {
            input: {
              customerId: (await customerWith(api)).id,
              type: "VOLUNTARY",
              primaryReasonCode: "MISSING_FEATURES",
              featureTitle: title,
            },
          },
          agent,
        )
      ).data!.logChurn.churnEvent.id;
    const ids = [await leave("Dark mode"), await leave("dark MODE")].map(Number);
    const events = await api.db.prisma.churnEvent.findMany({ where: { id: { in: ids } }, include: { featureRequest: true } });
    expect(events.map((e) => e.featureRequest?.title)).toEqual(["Dark mode", "Dark mode"]);
    expect(await api.db.prisma.featureRequest.count({ where: { title: { equals: "dark mode", mode: "insensitive" } } })).toBe(1);
  });

  it("lets go of abusive accounts and payment defaulters: not eligible, no suggested actions", async () => {
    const abusive = await customerWith(api, { abusive: true });
    const r1 = await log({ customerId: abusive.id, type: "VOLUNTARY", primaryReasonId: price });
    expect(r1.data!.logChurn).toMatchObject({ winBackEligible: false, suggestedActions: [] });
    const defaulter = await customerWith(api);
    const failure = await api.db.prisma.paymentFailure.create({
      data: { customerId: defaulter.id, amountMinor: 5000, failedAt: at("2026-01-05T00:00:00Z"), failureCode: "card_expired" },
    });
    const r2 = await log({ customerId: defaulter.id, type: "INVOLUNTARY", primaryReasonCode: "PAYMENT_FAILURE" });
    expect(r2.data!.logChurn).toMatchObject({ winBackEligible: false, suggestedActions: [] });
    // the open failure is settled by the churn it ended in
    expect(await api.db.prisma.paymentFailure.findUniqueOrThrow({ where: { id: failure.id } })).toMatchObject({
      status: "CHURNED",
      churnEventId: Number(r2.data!.logChurn.churnEvent.id),
    });
    const billingError = await customerWith(api);
    const r3 = await log({ customerId: billingError.id, type: "INVOLUNTARY", primaryReasonCode: "PAYMENT_FAILURE" });
    expect(r3.data!.logChurn.winBackEligible).toBe(true); // no unpaid failure: one more recovery attempt
    expect(r3.data!.logChurn.suggestedActions.map((a) => a.kind)).toEqual(["PAYMENT_RECOVERY"]);
  });

  it("takes churn from writers and write:churn keys (source API, audited as the key), not from analysts or read keys", async () => {
    const keyFor = async (scope: string) => {
      const key = newApiKeySecret();
      const row = await api.db.prisma.apiKey.create({
        data: { name: scope, scopes: [scope], prefix: key.prefix, secretHash: key.secretHash },
      });
      return { token: key.token, id: row.id };
    };
    const c = await customerWith(api);
    const input = { customerId: c.id, type: "VOLUNTARY", primaryReasonId: price };
    expect((await api.gql(LOG, { input }, await api.login("ANALYST"))).errors?.[0].extensions?.code).toBe("FORBIDDEN");
    expect((await api.gql(LOG, { input }, (await keyFor("read")).token)).errors?.[0].extensions?.code).toBe("FORBIDDEN");
    expect((await api.gql(LOG, { input })).errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
    const billing = await keyFor("write:churn");
    const res = await api.gql<{ logChurn: { churnEvent: { id: string } } }>(LOG, { input }, billing.token);
    expect(res.errors).toBeUndefined();
    const event = await api.db.prisma.churnEvent.findUniqueOrThrow({ where: { id: Number(res.data!.logChurn.churnEvent.id) } });
    expect(event).toMatchObject({ source: "API", loggedById: null, loggedByApiKeyId: billing.id });
    const audit = await api.db.prisma.auditLog.findFirstOrThrow({
      where: { action: "logChurn", entity: "ChurnEvent", entityId: String(event.id) },
    });
    expect([audit.actorApiKeyId, audit.actorUserId]).toEqual([billing.id, null]);
  });
});
