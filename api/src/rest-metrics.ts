// GET /api/metrics/<name>?from=…&to=…[&granularity=…&groupBy=…&segmentId=…]&format=json|csv — the metrics for BI
// tools that prefer REST or CSV. Each request executes the metric's GraphQL field through the same schema (same
// access rule, validation and SQL), so there is one implementation of every metric. Auth: `Authorization: Bearer`
// with an API key scoped `metrics` or a staff session; 401 without valid credentials, 403 without the right.
import { randomUUID } from "node:crypto";
import type { PrismaClient } from "@churnstile/prisma";
import { actorFromToken, type Context, schema } from "@churnstile/schema";
import { stringify } from "csv-stringify/sync";
import { execute, type GraphQLError, parse, validate } from "graphql";
import { ENDPOINTS, type Endpoint, FILTER_PARAMS } from "./rest-metrics.endpoints.ts";

export const METRICS_PREFIX = "/api/metrics";
export const isMetricsPath = (path: string) => path === METRICS_PREFIX || path.startsWith(`${METRICS_PREFIX}/`);

type Problem = { status: number; code: string; message: string; parameter?: string };
const problem = (p: Problem) => Response.json({ error: p }, { status: p.status });
const badParam = (parameter: string, message: string) =>
  problem({ status: 400, code: "BAD_USER_INPUT", parameter, message: `${parameter}: ${message}` });

/** Kebab-case URL name, or the GraphQL field name. */
const endpointOf = (name: string) => ENDPOINTS[name] ?? Object.values(ENDPOINTS).find((e) => e.field === name);

function variablesOf(endpoint: Endpoint, query: URLSearchParams): { variables: Record<string, unknown>; declared: string[] } | Response {
  const known = new Set([...endpoint.params.map((p) => p.name), ...FILTER_PARAMS, "format"]);
  for (const key of query.keys())
    if (!known.has(key)) return badParam(key, `unknown parameter; ${endpoint.field} takes ${[...known].join(", ")}`);
  const variables: Record<string, unknown> = {};
  const declared: string[] = [];
  for (const p of endpoint.params) {
    const raw = query.get(p.name);
    if (raw == null || raw === "") {
      if (p.name === "from" || p.name === "to") return badParam(p.name, "is required (an ISO 8601 instant, e.g. 2025-03-01T00:00:00Z)");
      continue;
    }
    let value: unknown = raw;
    if (p.parse === "int" || p.parse === "float") {
      value = Number(raw);
      if (!Number.isFinite(value) || (p.parse === "int" && !Number.isInteger(value)))
        return badParam(p.name, `must be ${p.parse === "int" ? "a whole number" : "a number"}`);
    } else if (p.parse === "bool") {
      if (raw !== "true" && raw !== "false") return badParam(p.name, "must be true or false");
      value = raw === "true";
    }
    variables[p.name] = value;
    declared.push(`$${p.name}: ${p.type}`);
  }
  const filter = Object.fromEntries(FILTER_PARAMS.filter((k) => query.get(k)).map((k) => [k, query.get(k)]));
  if (Object.keys(filter).length) {
    variables.filter = filter;
    declared.push("$filter: MetricFilter");
  }
  return { variables, declared };
}

/** HTTP status and the REST parameter a GraphQL error is about. */
function problemOf(error: GraphQLError, requestId: string, log: Pick<Console, "error">): Problem {
  const code = String(error.extensions?.code ?? "");
  if (code === "UNAUTHENTICATED") return { status: 401, code, message: error.message };
  if (code === "FORBIDDEN") return { status: 403, code, message: error.message };
  const field = typeof error.extensions?.field === "string" ? error.extensions.field.replace(/^filter\./, "") : undefined;
  if (code === "BAD_USER_INPUT") return { status: 400, code, message: error.message, parameter: field };
  // Variable coercion ("Variable "$filter" got invalid value … at "filter.plan"; …") is the caller's input too.
  const variable = /at "filter\.(\w+)"/.exec(error.message)?.[1] ?? /^Variable "\$(\w+)"/.exec(error.message)?.[1];
  if (variable)
    return { status: 400, code: "BAD_USER_INPUT", message: error.message.replace(/^Variable "\$\w+"/, variable), parameter: variable };
  log.error(`[${requestId}] metrics request failed:`, error.originalError ?? error);
  return { status: 500, code: "INTERNAL_SERVER_ERROR", message: `Unexpected error (request id ${requestId})` };
}

export async function metricsRoute(
  request: Request,
  prisma: PrismaClient,
  sessionTtlMs: number,
  log: Pick<Console, "error"> = console,
): Promise<Response> {
  if (request.method !== "GET") return problem({ status: 405, code: "METHOD_NOT_ALLOWED", message: "Use GET" });
  const url = new URL(request.url);
  const token =
    request.headers
      .get("authorization")
      ?.replace(/^Bearer\s+/i, "")
      .trim() || null;
  const actor = token ? await actorFromToken(prisma, token) : null;
  if (!actor)
    return problem({
      status: 401,
      code: "UNAUTHENTICATED",
      message: "Send Authorization: Bearer <API key with scope metrics, or a staff session token>",
    });

  const name = url.pathname.slice(METRICS_PREFIX.length).replace(/^\/+|\/+$/g, "");
  if (!name)
    return Response.json({
      metrics: Object.entries(ENDPOINTS).map(([path, e]) => ({
        path: `${METRICS_PREFIX}/${path}`,
        field: e.field,
        parameters: [...e.params.map((p) => p.name), ...FILTER_PARAMS, "format"],
      })),
    });
  const endpoint = endpointOf(name);
  if (!endpoint)
    return problem({ status: 404, code: "NOT_FOUND", message: `No metric "${name}"; try ${Object.keys(ENDPOINTS).join(", ")}` });
  const format = url.searchParams.get("format") ?? "json";
  if (format !== "json" && format !== "csv") return badParam("format", "must be json or csv");
  const parsed = variablesOf(endpoint, url.searchParams);
  if (parsed instanceof Response) return parsed;

  const args = parsed.declared.map((d) => d.split(":")[0].slice(1)).map((v) => `${v}: $${v}`);
  const document = parse(
    `query Metric(${parsed.declared.join(", ")}) { result: ${endpoint.field}(${args.join(", ")}) ${endpoint.selection} }`,
  );
  const invalid = validate(schema, document);
  if (invalid.length) throw invalid[0]; // our own document: a bug, not the caller's input
  const requestId = request.headers.get("x-request-id") ?? randomUUID();
  // metrics write no links: the request origin is enough
  const contextValue: Context = { prisma, actor, token, requestId, sessionTtlMs, publicUrl: url.origin };
  const result = await execute({ schema, document, variableValues: parsed.variables, contextValue });
  if (result.errors?.length) return problem(problemOf(result.errors[0], requestId, log));

  const data = (result.data as { result: unknown }).result;
  if (format === "json") return Response.json({ data });
  const csv = stringify(endpoint.rows(data), {
    header: true,
    columns: endpoint.columns,
    escape_formulas: true,
    cast: { date: (d) => d.toISOString() },
  });
  return new Response(csv, {
    headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="${name}.csv"` },
  });
}
