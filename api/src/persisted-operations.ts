// GET-cacheable persisted queries for the dashboard: `GET /graphql?id=<sha256>&variables={…}` runs a stored
// document (schema/src/persisted/) with the caller's own auth; the Apollo form (extensions.persistedQuery.sha256Hash)
// works too. Other operations are still accepted as usual (allowArbitraryOperations): this adds a way in, not a wall.
// A persisted GET answer may be kept by the caller's own cache for a minute (private: it depends on the caller).
import { persistedDocuments } from "@churnstile/schema/persisted/dashboard";
import { defaultExtractPersistedOperationId, usePersistedOperations } from "@graphql-yoga/plugin-persisted-operations";
import type { Plugin } from "graphql-yoga";

const CACHE_SECONDS = 60;

export function persistedOperationsPlugins(): Plugin[] {
  const cacheable: Plugin = {
    onResponse({ request, response }) {
      if (request.method !== "GET" || !new URL(request.url).searchParams.has("id") || response.status !== 200) return;
      response.headers.set("cache-control", `private, max-age=${CACHE_SECONDS}`);
      response.headers.append("vary", "authorization");
    },
  };
  return [
    usePersistedOperations({
      allowArbitraryOperations: true,
      extractPersistedOperationId: (params, request) =>
        new URL(request.url).searchParams.get("id") ?? defaultExtractPersistedOperationId(params, request),
      getPersistedOperation: (id) => persistedDocuments.get(id) ?? null,
      customErrors: { notFound: { message: "Unknown persisted operation id", extensions: { code: "PERSISTED_QUERY_NOT_FOUND" } } },
    }),
    cacheable,
  ];
}
