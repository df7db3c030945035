// Staff user administration (ADMIN only). Users are deactivated, not deleted: audit rows keep their author.
// Every reader may list staff (owners and assignees are picked from it); e-mails stay ADMIN-only, also in search.

import type { Role } from "@churnstile/prisma";
import { hashPassword } from "@churnstile/prisma/passwords";
import { z } from "zod";
import { adminOnly, canRead } from "../access.ts";
import { builder } from "../builder.ts";
import { defineCrud, sent } from "../crud.ts";
import { RoleEnum } from "../enums.ts";
import { badInput } from "../errors.ts";
import { defineList } from "../lists.ts";
import * as v from "../validators.ts";

const password = z.string().min(10, "must be at least 10 characters").max(200, "must be at most 200 characters");

const UserFilter = builder.inputType("UserFilter", {
  description: "Narrows the user list.",
  fields: (t) => ({
    ids: t.idList({ description: "Only these ids." }),
    q: t.string({ description: "Text search in name (and e-mail, for ADMIN)." }),
    role: t.field({ type: RoleEnum, description: "Only this role." }),
    active: t.boolean({ description: "Only active (true) or inactive (false) users." }),
  }),
});

defineList({
  model: "User",
  plural: "Users",
  filter: UserFilter,
  sortable: ["name", "role", "createdAt"],
  authScopes: canRead,
  where: (f, ctx) => ({
    ...(f?.ids ? { id: { in: f.ids.map(Number) } } : {}),
    ...(f?.role ? { role: f.role } : {}),
    ...(f?.active != null ? { active: f.active } : {}),
    ...(f?.q
      ? {
          OR: [
            { name: { contains: f.q, mode: "insensitive" as const } },
            ...(ctx.actor?.kind === "user" && ctx.actor.role === "ADMIN"
              ? [{ email: { contains: f.q, mode: "insensitive" as const } }]
              : []),
          ],
        }
      : {}),
  }),
});

type UserArgs = Partial<{ email: string; name: string; role: Role; locale: string; password: string | null; active: boolean | null }>;

async function userData(args: UserArgs) {
  const { password: plain, active, ...rest } = sent(args);
  if (plain === null) throw badInput("password", "cannot be removed; send a new one");
  return { ...rest, ...(active != null ? { active } : {}), ...(plain ? { passwordHash: await hashPassword(plain) } : {}) };
}

defineCrud<UserArgs, UserArgs>({
  model: "User",
  authScopes: adminOnly,
  versioned: true,
  create: {
    args: (t) => ({
      email: t.arg.string({ required: true, description: "Login e-mail (unique).", validate: v.email }),
      name: t.arg.string({ required: true, description: "Display name.", validate: v.name }),
      role: t.arg({ type: RoleEnum, required: true, description: "What the user may do." }),
      locale: t.arg.string({ description: "Console language (default en).", validate: v.locale }),
      password: t.arg.string({ required: true, description: "Initial password (10+ characters).", validate: password }),
    }),
    data: (args) => userData(args),
  },
  update: {
    args: (t) => ({
      name: t.arg.string({ description: "Display name.", validate: v.name }),
      role: t.arg({ type: RoleEnum, description: "What the user may do." }),
      locale: t.arg.string({ description: "Console language.", validate: v.locale }),
      password: t.arg.string({ description: "A new password (10+ characters).", validate: password }),
      active: t.arg.boolean({ description: "false = cannot log in (and existing sessions stop working)." }),
    }),
    data: (args) => userData(args),
  },
});
