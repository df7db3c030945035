// Exit-survey templates (versioned configuration: a new version is a new row) and the read-only list of
// responses (filters, reason code from the answers, token never exposed, soft-deleted customers hidden).
import { EXIT_SURVEY_QUESTIONS } from "@churnstile/prisma/reference-data";
import { schema } from "@churnstile/schema";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApi, type TestApi } from "./support/api.ts";
import { dbKinds } from "./support/database.ts";
import { auditActions, expectError, seedCustomers, utc } from "./support/fixtures.ts";

const CREATE = `mutation($key: String!, $name: String!, $questions: JSON!) { createExitSurveyTemplate(key: $key, name: $name, questions: $questions) { id key version active responseCount } }`;
const label = { en: "Why?", fa: "چرا؟", ar: "لماذا؟", ru: "Почему?", tr: "Neden?" };
const short = [
  {
    id: "reason",
    kind: "REASON",
    required: true,
    label,
    options: [
      { value: "PRICE", label },
      { value: "POOR_SERVICE", label },
    ],
  },
  { id: "score", kind: "SCALE", required: false, label, min: 0, max: 10 },
];

describe.each(dbKinds)("exit surveys on %s", (kind) => {
  let api: TestApi;
  let manager: string;
  beforeAll(async () => {
    api = await startTestApi(kind);
    manager = await api.login("MANAGER");
  });
  afterAll(() => api.close());

  it("creates the next version for an existing key and version 1 for a new key", async () => {
    const next = await api.gql<{ createExitSurveyTemplate: { key: string; version: number; active: boolean } }>(
      CREATE,
      { key: "exit", name: "Exit survey (short)", questions: short },
      manager,
    );
    expect(next.data?.createExitSurveyTemplate).toMatchObject({ key: "exit", version: 2, active: true });
    const fresh = await api.gql<{ createExitSurveyTemplate: { version: number } }>(
      CREATE,
      { key: "downgrade", name: "Downgrade survey", questions: short },
      manager,
    );
    expect(fresh.data?.createExitSurveyTemplate.version).toBe(1);
    const list = await api.gql<{ allExitSurveyTemplates: { version: number; name: string }[] }>(
      `{ allExitSurveyTemplates(filter: { key: "exit" }, sortField: "version", sortOrder: "DESC") { version name } }`,
      {},
      manager,
    );
    expect(list.data?.allExitSurveyTemplates).toEqual([
      { version: 2, name: "Exit survey (short)" },
      { version: 1, name: "Exit survey" },
    ]);
  });

  it("validates questions with the shared zod schema and REASON options against the catalogue", async () => {
    const bad = (questions: unknown) => api.gql(CREATE, { key: "exit", name: "x", questions }, manager);
    expectError(await bad([]), "BAD_USER_INPUT", "questions");
    expectError(await bad([{ ...short[1], kind: "SLIDER" }]), "BAD_USER_INPUT", "questions.0.kind");
    expectError(await bad([{ ...short[1], min: 5, max: 1 }]), "BAD_USER_INPUT", "questions");
    expectError(await bad([short[0], short[0]]), "BAD_USER_INPUT", "questions");
    expectError(await bad([{ ...short[1], label: { en: "only English" } }]), "BAD_USER_INPUT", "questions.0.label.fa");
    expectError(await bad([{ ...short[0], options: [{ value: "TOO_COLD", label }] }]), "BAD_USER_INPUT", "questions.0.options.0.value");
    expectError(await api.gql(CREATE, { key: "Exit Survey", name: "x", questions: short }, manager), "BAD_USER_INPUT", "key");
    expect(await api.db.prisma.exitSurveyTemplate.count({ where: { key: "exit" } })).toBe(2);
  });

  it("updates only name and active (questions are fixed per version), audited", async () => {
    const v1 = await api.db.prisma.exitSurveyTemplate.findFirstOrThrow({ where: { key: "exit", version: 1 } });
    const args = schema
      .getMutationType()!
      .getFields()
      .updateExitSurveyTemplate.args.map((a) => a.name);
    expect(args.sort()).toEqual(["active", "id", "name"]);
    const res = await api.gql<{ updateExitSurveyTemplate: { active: boolean; questions: unknown } }>(
      `mutation($id: ID!) { updateExitSurveyTemplate(id: $id, active: false) { active questions } }`,
      { id: v1.id },
      manager,
    );
    expect(res.data?.updateExitSurveyTemplate).toEqual({ active: false, questions: EXIT_SURVEY_QUESTIONS });
    expect(await auditActions(api.db.prisma, "ExitSurveyTemplate", v1.id)).toEqual(["update"]);
    expect(
      (
        await api.gql<{ _allExitSurveyTemplatesMeta: { count: number } }>(
          `{ _allExitSurveyTemplatesMeta(filter: { active: true }) { count } }`,
          {},
          manager,
        )
      ).data?._allExitSurveyTemplatesMeta.count,
    ).toBe(2);
  });

  it("refuses AGENT and ANALYST writes; ADMIN deletes an unused version, a used one is refused", async () => {
    for (const role of ["AGENT", "ANALYST"] as const)
      expectError(await api.gql(CREATE, { key: "x", name: "x", questions: short }, await api.login(role)), "FORBIDDEN");
    const admin = await api.login("ADMIN");
    const del = `mutation($id: ID!) { deleteExitSurveyTemplate(id: $id) { key version } }`;
    const unused = await api.db.prisma.exitSurveyTemplate.findFirstOrThrow({ where: { key: "downgrade" } });
    expectError(await api.gql(del, { id: unused.id }, manager), "FORBIDDEN");
    expect((await api.gql(del, { id: unused.id }, admin)).data).toEqual({ deleteExitSurveyTemplate: { key: "downgrade", version: 1 } });
    expect(await auditActions(api.db.prisma, "ExitSurveyTemplate", unused.id)).toEqual(["create", "delete"]);
    const v1 = await api.db.prisma.exitSurveyTemplate.findFirstOrThrow({ where: { key: "exit", version: 1 } });
    const [c] = await seedCustomers(api.db.prisma, [{ name: "Used" }]);
    await api.db.prisma.exitSurveyResponse.create({ data: { templateId: v1.id, customerId: c.id, token: "used-1" } });
    const used = await api.gql(del, { id: v1.id }, admin);
    expectError(used, "CONFLICT", "id");
    expect(used.errors?.[0].message).toContain("1 response(s) answer this version");
    expect(await api.db.prisma.exitSurveyTemplate.count({ where: { id: v1.id } })).toBe(1);
  });

  describe("responses (read-only)", () => {
    let ids: Record<string, number>;
    beforeAll(async () => {
      const [ana, bo, gone] = await seedCustomers(api.db.prisma, [
        { name: "Ana" },
        { name: "Bo" },
        { name: "Gone", deletedAt: new Date() },
      ]);
      const t = await api.db.prisma.exitSurveyTemplate.findFirstOrThrow({ where: { key: "exit", version: 1 } });
      const row = (customerId: number, token: string, extra: object) => ({ templateId: t.id, customerId, token, ...extra });
      await api.db.prisma.exitSurveyResponse.createMany({
        data: [
          row(ana.id, "tok-ana", {
            status: "COMPLETED",
            channel: "LINK",
            locale: "tr",
            answers: { reason: "PRICE", satisfaction: 2, comeBack: "MAYBE" },
            submittedAt: utc("2025-03-02"),
          }),
          row(bo.id, "tok-bo", {
            status: "COMPLETED",
            channel: "PHONE",
            answers: { reason: "POOR_SERVICE", satisfaction: 1, comeBack: "NO" },
            submittedAt: utc("2025-04-10"),
          }),
          row(bo.id, "tok-bo-2", { status: "EXPIRED", expiresAt: utc("2025-01-01") }),
          row(gone.id, "tok-gone", {
            status: "COMPLETED",
            answers: { reason: "PRICE", satisfaction: 1, comeBack: "NO" },
            submittedAt: utc("2025-03-03"),
          }),
        ],
      });
      ids = { ana: ana.id, bo: bo.id };
    });

    it("never exposes the link token, and has no write mutations here", () => {
      expect(Object.keys((schema.getType("ExitSurveyResponse") as import("graphql").GraphQLObjectType).getFields())).not.toContain("token");
      const mutations = Object.keys(schema.getMutationType()!.getFields());
      expect(mutations.filter((m) => /^(create|update|delete)ExitSurveyResponse/.test(m))).toEqual([]);
    });

    it("filters by status, reason code, channel and date; sorts; pages both ways", async () => {
      const q = `query($f: ExitSurveyResponseFilter) { allExitSurveyResponses(filter: $f, sortField: "submittedAt", sortOrder: "DESC") { reasonCode channel customer { name } template { version } }
        exitSurveyResponses(filter: $f, first: 1) { totalCount pageInfo { hasNextPage } } }`;
      type R = {
        allExitSurveyResponses: { reasonCode: string | null; channel: string; customer: { name: string } }[];
        exitSurveyResponses: { totalCount: number; pageInfo: { hasNextPage: boolean } };
      };
      const done = await api.gql<R>(q, { f: { status: "COMPLETED" } }, manager);
      expect(done.data?.allExitSurveyResponses.map((r) => [r.customer.name, r.reasonCode])).toEqual([
        ["Bo", "POOR_SERVICE"],
        ["Ana", "PRICE"],
      ]);
      expect(done.data?.exitSurveyResponses).toEqual({ totalCount: 2, pageInfo: { hasNextPage: true } });
      const price = await api.gql<R>(q, { f: { reasonCode: "PRICE" } }, manager);
      expect(price.data?.allExitSurveyResponses).toEqual([
        { reasonCode: "PRICE", channel: "LINK", customer: { name: "Ana" }, template: { version: 1 } },
      ]);
      const march = await api.gql<R>(
        q,
        { f: { submittedFrom: "2025-03-01T00:00:00Z", submittedTo: "2025-04-01T00:00:00Z", customerId: String(ids.ana) } },
        manager,
      );
      expect(march.data?.exitSurveyResponses.totalCount).toBe(1);
      const bo = await api.gql<R>(q, { f: { customerId: String(ids.bo), channel: "PHONE" } }, manager);
      expect(bo.data?.exitSurveyResponses.totalCount).toBe(1);
    });
  });
});
