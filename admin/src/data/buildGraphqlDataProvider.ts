// ra-data-graphql-simple over the API (this module and Apollo load lazily, after sign-in).
// One provider per bearer token: signing in again re-introspects with the new token.
import buildGraphQLProvider from "ra-data-graphql-simple";
import type { DataProvider } from "react-admin";
import { GRAPHQL_URL } from "../auth/graphqlRequest.ts";

export async function buildGraphqlDataProvider(token: string | null): Promise<DataProvider> {
  const provider = buildGraphQLProvider({
    clientOptions: { uri: GRAPHQL_URL, headers: token ? { Authorization: `Bearer ${token}` } : {} },
  });
  // Introspect now: a failure rejects this build, so the next request retries instead of failing for good.
  await provider.getIntrospection?.();
  return provider;
}
