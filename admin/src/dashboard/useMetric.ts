// Runs one dashboard document through react-query (cached per language-independent variables, refetched on focus
// after a minute) and classifies its failure: a metric this server does not have yet is "unavailable", not an error.
import { useQuery } from "@tanstack/react-query";
import { useEffect } from "react";
import { useLogoutIfAccessDenied } from "react-admin";
import { GraphqlRequestError } from "../auth/graphqlRequest.ts";
import { persistedRequest } from "./persistedRequest.ts";

export type MetricResult<T> =
  | { status: "loading" }
  | { status: "ready"; data: T }
  | { status: "unavailable" }
  | { status: "forbidden" }
  | { status: "error"; retry: () => void };

const codeOf = (error: unknown) => (error instanceof GraphqlRequestError ? error.code : undefined);

/** The document asks for a field or argument the server's schema lacks: an API older than this console. */
const isUnavailable = (error: unknown) => codeOf(error) === "GRAPHQL_VALIDATION_FAILED";

/** Worth another try: the network, or the server failing (not a refusal or a bad document). */
const isTransient = (error: unknown) => {
  const code = codeOf(error);
  return code === "NETWORK" || code === "INTERNAL_SERVER_ERROR" || code === undefined;
};

export function useMetric<T>(
  name: string,
  document: string,
  variables: Record<string, unknown> = {},
  options: { enabled?: boolean } = {},
): MetricResult<T> {
  const logoutIfAccessDenied = useLogoutIfAccessDenied();
  const query = useQuery({
    queryKey: ["churnstile.dashboard", name, variables],
    queryFn: () => persistedRequest<T>(document, variables),
    retry: (failures, error) => failures < 2 && isTransient(error),
    staleTime: 60_000,
    enabled: options.enabled ?? true,
  });
  const { error, refetch } = query;
  useEffect(() => {
    // An expired session signs the user out, as any other page of the console does.
    if (error && codeOf(error) === "UNAUTHENTICATED") void logoutIfAccessDenied(error);
  }, [error, logoutIfAccessDenied]);

  if (query.isPending) return { status: "loading" };
  if (query.isSuccess) return { status: "ready", data: query.data };
  if (isUnavailable(error)) return { status: "unavailable" };
  if (codeOf(error) === "FORBIDDEN") return { status: "forbidden" };
  return { status: "error", retry: () => void refetch() };
}
