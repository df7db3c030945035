// Exit-survey responses to logged churn: most are sent as a link, some taken by phone or in the console;
// some completed (answers in the customer's language), some still pending with their token, older ones expired.
import type { SurveyChannel } from "../../generated/enums.ts";
import { EXIT_REASON_CODES } from "../reference/reasons.ts";
import type { DemoCustomer } from "./churn-events.ts";
import { type DemoContext, days } from "./context.ts";
import { type RowBuffer, ts } from "./csv.ts";
import { Weighted } from "./random.ts";
import type { Churn, Story } from "./story.ts";
import { SURVEY_COMMENTS } from "./texts.ts";

// biome-ignore format: a table
const SURVEY_CHANNELS = new Weighted<SurveyChannel>([["LINK", 70], ["PHONE", 15], ["CONSOLE", 15]]);

export interface SurveyPlan {
  churnEventId: number;
  sentAt: number;
  submittedAt: number | null; // null: not (yet) answered
  viaLink: boolean; // the churn was logged from the survey itself
}

/** Writes the response; returns the satisfaction answer (1-5) when it was completed. */
export function writeExitSurvey(ctx: DemoContext, out: RowBuffer, cu: DemoCustomer, s: Story, c: Churn, plan: SurveyPlan): number | null {
  const { rng, anchor, refs } = ctx;
  const id = ctx.nextId("ExitSurveyResponse");
  const completed = plan.submittedAt !== null;
  const channel = plan.viaLink ? "LINK" : SURVEY_CHANNELS.pick(rng);
  const expiresAt = plan.sentAt + days(30);
  const reason = plan.viaLink || rng.chance(0.85) ? c.reason : rng.pick(EXIT_REASON_CODES.filter((r) => ctx.reasonAllows(r, c.type)));
  const satisfaction = c.type === "INVOLUNTARY" ? rng.int(3, 5) : c.type === "PASSIVE" ? rng.int(2, 4) : rng.int(1, 3);
  const answers = completed
    ? {
        reason,
        satisfaction,
        alternative: c.type === "COMPETITIVE" ? "COMPETITOR" : rng.pick(["NOTHING", "NOTHING", "IN_HOUSE", "OTHER"]),
        ...(c.competitor ? { competitor: c.competitor } : {}),
        comeBack: s.winBack ? rng.pick(["YES", "MAYBE"]) : rng.pick(["YES", "MAYBE", "MAYBE", "NO", "NO"]),
        ...(rng.chance(0.5) ? { comments: rng.pick(SURVEY_COMMENTS[cu.locale]) } : {}),
      }
    : null;
  out.add("ExitSurveyResponse", {
    id,
    templateId: refs.exitTemplateId,
    customerId: cu.id,
    churnEventId: plan.churnEventId,
    token: `${id.toString(36)}${rng.hex(30)}`, // unique by its id prefix; demo tokens are reproducible by design
    status: completed ? "COMPLETED" : expiresAt < anchor ? "EXPIRED" : "PENDING",
    channel,
    locale: cu.locale,
    answers,
    submittedAt: plan.submittedAt === null ? null : ts(plan.submittedAt),
    submittedById: completed && channel !== "LINK" ? cu.ownerId : null,
    expiresAt: ts(expiresAt),
    createdAt: ts(plan.sentAt),
  });
  return completed ? satisfaction : null;
}
