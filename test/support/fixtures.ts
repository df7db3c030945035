// Small helpers shared by the entity tests: rows written straight to the database (for read-only entities
// that only commands create), and assertions on typed errors and audit rows.
import type { Prisma, PrismaClient } from "@churnstile/prisma";
import { expect } from "vitest";
import type { GqlResult } from "./api.ts";

/** Customers with sensible defaults; `name` and `externalId` are required, the rest optional. */
export async function seedCustomers(prisma: PrismaClient, rows: (Partial<Prisma.CustomerUncheckedCreateInput> & { name: string })[]) {
  const out = [];
  for (const [i, row] of rows.entries()) {
    out.push(
      await prisma.customer.create({
        data: { externalId: `fx-${row.name}-${i}`, country: "TR", plan: "GROWTH", signedUpAt: new Date("2025-01-01T00:00:00Z"), ...row },
      }),
    );
  }
  return out;
}

/** The first error has this code (and names this field, when given). */
export function expectError(res: GqlResult<unknown>, code: string, field?: string) {
  expect(res.errors?.[0]?.extensions?.code, JSON.stringify(res.errors)).toBe(code);
  if (field) expect(res.errors?.[0]?.extensions?.field, res.errors?.[0]?.message).toBe(field);
}

/** The audit actions written for one entity, oldest first. */
export async function auditActions(prisma: PrismaClient, entity: string, entityId?: string | number) {
  const rows = await prisma.auditLog.findMany({
    where: { entity, ...(entityId != null ? { entityId: String(entityId) } : {}) },
    orderBy: { id: "asc" },
  });
  return rows.map((r) => r.action);
}

export const utc = (s: string) => new Date(`${s}T00:00:00Z`);
