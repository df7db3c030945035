// The API's domain commands and queries that are not CRUD (logChurn, shipFeature, renderMessageTemplate…),
// through react-query so they share react-admin's cache, retries and loading states.
import { type QueryKey, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { GraphqlRequestError, graphqlRequest } from "../auth/graphqlRequest.ts";

export function useApiQuery<T>(key: QueryKey, query: string, variables?: Record<string, unknown>, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: ["churnstile", ...key, variables],
    queryFn: () => graphqlRequest<T>(query, variables),
    retry: (count, error) => count < 2 && error instanceof GraphqlRequestError && error.code === "NETWORK",
    ...options,
  });
}

/** A command; on success every cached query (react-admin's included) is refreshed, since commands touch several entities. */
export function useApiMutation<T, V extends Record<string, unknown>>(mutation: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: V) => graphqlRequest<T>(mutation, variables),
    onSuccess: () => queryClient.invalidateQueries(),
  });
}

/** One idempotency key per screen: a retried or double-clicked command is applied once. */
export function useIdempotencyKey(): [string, () => void] {
  const [key, setKey] = useState(() => crypto.randomUUID());
  return [key, () => setKey(crypto.randomUUID())];
}

/** The i18n key for a failed call, and the API's own explanation when it gives one (it says what to fix). */
export function describeApiError(error: unknown): { key: string; detail?: string } {
  if (!(error instanceof GraphqlRequestError)) return { key: "ra.notification.http_error" };
  switch (error.code) {
    case "UNAUTHENTICATED":
      return { key: "ra.notification.logged_out" };
    case "FORBIDDEN":
      return { key: "ra.notification.not_authorized" };
    case "NETWORK":
      return { key: "churnstile.auth.unavailable" };
    case "NOT_FOUND":
      return { key: "ra.notification.item_doesnt_exist" };
    case "CONFLICT":
      return { key: "churnstile.common.conflict", detail: error.message };
    case "BAD_USER_INPUT":
      return { key: "churnstile.common.invalid", detail: error.message };
    default:
      return { key: "ra.notification.http_error" };
  }
}
