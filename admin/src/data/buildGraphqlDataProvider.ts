// ra-data-graphql-simple over the API (this module and Apollo load lazily, after sign-in).
// One provider per bearer token: signing in again re-introspects with the new token.
import buildGraphQLProvider from "ra-data-graphql-simple";
import type { DataProvider } from "react-admin";
import { GRAPHQL_URL } from "../auth/graphqlRequest.ts";

export async function buildGraphqlDataProvider(token: string | null): Promise<DataProvider> {
  const provider = buildGraphQLProvider({
    clientOptions: { uri: GRAPHQL_URL, headers: token ? { Authorization: `Bearer ${token}` } : {} },
    // react-admin's react-query cache is the one cache: Apollo's would only duplicate it (and warn when a
    // refetched list comes back shorter).
    query: () => ({ fetchPolicy: "no-cache" }),
    mutation: () => ({ fetchPolicy: "no-cache" }),
  });
  // Introspect now: a failure rejects this build, so the next request retries instead of failing for good.
  await provider.getIntrospection?.();
  return provider;
}
