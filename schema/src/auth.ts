// Staff sessions and API keys. Tokens are random and stored only as sha256 hashes: high-entropy secrets
// need no slow hash, passwords do (argon2, in @churnstile/prisma/passwords).
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import type { PrismaClient } from "@churnstile/prisma";
import type { Actor } from "./context.ts";

export const sha256 = (s: string) => createHash("sha256").update(s).digest("hex");
const API_KEY = /^csk_([A-Za-z0-9]{8})_([A-Za-z0-9_-]{20,})$/;

export async function createSession(prisma: PrismaClient, userId: number, ttlMs: number) {
  const token = randomBytes(32).toString("base64url");
  await prisma.session.create({ data: { userId, tokenHash: sha256(token), expiresAt: new Date(Date.now() + ttlMs) } });
  return token;
}

/** A new API key: the full secret is returned once and never stored. */
export function newApiKeySecret() {
  const prefix = randomBytes(6).toString("base64url").replace(/[-_]/g, "x").slice(0, 8);
  const secret = randomBytes(24).toString("base64url");
  return { prefix, secretHash: sha256(secret), token: `csk_${prefix}_${secret}` };
}

/** The actor behind a bearer token, or null (unknown, expired or revoked). Records last use. */
export async function actorFromToken(prisma: PrismaClient, token: string): Promise<Actor | null> {
  const now = new Date();
  const key = API_KEY.exec(token);
  if (key) {
    const row = await prisma.apiKey.findUnique({ where: { prefix: key[1] } });
    if (!row || row.revokedAt || (row.expiresAt && row.expiresAt <= now)) return null;
    const given = Buffer.from(sha256(key[2]));
    if (given.length !== row.secretHash.length || !timingSafeEqual(given, Buffer.from(row.secretHash))) return null;
    await prisma.apiKey.update({ where: { id: row.id }, data: { lastUsedAt: now } });
    return { kind: "apiKey", id: row.id, name: row.name, scopes: row.scopes };
  }
  const session = await prisma.session.findUnique({ where: { tokenHash: sha256(token) }, include: { user: true } });
  if (!session || session.expiresAt <= now || !session.user.active) return null;
  return { kind: "user", id: session.user.id, email: session.user.email, role: session.user.role };
}
