// The dashboard's figures as persisted GET requests: `GET /graphql?id=<sha256 of the document>&variables=…`, so the
// server runs a document it knows and the request is a plain, cacheable GET. The server keeps the same documents
// (@churnstile/schema/persisted/dashboard-documents). Where the hash cannot be computed (crypto.subtle exists only
// in secure contexts: https or localhost) or the server does not know the document, the document is POSTed.
import { GRAPHQL_URL, GraphqlRequestError, graphqlRequest, readGraphqlResponse } from "../auth/graphqlRequest.ts";
import { authHeaders } from "../auth/session.ts";

const ids = new Map<string, Promise<string>>();

async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

function persistedIdOf(document: string): Promise<string> {
  let id = ids.get(document);
  if (!id) {
    id = sha256Hex(document);
    ids.set(document, id);
  }
  return id;
}

export async function persistedRequest<T>(document: string, variables: Record<string, unknown> = {}): Promise<T> {
  if (typeof crypto === "undefined" || !crypto.subtle) return graphqlRequest<T>(document, variables);
  const params = new URLSearchParams({ id: await persistedIdOf(document), variables: JSON.stringify(variables) });
  let response: Response;
  try {
    // react-query decides when a figure is stale (and refetches after a write): the HTTP cache must not answer for it
    response = await fetch(`${GRAPHQL_URL}?${params}`, { cache: "no-cache", headers: { accept: "application/json", ...authHeaders() } });
  } catch (cause) {
    throw new GraphqlRequestError(String(cause), "NETWORK");
  }
  try {
    return await readGraphqlResponse<T>(response);
  } catch (error) {
    if (error instanceof GraphqlRequestError && error.code === "PERSISTED_QUERY_NOT_FOUND") return graphqlRequest<T>(document, variables);
    throw error;
  }
}
