// Turns data-provider failures into react-admin HttpErrors whose message is an i18n key where we know the case.
import { HttpError } from "react-admin";

interface ApolloLikeError {
  message?: string;
  status?: number;
  body?: unknown;
  graphQLErrors?: { message?: string; extensions?: { code?: string } }[];
  networkError?: { statusCode?: number } | null;
}

const graphQLErrorsOf = (error: ApolloLikeError) => error.graphQLErrors ?? (error.body as ApolloLikeError | undefined)?.graphQLErrors ?? [];

export function toHttpError(raw: unknown): HttpError {
  const error = (raw ?? {}) as ApolloLikeError;
  const codes = graphQLErrorsOf(error).map((e) => e.extensions?.code);
  const body = error.body ?? raw;
  if (codes.includes("UNAUTHENTICATED")) return new HttpError("ra.notification.logged_out", 401, body);
  if (codes.includes("FORBIDDEN")) return new HttpError("ra.notification.not_authorized", 403, body);
  if (codes.length > 0) return new HttpError(error.message ?? "ra.notification.http_error", 200, body); // the API's own explanation
  const status = error.networkError?.statusCode ?? error.status;
  if (status === 401) return new HttpError("ra.notification.logged_out", 401, body);
  return new HttpError("ra.notification.http_error", status ?? 0, body);
}
