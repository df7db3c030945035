// Errors a client can act on: every one carries extensions.code, and the message says what to fix.
import { GraphQLError } from "graphql";

export type ErrorCode = "BAD_USER_INPUT" | "NOT_FOUND" | "FORBIDDEN" | "UNAUTHENTICATED" | "CONFLICT";

export class UserError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extra: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...extra } });
  }
}

export const badInput = (field: string, message: string) => new UserError("BAD_USER_INPUT", `${field}: ${message}`, { field });
export const notFound = (entity: string, id: unknown) =>
  new UserError("NOT_FOUND", `${entity} ${String(id)} does not exist`, { entity, id });
export const unauthenticated = (message = "Log in or send an API key") => new UserError("UNAUTHENTICATED", message);
export const forbidden = (message = "Your role or API key scope does not allow this") => new UserError("FORBIDDEN", message);
export const conflict = (message: string, field?: string) => new UserError("CONFLICT", message, field ? { field } : {});
