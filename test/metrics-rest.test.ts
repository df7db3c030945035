// The metrics as REST JSON and CSV for BI tools, and the dashboard's persisted GET queries, through real HTTP.
import { schema } from "@churnstile/schema";
import { DASHBOARD_DOCUMENTS, persistedIds } from "@churnstile/schema/persisted/dashboard";
import { parse, validate } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ENDPOINTS } from "../api/src/rest-metrics.endpoints.ts";
import { startTestApi, type TestApi } from "./support/api.ts";
import { dbKinds } from "./support/database.ts";
import { apiKey, churnEvent, customer } from "./support/metrics.ts";

const MARCH = "from=2025-03-01T00:00:00Z&to=2025-04-01T00:00:00Z";

describe.each(dbKinds)("metrics REST and persisted queries on %s", (kind) => {
  let api: TestApi;
  let key: string;
  const get = (path: string, token: string | null = key) => api.fetch(path, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  const json = async (path: string, token?: string | null) => {
    const res = await get(path, token);
    return {
      status: res.status,
      body: (await res.json()) as { data?: unknown; error?: { code: string; parameter?: string; message: string } },
    };
  };

  beforeAll(async () => {
    api = await startTestApi(kind);
    key = await apiKey(api, ["metrics"]);
    // 2 active on 1 March; one leaves on 15 March (PRICE) → 1 / 2. Its segment's name looks like a spreadsheet formula.
    const stays = await customer(api, { subs: [[1000, "2025-01-01"]] });
    const leaves = await customer(api, { subs: [[3000, "2025-01-01", "2025-03-15"]] });
    await churnEvent(api, leaves, "VOLUNTARY", "PRICE", "2025-03-15", 3000);
    await api.db.prisma.segment.create({ data: { name: "=HYPERLINK(1)", kind: "STATIC", members: { create: [{ customerId: stays }] } } });
  });
  afterAll(() => api.close());

  it("answers JSON by default, the same as the GraphQL field", async () => {
    const { status, body } = await json(`/api/metrics/logo-churn?${MARCH}&granularity=MONTH`);
    expect(status).toBe(200);
    // active 2, churned 1 → 50%
    expect(body.data).toEqual([
      {
        period: { start: "2025-03-01T00:00:00.000Z", end: "2025-04-01T00:00:00.000Z" },
        group: "ALL",
        churned: 1,
        activeAtStart: 2,
        rate: { rate: 0.5, numerator: 1, denominator: 2 },
      },
    ]);
    const gql = await api.gql(
      `{ logoChurn(from: "2025-03-01T00:00:00Z", to: "2025-04-01T00:00:00Z") { period { start end } group churned activeAtStart rate { rate numerator denominator } } }`,
      {},
      key,
    );
    expect(gql.data?.logoChurn).toEqual(body.data);
  });

  it("answers CSV with a header and escapes formula-like text", async () => {
    const res = await get(`/api/metrics/logo-churn?${MARCH}&groupBy=SEGMENT&format=csv`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    // the segment holds the staying customer: 0 of 1; NONE holds the leaver: 1 of 1
    expect((await res.text()).trim().split("\n")).toEqual([
      "period.start,period.end,group,churned,activeAtStart,rate.rate,rate.numerator,rate.denominator",
      "2025-03-01T00:00:00.000Z,2025-04-01T00:00:00.000Z,'=HYPERLINK(1),0,1,0,0,1",
      "2025-03-01T00:00:00.000Z,2025-04-01T00:00:00.000Z,NONE,1,1,1,1,1",
    ]);
  });

  it("serves every metric as JSON and CSV", async () => {
    for (const [name, endpoint] of Object.entries(ENDPOINTS)) {
      const { status, body } = await json(`/api/metrics/${name}?${MARCH}`);
      expect([name, status, body.error]).toEqual([name, 200, undefined]);
      const csv = await get(`/api/metrics/${name}?${MARCH}&format=csv`);
      expect([name, csv.status]).toEqual([name, 200]);
      expect((await csv.text()).split("\n")[0]).toBe(endpoint.columns.join(","));
    }
    // revenue churn: 4000 at start, 3000 churned → gross 3000 / 4000
    const revenue = await json(`/api/metrics/revenueChurn?${MARCH}&plan=GROWTH`);
    expect(revenue.body.data).toMatchObject([
      { mrrAtStart: 4000, churned: 3000, grossMrrChurn: { numerator: 3000, denominator: 4000, rate: 0.75 } },
    ]);
    // cohorts in long form: one CSV row per cell
    const cohorts = await get("/api/metrics/cohort-retention?from=2024-01-01T00:00:00Z&to=2024-02-01T00:00:00Z&months=2&format=csv");
    expect((await cohorts.text()).trim().split("\n").slice(1)).toEqual([
      // both signed up in January 2024 (2 customers) and only start paying in 2025: 0 of 2 at k = 0, 1, 2
      "2024-01-01T00:00:00.000Z,2024-02-01T00:00:00.000Z,2,0,2024-02-01T00:00:00.000Z,0,0,0,2",
      "2024-01-01T00:00:00.000Z,2024-02-01T00:00:00.000Z,2,1,2024-03-01T00:00:00.000Z,0,0,0,2",
      "2024-01-01T00:00:00.000Z,2024-02-01T00:00:00.000Z,2,2,2024-04-01T00:00:00.000Z,0,0,0,2",
    ]);
  });

  it("401 without or with an unknown key, 403 with a read-only key, 200 for an analyst session", async () => {
    expect((await json(`/api/metrics/logo-churn?${MARCH}`, null)).status).toBe(401);
    expect((await json(`/api/metrics/logo-churn?${MARCH}`, "csk_AAAAAAAA_notarealsecretnotarealsecret")).status).toBe(401);
    const readOnly = await json(`/api/metrics/logo-churn?${MARCH}`, await apiKey(api, ["read"]));
    expect([readOnly.status, readOnly.body.error?.code]).toEqual([403, "FORBIDDEN"]);
    expect((await json(`/api/metrics/logo-churn?${MARCH}`, await api.login("ANALYST"))).status).toBe(200);
  });

  it("400 names the parameter; 404 for an unknown metric", async () => {
    const bad = async (path: string) => {
      const { status, body } = await json(path);
      return [status, body.error?.parameter];
    };
    expect(await bad("/api/metrics/logo-churn?to=2025-04-01T00:00:00Z")).toEqual([400, "from"]);
    expect(await bad("/api/metrics/logo-churn?from=yesterday&to=2025-04-01T00:00:00Z")).toEqual([400, "from"]);
    expect(await bad(`/api/metrics/logo-churn?from=2025-04-01T00:00:00Z&to=2025-03-01T00:00:00Z`)).toEqual([400, "to"]);
    expect(await bad(`/api/metrics/logo-churn?${MARCH}&granularity=DAY`)).toEqual([400, "granularity"]);
    expect(await bad(`/api/metrics/logo-churn?${MARCH}&plan=GOLD`)).toEqual([400, "plan"]);
    expect(await bad(`/api/metrics/logo-churn?${MARCH}&segmentId=424242`)).toEqual([400, "segmentId"]);
    expect(await bad(`/api/metrics/logo-churn?${MARCH}&granularty=WEEK`)).toEqual([400, "granularty"]);
    expect(await bad(`/api/metrics/cohort-retention?${MARCH}&months=three`)).toEqual([400, "months"]);
    expect(await bad(`/api/metrics/logo-churn?${MARCH}&format=xlsx`)).toEqual([400, "format"]);
    expect((await json(`/api/metrics/churn-forecast?${MARCH}`)).status).toBe(404);
  });

  it("runs the dashboard's persisted queries by GET, privately cacheable", async () => {
    const variables = encodeURIComponent(
      JSON.stringify({ from: "2025-03-01T00:00:00Z", to: "2025-04-01T00:00:00Z", granularity: "MONTH" }),
    );
    const res = await get(`/graphql?id=${persistedIds.DashboardLogoChurn}&variables=${variables}`);
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("private, max-age=60");
    const body = (await res.json()) as { data: { logoChurn: { churned: number; activeAtStart: number }[] } };
    expect(body.data.logoChurn).toMatchObject([{ churned: 1, activeAtStart: 2 }]);
    const unknown = (await (await get(`/graphql?id=${"0".repeat(64)}`)).json()) as { errors: { extensions: { code: string } }[] };
    expect(unknown.errors[0].extensions.code).toBe("PERSISTED_QUERY_NOT_FOUND");
    const anonymous = (await (
      await api.fetch(`/graphql?id=${persistedIds.DashboardLogoChurn}&variables=${variables}`, { headers: { "x-graphql-yoga-csrf": "1" } })
    ).json()) as { errors: { extensions: { code: string } }[] };
    expect(anonymous.errors[0].extensions.code).toBe("UNAUTHENTICATED");
  });

  it("keeps every persisted document valid against the schema, and lists the metrics", async () => {
    for (const [name, document] of Object.entries(DASHBOARD_DOCUMENTS))
      expect([name, validate(schema, parse(document))]).toEqual([name, []]);
    const { status, body } = await json("/api/metrics");
    expect(status).toBe(200);
    expect((body as unknown as { metrics: { path: string }[] }).metrics.map((m) => m.path)).toContain("/api/metrics/win-back");
  });
});
