// Configuration entities through real HTTP: health models (versioned, ADMIN writes, every role reads, one
// active) and application settings (ADMIN only, known keys validated, the key as react-admin's id).
import { DEFAULT_HEALTH_THRESHOLDS, DEFAULT_HEALTH_WEIGHTS } from "@churnstile/prisma/reference-data";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApi, type TestApi } from "./support/api.ts";
import { dbKinds } from "./support/database.ts";
import { auditActions, expectError } from "./support/fixtures.ts";

const CREATE_MODEL = `mutation($w: JSON!, $t: JSON, $atRisk: Int) { createHealthModel(weights: $w, thresholds: $t, atRiskBelow: $atRisk) { id version active atRiskBelow thresholds } }`;
const SETTING = `mutation($id: ID!, $value: JSON!) { createAppSetting(id: $id, value: $value) { id key value } }`;
const UPDATE_SETTING = `mutation($id: ID!, $value: JSON!) { updateAppSetting(id: $id, value: $value) { id value } }`;
const heavierLogins = { ...DEFAULT_HEALTH_WEIGHTS, loginTrend: 26, ticketBand: 0, offerIndifference: 2 }; // still sums to 100

describe.each(dbKinds)("configuration entities on %s", (kind) => {
  let api: TestApi;
  let admin: string;
  beforeAll(async () => {
    api = await startTestApi(kind);
    admin = await api.login("ADMIN");
  });
  afterAll(() => api.close());

  describe("health models", () => {
    let v2: string;
    it("creates the next version, inactive, with the active model's thresholds by default", async () => {
      const res = await api.gql<{
        createHealthModel: { id: string; version: number; active: boolean; atRiskBelow: number; thresholds: unknown };
      }>(CREATE_MODEL, { w: heavierLogins, atRisk: 35 }, admin);
      expect(res.errors).toBeUndefined();
      expect(res.data?.createHealthModel).toMatchObject({
        version: 2,
        active: false,
        atRiskBelow: 35,
        thresholds: DEFAULT_HEALTH_THRESHOLDS,
      });
      v2 = res.data!.createHealthModel.id;
    });

    it("validates weights (known factors, summing to 100), thresholds and the at-risk threshold", async () => {
      expectError(await api.gql(CREATE_MODEL, { w: { ...DEFAULT_HEALTH_WEIGHTS, loginTrend: 30 } }, admin), "BAD_USER_INPUT", "weights");
      expectError(await api.gql(CREATE_MODEL, { w: { ...heavierLogins, mood: 0 } }, admin), "BAD_USER_INPUT", "weights");
      expectError(
        await api.gql(CREATE_MODEL, { w: heavierLogins, t: { ...DEFAULT_HEALTH_THRESHOLDS, loginTrend: { goodRatio: "high" } } }, admin),
        "BAD_USER_INPUT",
        "thresholds.loginTrend.goodRatio",
      );
      expectError(await api.gql(CREATE_MODEL, { w: heavierLogins, atRisk: 101 }, admin), "BAD_USER_INPUT", "atRiskBelow");
      expect(await api.db.prisma.healthModel.count()).toBe(2);
    });

    it("activates a version and deactivates the other in one audited transaction", async () => {
      const A = `mutation($id: ID!) { activateHealthModel(id: $id) { version active } }`;
      expect((await api.gql(A, { id: v2 }, admin)).data).toEqual({ activateHealthModel: { version: 2, active: true } });
      const active = await api.gql<{ allHealthModels: { version: number }[] }>(
        `{ allHealthModels(filter: { active: true }) { version } }`,
        {},
        await api.login("ANALYST"),
      );
      expect(active.data?.allHealthModels).toEqual([{ version: 2 }]);
      expectError(await api.gql(A, { id: v2 }, admin), "BAD_USER_INPUT", "id");
      const v1 = await api.db.prisma.healthModel.findUniqueOrThrow({ where: { version: 1 } });
      expect(await auditActions(api.db.prisma, "HealthModel", v1.id)).toEqual(["deactivate"]);
      expect(await auditActions(api.db.prisma, "HealthModel", v2)).toEqual(["create", "activate"]);
    });

    it("lets every role read (sorted, paged) but only ADMIN write", async () => {
      const list = await api.gql<{ allHealthModels: { version: number }[]; _allHealthModelsMeta: { count: number } }>(
        `{ allHealthModels(sortField: "version", sortOrder: "DESC", perPage: 1) { version } _allHealthModelsMeta { count } }`,
        {},
        await api.login("AGENT"),
      );
      expect(list.data).toEqual({ allHealthModels: [{ version: 2 }], _allHealthModelsMeta: { count: 2 } });
      for (const role of ["MANAGER", "ANALYST"] as const)
        expectError(await api.gql(CREATE_MODEL, { w: heavierLogins }, await api.login(role)), "FORBIDDEN");
      expectError(
        await api.gql(`mutation($id: ID!) { activateHealthModel(id: $id) { id } }`, { id: v2 }, await api.login("MANAGER")),
        "FORBIDDEN",
      );
    });
  });

  describe("application settings", () => {
    it("reads the seeded churn target band by key", async () => {
      const res = await api.gql<{ AppSetting: { id: string; value: unknown } }>(
        `{ AppSetting(id: "churnTargetBand") { id value } }`,
        {},
        admin,
      );
      expect(res.data?.AppSetting).toEqual({ id: "churnTargetBand", value: { minAnnualPct: 5, maxAnnualPct: 7 } });
    });

    it("validates known keys with their schema and audits each change", async () => {
      const ok = await api.gql<{ updateAppSetting: { value: unknown } }>(
        UPDATE_SETTING,
        { id: "churnTargetBand", value: { minAnnualPct: 4, maxAnnualPct: 6 } },
        admin,
      );
      expect(ok.data?.updateAppSetting.value).toEqual({ minAnnualPct: 4, maxAnnualPct: 6 });
      expectError(
        await api.gql(UPDATE_SETTING, { id: "churnTargetBand", value: { minAnnualPct: 8, maxAnnualPct: 6 } }, admin),
        "BAD_USER_INPUT",
        "value",
      );
      expectError(
        await api.gql(UPDATE_SETTING, { id: "churnTargetBand", value: { minAnnualPct: -1, maxAnnualPct: 6 } }, admin),
        "BAD_USER_INPUT",
        "value.minAnnualPct",
      );
      expectError(await api.gql(UPDATE_SETTING, { id: "churnTargetBand", value: "7%" }, admin), "BAD_USER_INPUT", "value");
      expectError(await api.gql(UPDATE_SETTING, { id: "noSuchKey", value: 1 }, admin), "NOT_FOUND");
      const row = await api.db.prisma.auditLog.findFirstOrThrow({ where: { entity: "AppSetting", entityId: "churnTargetBand" } });
      expect(row).toMatchObject({
        action: "update",
        before: { value: { minAnnualPct: 5, maxAnnualPct: 7 } },
        after: { value: { minAnnualPct: 4, maxAnnualPct: 6 } },
      });
    });

    it("creates other keys (CONFLICT on a duplicate, bad key names refused), lists, sorts and deletes them", async () => {
      expect((await api.gql(SETTING, { id: "winBack.windowDays", value: 90 }, admin)).data).toEqual({
        createAppSetting: { id: "winBack.windowDays", key: "winBack.windowDays", value: 90 },
      });
      expect((await api.gql(SETTING, { id: "zeta", value: { on: true } }, admin)).errors).toBeUndefined();
      expectError(await api.gql(SETTING, { id: "zeta", value: 1 }, admin), "CONFLICT", "id");
      expectError(await api.gql(SETTING, { id: "Bad Key!", value: 1 }, admin), "BAD_USER_INPUT", "id");
      const q = `{ allAppSettings(sortField: "id", sortOrder: "DESC", perPage: 2) { id } _allAppSettingsMeta { count } page2: allAppSettings(page: 1, perPage: 2) { id } }`;
      const list = await api.gql<{ allAppSettings: { id: string }[]; _allAppSettingsMeta: { count: number }; page2: { id: string }[] }>(
        q,
        {},
        admin,
      );
      expect(list.data).toEqual({
        allAppSettings: [{ id: "zeta" }, { id: "winBack.windowDays" }],
        _allAppSettingsMeta: { count: 3 },
        page2: [{ id: "zeta" }],
      });
      expectError(await api.gql(`{ allAppSettings(sortField: "value") { id } }`, {}, admin), "BAD_USER_INPUT", "sortField");
      expect((await api.gql(`mutation { deleteAppSetting(id: "zeta") { id } }`, {}, admin)).data).toEqual({
        deleteAppSetting: { id: "zeta" },
      });
      expect(await auditActions(api.db.prisma, "AppSetting", "zeta")).toEqual(["create", "delete"]);
    });

    it("is ADMIN only, reads included", async () => {
      for (const role of ["MANAGER", "AGENT", "ANALYST"] as const) {
        const token = await api.login(role);
        expectError(await api.gql(`{ allAppSettings { id } }`, {}, token), "FORBIDDEN");
        expectError(
          await api.gql(UPDATE_SETTING, { id: "churnTargetBand", value: { minAnnualPct: 1, maxAnnualPct: 2 } }, token),
          "FORBIDDEN",
        );
      }
    });
  });
});
