// A sent exit-survey link, made as staff make one: sendExitSurveyLink through the API, signed in as an agent.
import { DEMO_USERS } from "@churnstile/prisma/demo-users";
import type { ConsoleServer } from "./console-server.ts";

async function gql<T>(server: ConsoleServer, query: string, variables: object, token?: string): Promise<T> {
  const res = await fetch(`${server.origin}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: unknown[] };
  if (!body.data || body.errors) throw new Error(`${query.slice(0, 40)}… failed: ${JSON.stringify(body.errors)}`);
  return body.data;
}

export async function surveyLink(server: ConsoleServer, options: { locale: string; expired?: boolean }) {
  const { prisma } = server.db;
  const customer = await prisma.customer.findFirstOrThrow({ where: { status: "CHURNED", deletedAt: null }, orderBy: { id: "asc" } });
  const agent = DEMO_USERS.find((u) => u.role === "AGENT")!;
  const { login } = await gql<{ login: { token: string } }>(
    server,
    "mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }",
    { e: agent.email, p: agent.password },
  );
  const { sendExitSurveyLink: link } = await gql<{ sendExitSurveyLink: { responseId: string; token: string } }>(
    server,
    "mutation($input: SendExitSurveyLinkInput!) { sendExitSurveyLink(input: $input) { responseId token } }",
    { input: { customerId: customer.id, locale: options.locale } },
    login.token,
  );
  const id = Number(link.responseId);
  // an expired link is one sent long ago: move its expiry into the past
  if (options.expired) await prisma.exitSurveyResponse.update({ where: { id }, data: { expiresAt: new Date(Date.now() - 86_400_000) } });
  return { token: link.token, id };
}
