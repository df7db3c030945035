// A DYNAMIC segment's rule is edited as JSON text (ruleText) and sent to the API as an object.
import type { RaRecord } from "react-admin";

/** What segment pages read (not the members connection). */
export const SEGMENT_FIELDS = ["id", "name", "description", "kind", "rule", "memberCount", "updatedAt", "version"];

export type ParsedRule = { ok: true; rule: unknown } | { ok: false };

export function parseRule(text: string): ParsedRule {
  if (!text.trim()) return { ok: false };
  try {
    const rule: unknown = JSON.parse(text);
    return rule && typeof rule === "object" && !Array.isArray(rule) ? { ok: true, rule } : { ok: false };
  } catch {
    return { ok: false };
  }
}

export const EXAMPLE_RULE = { and: [{ country: ["TR", "IR"] }, { or: [{ plan: ["STARTER"] }, { healthScore: { max: 39 } }] }] };

/** Form defaults: the stored rule as indented text (an example for a new segment). */
export const withRuleText = (record?: RaRecord) => ({
  ruleText: JSON.stringify(record?.rule ?? EXAMPLE_RULE, null, 2),
});

/** Before saving: a DYNAMIC segment sends its parsed rule; a STATIC one none. */
export function ruleFromText({ ruleText, rule: _rule, ...data }: RaRecord) {
  const parsed = parseRule(String(ruleText ?? ""));
  return data.kind === "STATIC" ? data : { ...data, rule: parsed.ok ? parsed.rule : null };
}

export const validJson = (value: string) => (parseRule(value ?? "").ok ? undefined : "resources.Segment.rule.invalidJson");
