// Reference data every installation needs: the churn-reason catalogue, default playbooks, message templates,
// the exit survey, health model v1 and the churn target band. Idempotent and non-destructive: rows are found
// by their unique keys and only missing ones are inserted, so an admin's later edits are never overwritten
// and a second run changes nothing. Safe on several instances at once (skipDuplicates covers the race).
import type { Prisma, PrismaClient } from "../generated/client.ts";
import { EXIT_SURVEY_TEMPLATE } from "./reference/exit-survey.ts";
import { DEFAULT_CHURN_TARGET_BAND, DEFAULT_HEALTH_MODEL } from "./reference/health-model.ts";
import { messageTemplateRows } from "./reference/messages/index.ts";
import { DEFAULT_PLAYBOOKS } from "./reference/playbooks.ts";
import { CHURN_REASONS } from "./reference/reasons.ts";

export * from "./reference/exit-survey.ts";
export * from "./reference/health-model.ts";
export * from "./reference/locales.ts";
export { MESSAGE_PLACEHOLDERS, MESSAGE_TEXTS, type MessageTexts } from "./reference/messages/index.ts";
export * from "./reference/playbooks.ts";
export * from "./reference/reasons.ts";

const json = (v: unknown) => v as Prisma.InputJsonValue;

export async function seedReferenceData(prisma: PrismaClient): Promise<void> {
  const reasonCodes = new Set((await prisma.churnReason.findMany({ select: { code: true } })).map((r) => r.code));
  const reasons = CHURN_REASONS.map(({ label: _label, ...r }, i) => ({ ...r, sortOrder: (i + 1) * 10 })).filter(
    (r) => !reasonCodes.has(r.code),
  );
  if (reasons.length) await prisma.churnReason.createMany({ data: reasons, skipDuplicates: true });

  const playbookCodes = new Set((await prisma.playbook.findMany({ select: { code: true } })).map((p) => p.code));
  const playbooks = DEFAULT_PLAYBOOKS.filter((p) => !playbookCodes.has(p.code));
  if (playbooks.length) {
    await prisma.playbook.createMany({
      data: playbooks.map((p) => ({ ...p, conditions: json(p.conditions), actions: json(p.actions) })),
      skipDuplicates: true,
    });
  }

  const templateKeys = new Set(
    (await prisma.messageTemplate.findMany({ select: { kind: true, locale: true } })).map((t) => `${t.kind}/${t.locale}`),
  );
  const templates = messageTemplateRows().filter((t) => !templateKeys.has(`${t.kind}/${t.locale}`));
  if (templates.length) await prisma.messageTemplate.createMany({ data: templates, skipDuplicates: true });

  const { key, version } = EXIT_SURVEY_TEMPLATE;
  if (!(await prisma.exitSurveyTemplate.findUnique({ where: { key_version: { key, version } } }))) {
    await prisma.exitSurveyTemplate.createMany({
      data: [{ ...EXIT_SURVEY_TEMPLATE, questions: json(EXIT_SURVEY_TEMPLATE.questions) }],
      skipDuplicates: true,
    });
  }

  // v1 is created active only when no model exists yet: never a second active model beside an admin's own.
  if ((await prisma.healthModel.count()) === 0) {
    const m = DEFAULT_HEALTH_MODEL;
    await prisma.healthModel.createMany({
      data: [{ ...m, weights: json(m.weights), thresholds: json(m.thresholds) }],
      skipDuplicates: true,
    });
  }

  await prisma.appSetting.createMany({ data: [{ key: "churnTargetBand", value: json(DEFAULT_CHURN_TARGET_BAND) }], skipDuplicates: true });
}
