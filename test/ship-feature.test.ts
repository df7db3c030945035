// shipFeature through real HTTP: one roadmap update per churned, eligible customer who left for the feature and
// has not been told yet; the preview count; set-based SQL; re-runs and replays add nothing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApi, type TestApi } from "./support/api.ts";
import { dbKinds } from "./support/database.ts";
import { auditOf, type CustomerScenario, customerWith, userId } from "./support/scenarios.ts";

const SHIP = `mutation($id: ID!, $key: String) { shipFeature(id: $id, idempotencyKey: $key) {
  feature { id status shippedAt } actionsCreated actions { id kind trigger status customer { id } churnEvent { id } } } }`;
const PREVIEW = `query($id: ID!) { featureShipPreview(id: $id) }`;
type Shipped = {
  shipFeature: {
    feature: { id: string; status: string; shippedAt: string };
    actionsCreated: number;
    actions: { kind: string; trigger: string; status: string; customer: { id: string }; churnEvent: { id: string } }[];
  };
};

describe.each(dbKinds)("shipFeature on %s", (kind) => {
  let api: TestApi;
  let agent: string;
  let featureId: number;
  const expected: { customerId: number; churnEventId: number; locale: string }[] = [];
  beforeAll(async () => {
    api = await startTestApi(kind);
    agent = await api.login("AGENT");
    featureId = (await api.db.prisma.featureRequest.create({ data: { title: "Offline mode" } })).id;
    const other = (await api.db.prisma.featureRequest.create({ data: { title: "Gantt charts" } })).id;
    const owner = await userId(api, "MANAGER");
    const leave = async (s: CustomerScenario, input: object = {}) => {
      const c = await customerWith(api, { ownerId: owner, ...s });
      const res = await api.gql<{ logChurn: { churnEvent: { id: string } } }>(
        `mutation($input: LogChurnInput!) { logChurn(input: $input) { churnEvent { id } } }`,
        { input: { customerId: c.id, type: "VOLUNTARY", primaryReasonCode: "MISSING_FEATURES", featureRequestId: featureId, ...input } },
        agent,
      );
      expect(res.errors).toBeUndefined();
      return { customer: c, churnEventId: Number(res.data!.logChurn.churnEvent.id) };
    };
    const told = await leave({ locale: "ru" }); // to be told, in Russian
    expected.push({ customerId: told.customer.id, churnEventId: told.churnEventId, locale: "ru" });
    const twice = await leave({ locale: "de" }); // no German template: English; came back once and left again, the latest churn is cited
    await api.gql(
      `mutation($c: ID!) { reactivateCustomer(input: { customerId: $c }) { customer { id } } }`,
      { c: twice.customer.id },
      agent,
    );
    const again = await leave({}, { customerId: twice.customer.id, type: "COMPETITIVE", competitor: "Rival" });
    expected.push({ customerId: twice.customer.id, churnEventId: again.churnEventId, locale: "en" });
    await leave({ abusive: true }); // let go
    const back = await leave({}); // won back already
    await api.gql(
      `mutation($c: ID!) { reactivateCustomer(input: { customerId: $c }) { customer { id } } }`,
      { c: back.customer.id },
      agent,
    );
    await leave({ subscriptions: [5000, 2000] }, { type: "REVENUE", mrrLostMinor: 2000 }); // still a customer
    const deleted = await leave({});
    await api.db.prisma.customer.update({ where: { id: deleted.customer.id }, data: { deletedAt: new Date() } });
    await leave({}, { featureRequestId: other }); // left for another feature
    const notified = await leave({});
    await api.db.prisma.retentionAction.create({
      data: { customerId: notified.customer.id, kind: "ROADMAP_UPDATE", featureRequestId: featureId },
    });
  });
  afterAll(() => api.close());

  it("previews how many customers it would tell", async () => {
    const res = await api.gql<{ featureShipPreview: number }>(PREVIEW, { id: featureId }, agent);
    expect(res.data?.featureShipPreview).toBe(2);
    expect((await api.gql(PREVIEW, { id: 999999 }, agent)).errors?.[0].extensions?.code).toBe("NOT_FOUND");
  });

  it("ships: SHIPPED, and one ROADMAP_UPDATE per eligible churned customer, with one INSERT", async () => {
    api.db.sql.length = 0;
    const res = await api.gql<Shipped>(SHIP, { id: featureId }, agent);
    expect(res.errors).toBeUndefined();
    const p = res.data!.shipFeature;
    expect(p.feature.status).toBe("SHIPPED");
    expect(Date.now() - Date.parse(p.feature.shippedAt)).toBeLessThan(60_000);
    expect(p.actionsCreated).toBe(2);
    expect(api.db.sql.filter((s) => /INSERT INTO "RetentionAction"/i.test(s))).toHaveLength(1);
    const rows = await api.db.prisma.retentionAction.findMany({
      where: { trigger: "FEATURE_SHIPPED" },
      include: { messageTemplate: true, playbook: true },
      orderBy: { customerId: "asc" },
    });
    expect(
      rows.map((a) => ({ customerId: a.customerId, churnEventId: a.churnEventId as number, locale: a.messageTemplate?.locale as string })),
    ).toEqual(expected);
    const owner = await userId(api, "MANAGER");
    for (const a of rows) {
      expect(a).toMatchObject({ kind: "ROADMAP_UPDATE", status: "PLANNED", featureRequestId: featureId, assigneeId: owner, version: 1 });
      expect([a.messageTemplate?.kind, a.playbook?.code]).toEqual(["FEATURE_SHIPPED", "FEATURE_SHIPPED"]);
      expect(Math.abs((a.dueAt as Date).getTime() - Date.parse(p.feature.shippedAt))).toBeLessThan(60_000); // dueInDays 0
    }
    const audit = (await auditOf(api, "shipFeature")).map((r) => r.entity);
    expect(audit).toEqual(["FeatureRequest", "RetentionAction", "RetentionAction"]);
  });

  it("adds nothing when run again, keeps the first shippedAt, and replays a key with the same payload", async () => {
    const before = await api.db.prisma.featureRequest.findUniqueOrThrow({ where: { id: featureId } });
    const again = await api.gql<Shipped>(SHIP, { id: featureId, key: "ship-offline-1" }, agent);
    expect(again.data!.shipFeature).toMatchObject({
      actionsCreated: 0,
      actions: [],
      feature: { shippedAt: before.shippedAt?.toISOString() },
    });
    expect(await api.gql(SHIP, { id: featureId, key: "ship-offline-1" }, agent)).toEqual(again);
    expect((await api.gql<{ featureShipPreview: number }>(PREVIEW, { id: featureId }, agent)).data?.featureShipPreview).toBe(0);
  });

  it("tells each customer once when two ships race", async () => {
    const feature = (await api.db.prisma.featureRequest.create({ data: { title: "Bulk export" } })).id;
    for (let i = 0; i < 3; i++) {
      const c = await customerWith(api);
      await api.gql(
        `mutation($c: ID!, $f: ID!) { logChurn(input: { customerId: $c, type: PASSIVE, primaryReasonCode: "LOW_USAGE", featureRequestId: $f }) { churnEvent { id } } }`,
        { c: c.id, f: feature },
        agent,
      );
    }
    const [a, b] = await Promise.all([api.gql<Shipped>(SHIP, { id: feature }, agent), api.gql<Shipped>(SHIP, { id: feature }, agent)]);
    expect(a.errors ?? b.errors).toBeUndefined();
    expect(a.data!.shipFeature.actionsCreated + b.data!.shipFeature.actionsCreated).toBe(3);
    expect(await api.db.prisma.retentionAction.count({ where: { featureRequestId: feature, kind: "ROADMAP_UPDATE" } })).toBe(3);
  });

  it("refuses unknown features and analysts", async () => {
    expect((await api.gql(SHIP, { id: 999999 }, agent)).errors?.[0].extensions?.code).toBe("NOT_FOUND");
    expect((await api.gql(SHIP, { id: featureId }, await api.login("ANALYST"))).errors?.[0].extensions?.code).toBe("FORBIDDEN");
  });
});
