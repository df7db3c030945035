// The demo's dynamic segments are stored in the rule shape the API accepts, so they show members.
import { SEGMENTS } from "@churnstile/prisma/demo/catalogue";
import { SegmentRuleSchema } from "@churnstile/schema/segment-rule";
import { describe, expect, it } from "vitest";

describe("demo segments", () => {
  it("every dynamic rule passes the API's segment-rule validation", () => {
    const dynamic = SEGMENTS.filter((s) => s.kind === "DYNAMIC");
    expect(dynamic.length).toBeGreaterThan(0);
    for (const segment of dynamic) expect(SegmentRuleSchema.safeParse(segment.rule).error?.issues, segment.name).toBeUndefined();
  });
});
