// The HTTP application: GraphQL at /graphql, health at /healthz and /readyz, the console at /admin.
// Exported as a factory so tests can run it on their own database with `yoga.fetch` (server.ts only listens).
import { randomUUID } from "node:crypto";
import path from "node:path";
import type { Database } from "@churnstile/prisma";
import { migrationNames } from "@churnstile/prisma/migrate";
import { actorFromToken, type Context, schema } from "@churnstile/schema";
import { EnvelopArmorPlugin } from "@escape.tech/graphql-armor";
import { useCSRFPrevention } from "@graphql-yoga/plugin-csrf-prevention";
import { useDisableIntrospection } from "@graphql-yoga/plugin-disable-introspection";
import { GraphQLError } from "graphql";
import { createYoga, type Plugin } from "graphql-yoga";
import { type Config, repoRoot } from "./config.ts";
import { persistedOperationsPlugins } from "./persisted-operations.ts";
import { isMetricsPath, metricsRoute } from "./rest-metrics.ts";
import { adminAssets } from "./static-admin.ts";

export type ServerConfig = Pick<Config, "env" | "graphiql" | "introspection" | "sessionTtlMs"> & Partial<Pick<Config, "linkBaseUrl">>;
const MAX_BODY_BYTES = 1_000_000;
const DOCUMENT_ERRORS = new Set(["GRAPHQL_PARSE_FAILED", "GRAPHQL_VALIDATION_FAILED"]);

/** The document or variables are wrong (syntax, unknown field, wrong variable type, a limit): one code for
 *  "fix your input", with the parser's or validator's own code kept beside it. */
function asBadInput(error: GraphQLError): GraphQLError {
  const code = error.extensions?.code as string | undefined;
  if (code && !DOCUMENT_ERRORS.has(code)) return error;
  const { nodes, source, positions, path } = error;
  const extensions = { ...error.extensions, code: "BAD_USER_INPUT", ...(code ? { graphqlCode: code } : {}) };
  return new GraphQLError(error.message, { nodes, source, positions, path, extensions });
}

export function createServer(db: Database, config: ServerConfig, log: Pick<Console, "error"> = console) {
  const serveAdmin = adminAssets(path.join(repoRoot, "admin", "dist"));
  const json = (body: unknown, status = 200) => Response.json(body, { status });

  const routes: Plugin = {
    onValidate:
      () =>
      ({ result, setResult }) => {
        if (result.length) setResult(result.map((e: Error) => (e instanceof GraphQLError ? asBadInput(e) : e)));
      },
    async onRequest({ request, url, endResponse }) {
      if (url.pathname === "/healthz") return endResponse(json({ status: "ok" }));
      if (url.pathname === "/readyz") return endResponse(await readiness(db));
      if (url.pathname === "/") return endResponse(Response.redirect(new URL("/admin/", url), 302));
      const admin = serveAdmin(url.pathname);
      if (admin) return endResponse(admin);
      if (isMetricsPath(url.pathname)) return endResponse(await metricsRoute(request, db.prisma, config.sessionTtlMs, log));
      const declared = request.headers.get("content-length");
      const size = declared != null ? Number(declared) : request.body ? (await request.clone().arrayBuffer()).byteLength : 0;
      if (size > MAX_BODY_BYTES) {
        return endResponse(
          json({ errors: [{ message: `Request body over ${MAX_BODY_BYTES} bytes`, extensions: { code: "BAD_USER_INPUT" } }] }, 413),
        );
      }
    },
  };

  return createYoga<Record<string, unknown>, Context>({
    schema,
    graphqlEndpoint: "/graphql",
    graphiql: config.graphiql ? { title: "Churnstile GraphQL", defaultQuery: "query Me {\n  me { name role }\n}\n" } : false,
    landingPage: false,
    batching: false,
    maskedErrors: {
      isDev: config.env !== "production",
      maskError: (error, message) => {
        // GraphQL's own errors (syntax, limits, validation, our typed errors) already say what to fix;
        // anything else is a bug or an outage: hide it, log it under an id the caller can quote.
        const original = (error as { originalError?: unknown }).originalError;
        if (error instanceof GraphQLError && (!original || original instanceof GraphQLError)) {
          return asBadInput(error);
        }
        const requestId = randomUUID();
        log.error(`[${requestId}] unexpected error:`, original ?? error);
        return new GraphQLError(`${message} (request id ${requestId})`, { extensions: { code: "INTERNAL_SERVER_ERROR", requestId } });
      },
    },
    plugins: [
      routes,
      useCSRFPrevention({ requestHeaders: ["x-graphql-yoga-csrf", "content-type", "authorization"] }),
      EnvelopArmorPlugin({
        maxDepth: { n: 10 },
        maxAliases: { n: 30 },
        maxTokens: { n: 3000 },
        maxDirectives: { n: 20 },
        costLimit: { maxCost: 20000 },
      }),
      ...(config.introspection ? [] : [useDisableIntrospection()]),
      ...persistedOperationsPlugins(),
    ],
    context: async ({ request }): Promise<Context> => {
      const token =
        request.headers
          .get("authorization")
          ?.replace(/^Bearer\s+/i, "")
          .trim() || null;
      return {
        prisma: db.prisma,
        token,
        actor: token ? await actorFromToken(db.prisma, token) : null,
        requestId: request.headers.get("x-request-id") ?? randomUUID(),
        sessionTtlMs: config.sessionTtlMs,
        publicUrl: (config.linkBaseUrl ?? new URL(request.url).origin).replace(/\/+$/, ""),
      };
    },
  });
}

/** Ready when the database answers and every migration in prisma/migrations is applied. */
async function readiness(db: Database): Promise<Response> {
  try {
    const rows = await db.prisma.$queryRaw<{ migration_name: string }[]>`
      SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`;
    const applied = new Set(rows.map((r) => r.migration_name));
    const pending = migrationNames().filter((n) => !applied.has(n));
    if (pending.length) return Response.json({ status: "migrating", pending }, { status: 503 });
    return Response.json({ status: "ready", migrations: applied.size });
  } catch (e) {
    return Response.json({ status: "database unavailable", error: (e as Error).message }, { status: 503 });
  }
}
