// Staff users: the User type, who-am-I, login and logout.
import { verifyPassword } from "@churnstile/prisma/passwords";
import { z } from "zod";
import { createSession, sha256 } from "../auth.ts";
import { builder } from "../builder.ts";
import { RoleEnum } from "../enums.ts";
import { UserError } from "../errors.ts";

export const User = builder.prismaObject("User", {
  description: "A staff member who uses the console.",
  fields: (t) => ({
    id: t.exposeID("id", { description: "Stable identifier." }),
    // Staff appear as owners and assignees to every reader; their e-mail only to ADMIN and themselves.
    email: t.string({
      nullable: true,
      description: "Login e-mail; null unless you are an ADMIN or this user.",
      resolve: (user, _args, ctx) =>
        ctx.actor?.kind === "user" && (ctx.actor.role === "ADMIN" || ctx.actor.id === user.id) ? user.email : null,
    }),
    name: t.exposeString("name", { description: "Display name." }),
    role: t.expose("role", { type: RoleEnum, description: "What the user may do." }),
    locale: t.exposeString("locale", { description: "Preferred console language (en, fa, ar, ru, tr)." }),
    active: t.exposeBoolean("active", { description: "Inactive users cannot log in." }),
    createdAt: t.expose("createdAt", { type: "DateTime", description: "When the user was created." }),
  }),
});

const LoginResult = builder.objectRef<{ token: string; userId: number }>("LoginResult").implement({
  description: "A new console session.",
  fields: (t) => ({
    token: t.exposeString("token", { description: "Send as `Authorization: Bearer <token>`." }),
    user: t.prismaField({
      type: "User",
      description: "The logged-in user.",
      resolve: (query, r, _a, ctx) => ctx.prisma.user.findUniqueOrThrow({ ...query, where: { id: r.userId } }),
    }),
  }),
});

builder.queryField("me", (t) =>
  t.prismaField({
    type: "User",
    nullable: true,
    description: "The logged-in staff user, or null (also null for API keys).",
    resolve: (query, _root, _args, ctx) =>
      ctx.actor?.kind === "user" ? ctx.prisma.user.findUnique({ ...query, where: { id: ctx.actor.id } }) : null,
  }),
);

builder.mutationFields((t) => ({
  login: t.field({
    type: LoginResult,
    description: "Log in with e-mail and password; returns a bearer token.",
    args: {
      email: t.arg.string({ required: true, description: "Login e-mail.", validate: z.string().trim().email("must be an e-mail address") }),
      password: t.arg.string({ required: true, description: "Password.", validate: z.string().min(1, "must not be empty") }),
    },
    resolve: async (_root, { email, password }, ctx) => {
      const user = await ctx.prisma.user.findUnique({ where: { email: email.toLowerCase() } });
      if (!user?.active || !(await verifyPassword(user.passwordHash, password))) {
        throw new UserError("UNAUTHENTICATED", "Wrong e-mail or password");
      }
      const token = await createSession(ctx.prisma, user.id, ctx.sessionTtlMs);
      ctx.actor = { kind: "user", id: user.id, email: user.email, role: user.role }; // the rest of this response is theirs
      return { token, userId: user.id };
    },
  }),
  logout: t.boolean({
    description: "End this session. Returns false when there was none.",
    resolve: async (_root, _args, ctx) => {
      if (!ctx.token || ctx.actor?.kind !== "user") return false;
      const { count } = await ctx.prisma.session.deleteMany({ where: { tokenHash: sha256(ctx.token) } });
      return count > 0;
    },
  }),
}));
