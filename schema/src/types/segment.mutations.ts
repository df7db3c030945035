// Segment writes: create/update (rule validated, optimistic locking), delete (ADMIN), and the member list of
// STATIC segments (addSegmentMembers / removeSegmentMembers, each one audited transaction).
import type { Prisma } from "@churnstile/prisma";
import { adminOnly, canWrite } from "../access.ts";
import { builder } from "../builder.ts";
import type { Context } from "../context.ts";
import { defineCrud, parseId, sent } from "../crud.ts";
import { SegmentKindEnum } from "../enums.ts";
import { badInput, notFound } from "../errors.ts";
import { type SegmentRule, SegmentRuleSchema } from "../segment-rule.ts";
import * as v from "../validators.ts";
import { type Tx, writeTx } from "../write.ts";

type MutationT = Parameters<NonNullable<Parameters<typeof defineCrud>[0]["create"]>["args"]>[0];
type SegmentArgs = Partial<{ name: string; description: string | null; kind: "DYNAMIC" | "STATIC"; rule: SegmentRule | null }>;

const MAX_MEMBERS_PER_CALL = 500;

const segmentArgs = (t: MutationT, required: boolean) => ({
  name: t.arg.string({ required, description: "Unique name.", validate: v.name }),
  description: t.arg.string({ description: "What the segment is for.", validate: v.text(1000).nullable() }),
  rule: t.arg({
    type: "JSON",
    description: "DYNAMIC only: the filter tree (see Segment.rule). STATIC segments have none.",
    validate: SegmentRuleSchema.nullable(),
  }),
});

/** Every churn-reason code a rule names must exist in the catalogue. */
export async function checkReasonCodes(tx: Pick<Tx, "churnReason">, rule: SegmentRule) {
  const codes = new Set<string>();
  const walk = (r: SegmentRule) => {
    for (const c of r.churnReason ?? []) codes.add(c);
    for (const child of [...(r.and ?? []), ...(r.or ?? [])]) walk(child);
  };
  walk(rule);
  if (!codes.size) return;
  const known = new Set(
    (await tx.churnReason.findMany({ where: { code: { in: [...codes] } }, select: { code: true } })).map((r) => r.code),
  );
  const unknown = [...codes].filter((c) => !known.has(c));
  if (unknown.length) throw badInput("rule.churnReason", `unknown churn-reason code(s): ${unknown.join(", ")}`);
}

async function segmentData(args: SegmentArgs, kind: "DYNAMIC" | "STATIC", tx: Tx) {
  const { rule, kind: _k, ...rest } = sent(args);
  if (rest.name === null) throw badInput("name", "must not be null");
  const data: Prisma.SegmentUncheckedUpdateInput = { ...rest };
  if (kind === "STATIC" && rule != null) throw badInput("rule", "a STATIC segment has no rule; its members are added by hand");
  if (kind === "DYNAMIC" && rule === null) throw badInput("rule", "a DYNAMIC segment needs a rule");
  if (rule) {
    await checkReasonCodes(tx, rule);
    data.rule = rule as Prisma.InputJsonValue;
  }
  return data;
}

defineCrud<SegmentArgs, SegmentArgs>({
  model: "Segment",
  authScopes: canWrite,
  versioned: true,
  create: {
    args: (t) => ({
      kind: t.arg({ type: SegmentKindEnum, required: true, description: "DYNAMIC (rule) or STATIC (hand-kept); cannot change later." }),
      ...segmentArgs(t, true),
    }),
    data: async (args, _ctx, tx) => {
      const kind = args.kind as "DYNAMIC" | "STATIC";
      if (kind === "DYNAMIC" && args.rule == null) throw badInput("rule", "a DYNAMIC segment needs a rule");
      return { ...(await segmentData(args, kind, tx)), kind } as Prisma.SegmentUncheckedCreateInput;
    },
  },
  update: {
    args: (t) => segmentArgs(t, false),
    data: (args, _ctx, current, tx) => segmentData(args, (current as unknown as { kind: "DYNAMIC" | "STATIC" }).kind, tx),
  },
  remove: { authScopes: adminOnly },
});

/** A STATIC segment by id, and the checked, de-duplicated customer ids of the call. */
async function staticSegmentAndIds(tx: Tx, rawSegmentId: string, rawIds: readonly (string | number)[]) {
  const segmentId = parseId(rawSegmentId, "segmentId");
  const segment = await tx.segment.findUnique({ where: { id: segmentId } });
  if (!segment) throw notFound("Segment", segmentId);
  if (segment.kind !== "STATIC") throw badInput("segmentId", `segment ${segmentId} is DYNAMIC: its members follow its rule`);
  if (rawIds.length === 0) throw badInput("customerIds", "must list at least one customer");
  if (rawIds.length > MAX_MEMBERS_PER_CALL) throw badInput("customerIds", `at most ${MAX_MEMBERS_PER_CALL} per call`);
  return { segmentId, customerIds: [...new Set(rawIds.map((id) => parseId(id, "customerIds")))] };
}

builder.mutationFields((t) => {
  const args = {
    segmentId: t.arg.id({ required: true, description: "A STATIC segment." }),
    customerIds: t.arg.idList({ required: true, description: `The customers (1 to ${MAX_MEMBERS_PER_CALL}).` }),
  };
  return {
    addSegmentMembers: t.prismaField({
      type: "Segment",
      description:
        "Add customers to a STATIC segment; ones already in it are left as they are. All or nothing: an unknown or deleted customer fails the call.",
      authScopes: canWrite,
      args,
      resolve: (query, _root, a, ctx: Context) =>
        writeTx(ctx, async (tx, audit) => {
          const { segmentId, customerIds } = await staticSegmentAndIds(tx, a.segmentId, a.customerIds);
          const found = await tx.customer.findMany({ where: { id: { in: customerIds }, deletedAt: null }, select: { id: true } });
          const missing = customerIds.filter((id) => !found.some((c) => c.id === id));
          if (missing.length) throw badInput("customerIds", `customer(s) ${missing.join(", ")} do not exist or are deleted`);
          const { count } = await tx.segmentMember.createMany({
            data: customerIds.map((customerId) => ({ segmentId, customerId })),
            skipDuplicates: true,
          });
          audit({ action: "addMembers", entity: "Segment", entityId: segmentId, after: { customerIds, added: count } });
          return tx.segment.findUniqueOrThrow({ ...query, where: { id: segmentId } });
        }),
    }),
    removeSegmentMembers: t.prismaField({
      type: "Segment",
      description: "Remove customers from a STATIC segment; ones not in it are ignored.",
      authScopes: canWrite,
      args,
      resolve: (query, _root, a, ctx: Context) =>
        writeTx(ctx, async (tx, audit) => {
          const { segmentId, customerIds } = await staticSegmentAndIds(tx, a.segmentId, a.customerIds);
          const { count } = await tx.segmentMember.deleteMany({ where: { segmentId, customerId: { in: customerIds } } });
          audit({ action: "removeMembers", entity: "Segment", entityId: segmentId, before: { customerIds, removed: count } });
          return tx.segment.findUniqueOrThrow({ ...query, where: { id: segmentId } });
        }),
    }),
  };
});
