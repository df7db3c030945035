// Reference data, demo users and the demo-data generator against real databases (PGlite and PostgreSQL).

import { DEFAULT_ANCHOR, type DemoSummary, hasDemoData, seedDemo } from "@churnstile/prisma/demo";
import { DEMO_USERS, seedDemoUsers } from "@churnstile/prisma/demo-users";
import { verifyPassword } from "@churnstile/prisma/passwords";
import {
  CHURN_REASONS,
  DEFAULT_PLAYBOOKS,
  ExitSurveyQuestions,
  exitSurveyAnswersSchema,
  HealthThresholds,
  HealthWeights,
  PlaybookActions,
  PlaybookConditions,
  seedReferenceData,
} from "@churnstile/prisma/reference-data";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, dbKinds, type TestDatabase } from "./support/database.ts";
import { integrityViolations, mrrMismatches, tableHash } from "./support/demo-checks.ts";
import { complaintShares, engagementBeforeChurn, loginTrendBacktest, ticketBands } from "./support/demo-signals.ts";

const N = 300;
const REFERENCE_TABLES = ["ChurnReason", "Playbook", "MessageTemplate", "ExitSurveyTemplate", "HealthModel", "AppSetting"];

const count = async (db: TestDatabase, sql: string) => Number((await db.prisma.$queryRawUnsafe<{ n: bigint | number }[]>(sql))[0].n);

describe.each(dbKinds)("demo data on %s", (kind) => {
  let db: TestDatabase;
  let summary: DemoSummary;

  beforeAll(async () => {
    db = await createTestDatabase(kind);
  });
  afterAll(async () => {
    await db?.drop();
  });

  it("seeds reference data idempotently", async () => {
    await seedReferenceData(db.prisma);
    const first = await Promise.all(REFERENCE_TABLES.map((t) => tableHash(db, t)));
    await seedReferenceData(db.prisma);
    expect(await Promise.all(REFERENCE_TABLES.map((t) => tableHash(db, t)))).toEqual(first);

    expect(await db.prisma.churnReason.count()).toBe(CHURN_REASONS.length);
    expect(await db.prisma.playbook.count()).toBe(DEFAULT_PLAYBOOKS.length);
    expect(await db.prisma.messageTemplate.count()).toBe(9 * 5); // every MessageKind in en, fa, ar, ru, tr
    expect(await db.prisma.healthModel.findMany({ select: { version: true, active: true, atRiskBelow: true } })).toEqual([
      { version: 1, active: true, atRiskBelow: 40 },
    ]);
    expect((await db.prisma.appSetting.findUnique({ where: { key: "churnTargetBand" } }))?.value).toEqual({
      minAnnualPct: 5,
      maxAnnualPct: 7,
    });

    // The stored JSON passes the schemas the API validates with.
    for (const p of await db.prisma.playbook.findMany()) {
      PlaybookConditions.parse(p.conditions);
      PlaybookActions.parse(p.actions);
    }
    const survey = await db.prisma.exitSurveyTemplate.findUniqueOrThrow({ where: { key_version: { key: "exit", version: 1 } } });
    const questions = ExitSurveyQuestions.parse(survey.questions);
    expect(questions.find((q) => q.kind === "REASON")).toBeDefined();
    expect(exitSurveyAnswersSchema(questions).safeParse({ reason: "PRICE", satisfaction: 2, comeBack: "MAYBE" }).success).toBe(true);
    expect(exitSurveyAnswersSchema(questions).safeParse({ reason: "NOT_A_REASON", satisfaction: 2, comeBack: "MAYBE" }).success).toBe(
      false,
    );
    const model = await db.prisma.healthModel.findFirstOrThrow();
    HealthWeights.parse(model.weights);
    HealthThresholds.parse(model.thresholds);

    // Catalogue rules of DESIGN.md.
    const reasons = new Map((await db.prisma.churnReason.findMany()).map((r) => [r.code, r]));
    expect(reasons.get("PAYMENT_FAILURE")?.churnTypes).toEqual(["INVOLUNTARY"]);
    expect(reasons.get("COMPETITOR_OFFER")).toMatchObject({ defaultChurnType: "COMPETITIVE", requiresCompetitor: true });
    expect(reasons.get("MISSING_FEATURES")).toMatchObject({ ownerTeam: "PRODUCT_SUPPORT", requiresFeature: true });
    expect(reasons.get("WRONG_USE_CASE")?.ownerTeam).toBe("MARKETING_SALES");
    expect([...reasons.values()].filter((r) => r.churnTypes.includes("REVENUE")).length).toBeGreaterThan(1);
    const fa = await db.prisma.messageTemplate.findUniqueOrThrow({ where: { kind_locale: { kind: "FEATURE_SHIPPED", locale: "fa" } } });
    expect(fa.body).toContain("{{feature.title}}");
    expect(fa.body).toMatch(/[\u0600-\u06FF]/); // Persian script, not an English copy
  });

  it("seeds one demo user per role, idempotently, with verifiable passwords", async () => {
    await seedDemoUsers(db.prisma);
    const before = await tableHash(db, "User");
    await seedDemoUsers(db.prisma);
    expect(await tableHash(db, "User")).toBe(before);
    const users = await db.prisma.user.findMany({ orderBy: { id: "asc" } });
    expect(users.map((u) => u.role).sort()).toEqual(["ADMIN", "AGENT", "ANALYST", "MANAGER"]);
    const admin = users.find((u) => u.email === "admin@churnstile.local");
    expect(await verifyPassword(admin?.passwordHash ?? "", DEMO_USERS[0].password)).toBe(true);
    expect(await verifyPassword(admin?.passwordHash ?? "", "wrong")).toBe(false);
  });

  it("generates the demo data and reports what it wrote", async () => {
    expect(await hasDemoData(db.prisma)).toBe(false);
    summary = await seedDemo(db, { customers: N, seed: 7, chunkSize: 128 });
    expect(summary.skipped).toBe(false);
    expect(await hasDemoData(db.prisma)).toBe(true);
    expect(summary.counts.Customer).toBe(N);
    for (const [table, rows] of Object.entries(summary.counts)) {
      expect(rows, table).toBeGreaterThan(0);
      expect(await count(db, `SELECT COUNT(*) AS n FROM "${table}"`), table).toBe(rows);
    }
    // Customers sign up over the two years before the anchor; nothing happens after it.
    const anchor = DEFAULT_ANCHOR.toISOString();
    expect(
      await count(
        db,
        `SELECT COUNT(*) AS n FROM "Customer" WHERE "signedUpAt" >= '${anchor}' OR "signedUpAt" < TIMESTAMP '${anchor}' - INTERVAL '25 months'`,
      ),
    ).toBe(0);
    expect(await count(db, `SELECT COUNT(*) AS n FROM "MrrMovement" WHERE "occurredAt" >= '${anchor}'`)).toBe(0);
    expect(await count(db, `SELECT COUNT(*) AS n FROM "Ticket" WHERE "openedAt" >= '${anchor}'`)).toBe(0);
    // The application can insert after the generator assigned ids itself (sequences moved past them).
    const created = await db.prisma.customer.create({
      data: { externalId: "after-seed", name: "After Seed", country: "TR", plan: "STARTER", signedUpAt: new Date() },
    });
    expect(created.id).toBeGreaterThan(N);
    await db.prisma.customer.delete({ where: { id: created.id } });
  });

  it("keeps revenue, churn and win-back rows consistent", async () => {
    expect(await mrrMismatches(db)).toEqual([]);
    expect(await integrityViolations(db)).toEqual({});
  });

  it("covers every churn type, with reasons that explain them", async () => {
    const types = await db.prisma.churnEvent.groupBy({ by: ["type"], _count: true });
    expect(types.map((t) => t.type).sort()).toEqual(["COMPETITIVE", "INVOLUNTARY", "PASSIVE", "REVENUE", "VOLUNTARY"]);
    expect(
      await count(
        db,
        `SELECT COUNT(*) AS n FROM "ChurnEvent" e JOIN "ChurnReason" r ON r.id = e."primaryReasonId" WHERE NOT (e.type = ANY (r."churnTypes"))`,
      ),
    ).toBe(0);
    expect(await count(db, `SELECT COUNT(*) AS n FROM "ChurnEvent" WHERE type = 'COMPETITIVE' AND competitor IS NULL`)).toBe(0);
    expect(
      await count(
        db,
        `SELECT COUNT(*) AS n FROM "ChurnEvent" e JOIN "ChurnReason" r ON r.id = e."primaryReasonId" WHERE r.code = 'MISSING_FEATURES' AND e."featureRequestId" IS NULL`,
      ),
    ).toBe(0);
    expect(await count(db, `SELECT COUNT(*) AS n FROM "ChurnEvent" WHERE "reversedAt" IS NOT NULL`)).toBeGreaterThan(0);
    expect(
      await count(db, `SELECT COUNT(*) AS n FROM "ExitSurveyResponse" WHERE status = 'COMPLETED' AND answers IS NOT NULL`),
    ).toBeGreaterThan(0);
    expect(
      await count(db, `SELECT COUNT(*) AS n FROM "ExitSurveyResponse" WHERE status <> 'COMPLETED' AND answers IS NULL`),
    ).toBeGreaterThan(0);
    expect(await count(db, `SELECT COUNT(*) AS n FROM "RetentionAction" WHERE status = 'DONE' AND outcome IS NOT NULL`)).toBeGreaterThan(0);
  });

  it("makes believable customers, tickets and segments", async () => {
    // biome-ignore format: a table of queries and expected counts
    const expectations: [string, number | "some"][] = [
      [`SELECT COUNT(DISTINCT country) AS n FROM "Customer"`, 10],
      [`SELECT COUNT(*) AS n FROM "Customer" WHERE abusive`, "some"],
      [`SELECT COUNT(*) AS n FROM "Customer" WHERE "deletedAt" IS NOT NULL`, "some"],
      [`SELECT COUNT(DISTINCT status) AS n FROM "Customer"`, 4], // TRIAL, ACTIVE, PAST_DUE, CHURNED
      [`SELECT COUNT(DISTINCT plan) AS n FROM "Customer"`, 4],
      [`SELECT COUNT(*) AS n FROM "Customer" c WHERE status = 'PAST_DUE' AND NOT EXISTS (SELECT 1 FROM "PaymentFailure" f WHERE f."customerId" = c.id AND f.status = 'OPEN')`, 0],
      [`SELECT COUNT(*) AS n FROM "Customer" WHERE locale <> CASE WHEN country = 'IR' THEN 'fa' WHEN country IN ('SA', 'AE', 'EG') THEN 'ar' WHEN country IN ('RU', 'KZ') THEN 'ru' WHEN country = 'TR' THEN 'tr' ELSE 'en' END`, 0],
      [`SELECT COUNT(*) AS n FROM "Customer" WHERE country = 'IR' AND name ~ '[آ-ی]'`, "some"], // Persian script
      [`SELECT COUNT(*) AS n FROM "Customer" WHERE country = 'SA' AND name ~ '[ء-ي]'`, "some"], // Arabic script
      [`SELECT COUNT(*) AS n FROM "Customer" WHERE country = 'RU' AND name ~ '[А-Яа-я]'`, "some"], // Cyrillic
      [`SELECT COUNT(*) AS n FROM "Customer" WHERE country = 'TR' AND name ~ '[çğıöşüÇĞİÖŞÜ]'`, "some"], // Turkish letters
      [`SELECT COUNT(DISTINCT kind) AS n FROM "Ticket"`, 5],
      [`SELECT COUNT(DISTINCT channel) AS n FROM "Ticket"`, 5],
      [`SELECT COUNT(DISTINCT status) AS n FROM "Ticket"`, 4],
      [`SELECT COUNT(*) AS n FROM "Ticket" WHERE "resolvedAt" < "firstResponseAt" OR "firstResponseAt" < "openedAt" OR csat NOT BETWEEN 1 AND 5`, 0],
      [`SELECT COUNT(*) AS n FROM "SegmentMember" m JOIN "Segment" s ON s.id = m."segmentId" WHERE s.kind = 'DYNAMIC'`, 0],
      [`SELECT COUNT(*) AS n FROM "Segment" WHERE kind = 'DYNAMIC' AND rule IS NOT NULL`, 3],
      [`SELECT COUNT(DISTINCT "segmentId") AS n FROM "SegmentMember"`, 3],
      [`SELECT COUNT(*) AS n FROM "FeatureRequest" WHERE status = 'SHIPPED' AND "shippedAt" IS NOT NULL`, "some"],
      [`SELECT COUNT(*) AS n FROM "RetentionAction" WHERE "featureRequestId" IS NOT NULL AND kind = 'ROADMAP_UPDATE'`, "some"],
      [`SELECT COUNT(*) AS n FROM "RetentionAction" WHERE trigger = 'AT_RISK'`, "some"],
      [`SELECT COUNT(*) AS n FROM "RetentionAction" WHERE status IN ('PLANNED', 'IN_PROGRESS')`, "some"],
    ];
    for (const [sql, expected] of expectations) {
      const n = await count(db, sql);
      if (expected === "some") expect(n, sql).toBeGreaterThan(0);
      else expect(n, sql).toBe(expected);
    }
    const bands = await ticketBands(db);
    expect(bands.silent).toBeGreaterThan(0);
    expect(bands.busy).toBeGreaterThan(0);
  });

  it("gives churning customers the warning signals before they leave", async () => {
    const engagement = await engagementBeforeChurn(db);
    expect(engagement.churning).toBeLessThan(engagement.retained);
    expect(engagement.churningOpen).toBeLessThan(engagement.retainedOpen);
    // Per customer, logins fall before a churn (e.g. 15/month → 6/month) and hold steady otherwise.
    expect(engagement.churningTrend).toBeLessThan(0.7);
    expect(engagement.retainedTrend).toBeGreaterThan(0.9);
    const complaints = await complaintShares(db);
    expect(complaints.before).toBeGreaterThan(complaints.overall);
  });

  it("makes a falling login trend predict churn (what the health-score backtest relies on)", async () => {
    const { atRisk, others } = await loginTrendBacktest(db);
    expect(atRisk?.n).toBeGreaterThan(10);
    expect(atRisk?.rate).toBeGreaterThan(2 * (others?.rate ?? 1)); // ~6x on 100,000 customers; 300 leave room for noise
  });

  it("is deterministic and idempotent", { timeout: 240_000 }, async () => {
    const tables = [
      "Customer",
      "Subscription",
      "MrrMovement",
      "ChurnEvent",
      "EngagementSnapshot",
      "Ticket",
      "RetentionAction",
      "ExitSurveyResponse",
    ];
    const original = await Promise.all(tables.map((t) => tableHash(db, t)));

    const again = await seedDemo(db, { customers: N, seed: 7 });
    expect(again.skipped).toBe(true);
    expect(await Promise.all(tables.map((t) => tableHash(db, t)))).toEqual(original);

    // A fresh database with the same seed (and another chunk size) holds exactly the same rows.
    const twin = await createTestDatabase(kind);
    try {
      await seedDemo(twin, { customers: N, seed: 7, chunkSize: 1000 });
      expect(await Promise.all(tables.map((t) => tableHash(twin, t)))).toEqual(original);
      await seedDemo(twin, { customers: N, seed: 8, replace: true });
      expect(await tableHash(twin, "Customer")).not.toBe(original[0]);
    } finally {
      await twin.drop();
    }

    // replace deletes the demo rows and writes them again: same rows.
    await seedDemo(db, { customers: N, seed: 7, replace: true });
    expect(await Promise.all(tables.map((t) => tableHash(db, t)))).toEqual(original);
  });

  it.runIf(kind === "postgres")("loads in bulk mode with every index and foreign key restored", async () => {
    const constraints = `SELECT (SELECT COUNT(*) FROM pg_indexes WHERE schemaname = current_schema()) + (SELECT COUNT(*) FROM pg_constraint WHERE contype = 'f') AS n`;
    const before = await count(db, constraints);
    const hashBefore = await tableHash(db, "MrrMovement");
    await seedDemo(db, { customers: N, seed: 7, replace: true, bulkLoad: "always" });
    expect(await count(db, constraints)).toBe(before);
    expect(await tableHash(db, "MrrMovement")).toBe(hashBefore);
    expect(await integrityViolations(db)).toEqual({});
  });

  it.runIf(kind === "postgres")("lets one of two servers starting at once seed, and the other find it done", async () => {
    const fresh = await createTestDatabase(kind);
    try {
      const runs = await Promise.all([seedDemo(fresh, { customers: 50, seed: 1 }), seedDemo(fresh, { customers: 50, seed: 1 })]);
      expect(runs.map((r) => r.skipped).sort()).toEqual([false, true]);
      expect(await count(fresh, `SELECT COUNT(*) AS n FROM "Customer"`)).toBe(50);
    } finally {
      await fresh.drop();
    }
  });
});
