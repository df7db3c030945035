// segmentRuleMemberCount: how many customers a draft DYNAMIC rule matches now, validated exactly as
// createSegment/updateSegment validate it, so a rule editor can show a live count (and what to fix) before saving.
import { canRead } from "../access.ts";
import { builder } from "../builder.ts";
import { type SegmentRule, SegmentRuleSchema, segmentRuleToWhere } from "../segment-rule.ts";
import { checkReasonCodes } from "./segment.mutations.ts";

builder.queryField("segmentRuleMemberCount", (t) =>
  t.int({
    description:
      "Customers a DYNAMIC segment rule (see Segment.rule) would match now, soft-deleted ones excluded: the memberCount the segment would have once saved. " +
      "An invalid rule is BAD_USER_INPUT naming the place in the rule, as in createSegment.",
    authScopes: canRead,
    args: { rule: t.arg({ type: "JSON", required: true, description: "The draft rule.", validate: SegmentRuleSchema }) },
    resolve: async (_root, args, ctx) => {
      const rule = args.rule as SegmentRule;
      await checkReasonCodes(ctx.prisma, rule);
      return ctx.prisma.customer.count({ where: { AND: [{ deletedAt: null }, segmentRuleToWhere(rule)] } });
    },
  }),
);
