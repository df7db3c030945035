// The reference rows demo customers point at: demo users, products, feature requests and segments are
// created when missing (found by their unique keys, with dates derived from the anchor so reruns match),
// and every id the generator needs is read back once.
import type { Prisma, PrismaClient } from "../../generated/client.ts";
import { seedDemoUsers } from "../demo-users.ts";
import { EXIT_SURVEY_TEMPLATE } from "../reference/exit-survey.ts";
import { PlaybookActions, PlaybookConditions } from "../reference/playbooks.ts";
import { FEATURE_REQUESTS, PRODUCTS, SEGMENTS } from "./catalogue.ts";
import { addMonths, type DemoRefs, days } from "./context.ts";

export async function prepareDemoRefs(prisma: PrismaClient, anchor: number): Promise<DemoRefs> {
  const users = await seedDemoUsers(prisma);
  const user = (role: string) => {
    const id = users.get(`${role}@churnstile.local`);
    if (id === undefined) throw new Error(`demo user ${role} is missing`);
    return id;
  };
  const catalogueDate = new Date(addMonths(anchor, -25));

  const productCodes = new Set((await prisma.product.findMany({ select: { code: true } })).map((p) => p.code));
  const newProducts = PRODUCTS.filter((p) => !productCodes.has(p.code)).map((p) => ({ ...p, createdAt: catalogueDate }));
  if (newProducts.length) await prisma.product.createMany({ data: newProducts, skipDuplicates: true });
  const products = new Map((await prisma.product.findMany({ select: { id: true, code: true } })).map((p) => [p.code, p.id]));

  const titles = new Set((await prisma.featureRequest.findMany({ select: { title: true } })).map((f) => f.title));
  const newFeatures = FEATURE_REQUESTS.filter((f) => !titles.has(f.title)).map((f, i) => ({
    title: f.title,
    description: f.description,
    createdAt: new Date(addMonths(anchor, -24) + days(i * 11)),
    status: f.shippedDaysAgo !== null ? ("SHIPPED" as const) : f.planned ? ("PLANNED" as const) : ("REQUESTED" as const),
    shippedAt: f.shippedDaysAgo === null ? null : new Date(anchor - days(f.shippedDaysAgo)),
  }));
  if (newFeatures.length) await prisma.featureRequest.createMany({ data: newFeatures, skipDuplicates: true });
  const features = await prisma.featureRequest.findMany({
    where: { title: { in: FEATURE_REQUESTS.map((f) => f.title) } },
    orderBy: { title: "asc" },
  });

  const segmentNames = new Set((await prisma.segment.findMany({ select: { name: true } })).map((s) => s.name));
  const newSegments = SEGMENTS.filter((s) => !segmentNames.has(s.name)).map((s) => ({
    name: s.name,
    description: s.description,
    kind: s.kind,
    rule: (s.rule ?? undefined) as Prisma.InputJsonValue | undefined,
    createdAt: new Date(anchor - days(210)),
    updatedAt: new Date(anchor - days(210)),
  }));
  if (newSegments.length) await prisma.segment.createMany({ data: newSegments, skipDuplicates: true });
  const segments = await prisma.segment.findMany({
    where: { name: { in: SEGMENTS.map((s) => s.name) } },
    select: { id: true, name: true },
  });

  const reasons = await prisma.churnReason.findMany({ select: { id: true, code: true, churnTypes: true } });
  const templates = await prisma.messageTemplate.findMany({ where: { active: true }, select: { id: true, kind: true, locale: true } });
  const playbooks = await prisma.playbook.findMany({ where: { active: true }, orderBy: { id: "asc" } });
  const exit = await prisma.exitSurveyTemplate.findUnique({
    where: { key_version: { key: EXIT_SURVEY_TEMPLATE.key, version: EXIT_SURVEY_TEMPLATE.version } },
  });
  if (!exit) throw new Error("exit survey template is missing: run seedReferenceData first");

  return {
    users: { admin: user("admin"), manager: user("manager"), agent: user("agent") },
    productIds: PRODUCTS.map((p) => products.get(p.code) as number),
    reasonIds: new Map(reasons.map((r) => [r.code, r.id])),
    reasons: new Map(reasons.map((r) => [r.code, { code: r.code, churnTypes: r.churnTypes }])),
    templateIds: new Map(templates.map((t) => [`${t.kind}/${t.locale}`, t.id])),
    playbooks: playbooks.map((p) => ({
      id: p.id,
      code: p.code,
      trigger: p.trigger,
      conditions: PlaybookConditions.parse(p.conditions),
      actions: PlaybookActions.parse(p.actions),
    })),
    // In catalogue order, so a feature index means the same feature on every run.
    features: FEATURE_REQUESTS.map((seed) => features.find((f) => f.title === seed.title))
      .filter((f) => f !== undefined)
      .map((f) => ({ id: f.id, title: f.title, shippedAt: f.shippedAt?.getTime() ?? null })),
    segmentIds: new Map(segments.map((s) => [s.name, s.id])),
    exitTemplateId: exit.id,
  };
}
