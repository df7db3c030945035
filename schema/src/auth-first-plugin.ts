// Pothos runs argument mappers (where the validation plugin checks input) before any resolver wrapper
// (where scope-auth checks access), so a caller without access would learn validation rules first.
// This plugin puts the same access check in front of all argument mappers. It evaluates the static
// scope maps of access.ts; scope-auth still checks again (and types the option).
import SchemaBuilder, { BasePlugin, type PothosOutputFieldConfig, type SchemaTypes } from "@pothos/core";
import type { Context } from "./context.ts";
import { forbidden, unauthenticated } from "./errors.ts";

type ScopeMap = { [scope: string]: unknown };

export function scopesAllow(scopes: ScopeMap, ctx: Context, mode: "any" | "all" = "all"): boolean {
  const results = Object.entries(scopes).map(([scope, param]) => {
    const actor = ctx.actor;
    switch (scope) {
      case "$any":
        return scopesAllow(param as ScopeMap, ctx, "any");
      case "$all":
        return scopesAllow(param as ScopeMap, ctx, "all");
      case "authenticated":
        return actor !== null;
      case "role":
        return actor?.kind === "user" && (param as string[]).includes(actor.role);
      case "apiScope":
        return actor?.kind === "apiKey" && actor.scopes.includes(param as string);
      default:
        return false;
    }
  });
  return mode === "any" ? results.some(Boolean) : results.every(Boolean);
}

export class AuthFirstPlugin<Types extends SchemaTypes> extends BasePlugin<Types> {
  override onOutputFieldConfig(fieldConfig: PothosOutputFieldConfig<Types>) {
    const scopes = (fieldConfig.pothosOptions as { authScopes?: unknown }).authScopes;
    if (!scopes || typeof scopes !== "object") return fieldConfig;
    const check = (args: object, ctx: object) => {
      const context = ctx as Context;
      if (!scopesAllow(scopes as ScopeMap, context)) throw context.actor ? forbidden() : unauthenticated();
      return args;
    };
    return { ...fieldConfig, argMappers: [check as never, ...fieldConfig.argMappers] };
  }
}

declare global {
  export namespace PothosSchemaTypes {
    export interface Plugins<Types extends SchemaTypes> {
      authFirst: AuthFirstPlugin<Types>;
    }
  }
}

SchemaBuilder.registerPlugin("authFirst", AuthFirstPlugin);
export default "authFirst" as const;
