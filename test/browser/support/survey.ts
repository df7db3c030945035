// A sent exit-survey link (a PENDING response with its token), as the churn flow leaves one for the customer.
import type { ConsoleServer } from "./console-server.ts";

const DAY = 86_400_000;

export async function surveyLink(server: ConsoleServer, options: { locale: string; expired?: boolean }) {
  const { prisma } = server.db;
  const customer = await prisma.customer.findFirstOrThrow({ where: { status: "CHURNED", deletedAt: null }, orderBy: { id: "asc" } });
  const template = await prisma.exitSurveyTemplate.findFirstOrThrow({ where: { active: true }, orderBy: { version: "desc" } });
  const token = `browser-${options.locale}-${Math.random().toString(36).slice(2)}-${Date.now()}`;
  const response = await prisma.exitSurveyResponse.create({
    data: {
      templateId: template.id,
      customerId: customer.id,
      token,
      locale: options.locale,
      expiresAt: new Date(Date.now() + (options.expired ? -DAY : 30 * DAY)),
    },
  });
  return { token, id: response.id };
}
