import type { PrismaClient, Role } from "@churnstile/prisma";

/** Who is calling: a staff user (console login) or an API key (tools, BI). */
export type Actor =
  | { kind: "user"; id: number; email: string; role: Role }
  | { kind: "apiKey"; id: number; name: string; scopes: string[] };

export interface Context {
  prisma: PrismaClient;
  actor: Actor | null;
  requestId: string;
  /** The bearer token of this request, so `logout` can end exactly this session. */
  token: string | null;
  sessionTtlMs: number;
  /** Where users reach the server (PUBLIC_URL, else this request's origin), without a trailing slash: links sent to customers start with it. */
  publicUrl: string;
}
