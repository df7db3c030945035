// One demo console user per role, with documented passwords (README: "Demo logins"). Only for demo
// installations: the server seeds them together with the demo data, never in production by itself.
import type { PrismaClient, Role } from "../generated/client.ts";
import { hashPassword } from "./passwords.ts";

export interface DemoUser {
  email: string;
  name: string;
  role: Role;
  password: string;
  locale: string;
}

export const DEMO_USERS: readonly DemoUser[] = [
  { email: "admin@churnstile.local", name: "Ada Admin", role: "ADMIN", password: "churnstile-admin", locale: "en" },
  { email: "manager@churnstile.local", name: "Mina Rahimi", role: "MANAGER", password: "churnstile-manager", locale: "fa" },
  { email: "agent@churnstile.local", name: "Omar Haddad", role: "AGENT", password: "churnstile-agent", locale: "ar" },
  { email: "analyst@churnstile.local", name: "Elif Kaya", role: "ANALYST", password: "churnstile-analyst", locale: "tr" },
];

/** Create the demo users that do not exist yet (an existing user, and a changed password, are left alone).
 *  Returns every demo user's id by email. */
export async function seedDemoUsers(prisma: PrismaClient): Promise<Map<string, number>> {
  const emails = DEMO_USERS.map((u) => u.email);
  const existing = new Set((await prisma.user.findMany({ where: { email: { in: emails } }, select: { email: true } })).map((u) => u.email));
  const missing = DEMO_USERS.filter((u) => !existing.has(u.email));
  if (missing.length) {
    const data = await Promise.all(missing.map(async ({ password, ...u }) => ({ ...u, passwordHash: await hashPassword(password) })));
    await prisma.user.createMany({ data, skipDuplicates: true });
  }
  const users = await prisma.user.findMany({ where: { email: { in: emails } }, select: { id: true, email: true } });
  return new Map(users.map((u) => [u.email, u.id]));
}
