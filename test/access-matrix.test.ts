// Every root field against every role and every API-key scope: allowed, or refused with FORBIDDEN
// (UNAUTHENTICATED without credentials). A new root field fails this test until it is classified here.

import { schema } from "@churnstile/schema";
import { newApiKeySecret } from "@churnstile/schema/auth";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApi, type TestApi } from "./support/api.ts";
import { dbKinds } from "./support/database.ts";
import { dummyOperation } from "./support/dummy-operation.ts";

type Actor = "anonymous" | "ADMIN" | "MANAGER" | "AGENT" | "ANALYST" | "key:read" | "key:write" | "key:write:churn" | "key:metrics";
const ACTORS: Actor[] = ["anonymous", "ADMIN", "MANAGER", "AGENT", "ANALYST", "key:read", "key:write", "key:write:churn", "key:metrics"];

/** Who may call each class of field. */
const RULES = {
  public: ACTORS,
  read: ["ADMIN", "MANAGER", "AGENT", "ANALYST", "key:read"],
  write: ["ADMIN", "MANAGER", "AGENT", "key:write"],
  churn: ["ADMIN", "MANAGER", "AGENT", "key:write", "key:write:churn"],
  config: ["ADMIN", "MANAGER"],
  admin: ["ADMIN"],
  metrics: ["ADMIN", "MANAGER", "AGENT", "ANALYST", "key:metrics"],
} satisfies Record<string, Actor[]>;
type Rule = keyof typeof RULES;

const entity = (names: string[], rules: { read: Rule; write?: Rule; remove?: Rule; restore?: boolean }) =>
  Object.fromEntries(
    names.flatMap((n) => [
      [n, rules.read],
      [`all${n}s`, rules.read],
      [`_all${n}sMeta`, rules.read],
      ...(rules.write
        ? [
            [`create${n}`, rules.write],
            [`update${n}`, rules.write],
          ]
        : []),
      ...(rules.remove
        ? [
            [`delete${n}`, rules.remove],
            [`deleteMany${n}s`, rules.remove],
          ]
        : []),
      ...(rules.restore ? [[`restore${n}`, rules.remove]] : []),
    ]),
  ) as Record<string, Rule>;

const FIELDS: Record<string, Rule> = {
  // sessions and the public exit-survey link
  me: "public",
  login: "public",
  logout: "public",
  exitSurveyByToken: "public",
  submitExitSurveyByToken: "public",
  // Relay connections and read helpers
  ...Object.fromEntries(
    [
      "customers",
      "tickets",
      "interactions",
      "engagementSnapshots",
      "subscriptions",
      "mrrMovements",
      "paymentFailures",
      "products",
      "segments",
      "playbooks",
      "featureRequests",
      "messageTemplates",
      "exitSurveyResponses",
      "renderMessageTemplate",
      "segmentRuleMemberCount",
      "featureShipPreview",
    ].map((n) => [n, "read" as Rule]),
  ),
  atRiskCustomers: "read",
  healthBacktest: "metrics",
  refreshHealthScores: "admin",
  // metrics
  ...Object.fromEntries(
    ["logoChurn", "revenueChurn", "cohortRetention", "reasonsBreakdown", "ticketStats", "winBack", "engagementTrends"].map((n) => [
      n,
      "metrics" as Rule,
    ]),
  ),
  // churn commands
  ...Object.fromEntries(
    [
      "logChurn",
      "submitExitSurvey",
      "sendExitSurveyLink",
      "recordPaymentFailure",
      "resolvePaymentFailure",
      "reactivateCustomer",
      "startSubscription",
      "changeSubscription",
      "endSubscription",
    ].map((n) => [n, "churn" as Rule]),
  ),
  // retention work
  ...Object.fromEntries(
    [
      "scheduleRetentionAction",
      "completeRetentionAction",
      "assignRetentionAction",
      "updateRetentionAction",
      "shipFeature",
      "addSegmentMembers",
      "removeSegmentMembers",
    ].map((n) => [n, "write" as Rule]),
  ),
  // retention configuration
  createChurnReason: "config",
  updateChurnReason: "config",
  deactivateChurnReason: "config",
  // administration
  ...Object.fromEntries(
    [
      "auditLogs",
      "createApiKey",
      "revokeApiKey",
      "createHealthModel",
      "activateHealthModel",
      "createWebhookSubscription",
      "updateWebhookSubscription",
      "rotateWebhookSecret",
      "deleteWebhookSubscription",
      "createAppSetting",
      "updateAppSetting",
      "deleteAppSetting",
      "deleteRetentionAction",
      "deleteManyRetentionActions",
      "WebhookDelivery",
      "allWebhookDeliveries",
      "_allWebhookDeliveriesMeta",
    ].map((n) => [n, "admin" as Rule]),
  ),
  ...entity(["Customer"], { read: "read", write: "write", remove: "admin", restore: true }),
  ...entity(["Product", "EngagementSnapshot", "Interaction", "Ticket", "Segment", "FeatureRequest"], {
    read: "read",
    write: "write",
    remove: "admin",
  }),
  ...entity(["Playbook", "MessageTemplate", "ExitSurveyTemplate"], { read: "read", write: "config", remove: "admin" }),
  ...entity(
    ["ChurnReason", "ChurnEvent", "RetentionAction", "Subscription", "MrrMovement", "PaymentFailure", "ExitSurveyResponse", "HealthModel"],
    { read: "read" },
  ),
  ...entity(["User"], { read: "read", write: "admin" }),
  ...entity(["ApiKey", "AuditLog", "WebhookSubscription", "AppSetting"], { read: "admin" }),
};

describe.each(dbKinds)("access matrix on %s", (kind) => {
  let api: TestApi;
  const tokens = new Map<Actor, string | null>();
  beforeAll(async () => {
    api = await startTestApi(kind);
    tokens.set("anonymous", null);
    for (const role of ["ADMIN", "MANAGER", "AGENT", "ANALYST"] as const) tokens.set(role, await api.login(role));
    for (const scope of ["read", "write", "write:churn", "metrics"]) {
      const key = newApiKeySecret();
      await api.db.prisma.apiKey.create({ data: { name: scope, scopes: [scope], prefix: key.prefix, secretHash: key.secretHash } });
      tokens.set(`key:${scope}` as Actor, key.token);
    }
  });
  afterAll(() => api.close());

  const roots = [
    ...Object.values(schema.getQueryType()!.getFields()).map((f) => ["query", f] as const),
    ...Object.values(schema.getMutationType()!.getFields()).map((f) => ["mutation", f] as const),
  ].sort(([, a], [, b]) => Number(a.name === "logout") - Number(b.name === "logout")); // logout ends the sessions: last

  it("classifies every root field", () => {
    expect(roots.map(([, f]) => f.name).filter((n) => !(n in FIELDS))).toEqual([]);
  });

  it("allows exactly the actors of each field's rule", async () => {
    const wrong: string[] = [];
    for (const [op, field] of roots) {
      const rule = FIELDS[field.name];
      if (!rule) continue;
      const document = dummyOperation(op, field);
      for (const actor of ACTORS) {
        const res = await api.gql(document, {}, tokens.get(actor));
        const code = res.errors?.[0]?.extensions?.code;
        const refused = code === "FORBIDDEN" || code === "UNAUTHENTICATED";
        const allowed = (RULES[rule] as Actor[]).includes(actor);
        const expected = actor === "anonymous" ? "UNAUTHENTICATED" : "FORBIDDEN";
        if (allowed && refused) wrong.push(`${field.name}: ${actor} was refused (${code})`);
        if (!allowed && code !== expected) wrong.push(`${field.name}: ${actor} got ${code ?? "through"}, expected ${expected}`);
      }
    }
    expect(wrong).toEqual([]);
  }, 120_000);
});
