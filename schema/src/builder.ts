// Pothos configuration only: plugins, scalars, context and auth scopes. Types live in ./types/.

import type { Role } from "@churnstile/prisma";
import type PrismaTypes from "@churnstile/prisma/pothos-types";
import { getDatamodel } from "@churnstile/prisma/pothos-types";
import SchemaBuilder from "@pothos/core";
import PrismaPlugin from "@pothos/plugin-prisma";
import RelayPlugin from "@pothos/plugin-relay";
import ScopeAuthPlugin from "@pothos/plugin-scope-auth";
import ValidationPlugin from "@pothos/plugin-validation";
import AuthFirstPlugin from "./auth-first-plugin.ts";
import type { Context } from "./context.ts";
import DefaultDescriptionsPlugin from "./default-descriptions-plugin.ts";
import { forbidden, UserError, unauthenticated } from "./errors.ts";

export type ApiScope = "read" | "write" | "write:churn" | "metrics";

export interface BuilderTypes {
  PrismaTypes: PrismaTypes;
  Context: Context;
  Scalars: {
    DateTime: { Input: Date; Output: Date | string };
    JSON: { Input: unknown; Output: unknown };
  };
  AuthScopes: {
    authenticated: boolean;
    role: Role[];
    apiScope: ApiScope;
  };
  DefaultFieldNullability: false;
}
export type Types = PothosSchemaTypes.ExtendDefaultTypes<BuilderTypes>;

export const builder = new SchemaBuilder<BuilderTypes>({
  plugins: [AuthFirstPlugin, ScopeAuthPlugin, PrismaPlugin, RelayPlugin, ValidationPlugin, DefaultDescriptionsPlugin],
  defaultFieldNullability: false,
  prisma: {
    client: (ctx) => ctx.prisma,
    dmmf: getDatamodel(),
    exposeDescriptions: true,
    filterConnectionTotalCount: true,
    onUnusedQuery: process.env.NODE_ENV === "production" ? null : "error",
  },
  relay: {
    cursorType: "String",
    clientMutationId: "omit",
    pageInfoTypeOptions: { description: "Where a page sits in a connection." },
    hasNextPageFieldOptions: { description: "More rows after this page." },
    hasPreviousPageFieldOptions: { description: "More rows before this page." },
    startCursorFieldOptions: { description: "Cursor of the first row on this page." },
    endCursorFieldOptions: { description: "Cursor of the last row on this page; pass it as `after` for the next page." },
    firstArgOptions: { description: "Return at most this many rows from the start (default 25, at most 100)." },
    lastArgOptions: { description: "Return at most this many rows from the end (at most 100)." },
    afterArgOptions: { description: "Start after this cursor (from pageInfo.endCursor)." },
    beforeArgOptions: { description: "End before this cursor (from pageInfo.startCursor)." },
    cursorFieldOptions: { description: "Opaque position of this row, for `after`/`before`." },
    nodeFieldOptions: { description: "The row." },
    edgesFieldOptions: { description: "The rows of this page with their cursors." },
    pageInfoFieldOptions: { description: "Paging state of this page." },
  },
  validation: {
    // Name the field and the rule: "email: must be an e-mail address" (issue paths are argument paths).
    validationError: (result) => {
      const issue = result.issues[0];
      const field = issue?.path?.map((p) => (typeof p === "object" ? p.key : p)).join(".") || "input";
      return new UserError("BAD_USER_INPUT", `${field}: ${issue?.message ?? "invalid"}`, {
        field,
        issues: result.issues.map((i) => ({ path: i.path?.map((p) => (typeof p === "object" ? p.key : p)), message: i.message })),
      });
    },
  },
  scopeAuth: {
    authScopes: (ctx) => ({
      authenticated: ctx.actor !== null,
      role: (roles) => ctx.actor?.kind === "user" && roles.includes(ctx.actor.role),
      apiScope: (scope) => ctx.actor?.kind === "apiKey" && ctx.actor.scopes.includes(scope),
    }),
    unauthorizedError: (_parent, context) => (context.actor ? forbidden() : unauthenticated()),
  },
});
