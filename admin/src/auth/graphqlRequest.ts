// A minimal GraphQL client for the auth calls (login, me, logout), so the sign-in page needs no Apollo.
import { authHeaders } from "./session.ts";

export const GRAPHQL_URL = "/graphql";

/** A failed request; `code` is the GraphQL error's extensions.code, or NETWORK when the server was not reached. */
export class GraphqlRequestError extends Error {
  constructor(
    message: string,
    readonly code?: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = "GraphqlRequestError";
  }
}

interface GraphqlResponse<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

export async function graphqlRequest<T>(query: string, variables?: Record<string, unknown>): Promise<T> {
  let response: Response;
  try {
    response = await fetch(GRAPHQL_URL, {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/json", ...authHeaders() },
      body: JSON.stringify({ query, variables }),
    });
  } catch (cause) {
    throw new GraphqlRequestError(String(cause), "NETWORK");
  }
  return readGraphqlResponse<T>(response);
}

/** The data of a GraphQL response, or its first error as a GraphqlRequestError. */
export async function readGraphqlResponse<T>(response: Response): Promise<T> {
  const body = (await response.json().catch(() => null)) as GraphqlResponse<T> | null;
  const [error] = body?.errors ?? [];
  if (error) throw new GraphqlRequestError(error.message, error.extensions?.code, response.status);
  if (!response.ok || !body?.data) throw new GraphqlRequestError(`HTTP ${response.status}`, undefined, response.status);
  return body.data;
}
