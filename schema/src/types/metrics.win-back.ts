// winBack: how many churned customers came back within a window, and which retention action brought them.
import { canReadMetrics } from "../access.ts";
import { builder } from "../builder.ts";
import { WIN_BACK_WINDOW_DAYS } from "../domain/win-back.ts";
import { badInput } from "../errors.ts";
import { checkRange } from "../metrics/sql.ts";
import { type WinBack, winBack } from "../metrics/win-back.ts";
import { MetricRatio, type RangeArgs, rangeArgs, SOURCE_OF_TRUTH, TIME_RULES } from "./metrics.common.ts";

const MAX_WINDOW_DAYS = 730;

const WinBackByAction = builder.objectRef<WinBack["byAction"][number]>("WinBackByAction").implement({
  description: "Win-backs attributed to one retention action kind.",
  fields: (t) => ({
    actionKind: t.exposeString("actionKind", {
      description: "The ActionKind of the attributed retention action, or NONE when unattributed.",
    }),
    wonBack: t.exposeInt("wonBack", { description: "Customers won back with this attribution." }),
    rate: t.field({
      type: MetricRatio,
      description: "wonBack ÷ all churned customers (the kinds' rates add up to the win-back rate).",
      resolve: (r) => r.rate,
    }),
    share: t.field({ type: MetricRatio, description: "wonBack ÷ all won-back customers.", resolve: (r) => r.share }),
  }),
});

const WinBackType = builder.objectRef<WinBack>("WinBack").implement({
  description: "Customers churned in the range and how many came back within the window.",
  fields: (t) => ({
    churned: t.exposeInt("churned", { description: "Customers whose MRR reached zero at some instant in [from, to)." }),
    wonBack: t.exposeInt("wonBack", {
      description: "Of them, customers active again within windowDays after their (first) churn in the range.",
    }),
    rate: t.field({ type: MetricRatio, description: "Win-back rate = wonBack ÷ churned.", resolve: (w) => w.rate }),
    byAction: t.field({
      type: [WinBackByAction],
      description: "wonBack split by the retention action kind it is attributed to, most first.",
      resolve: (w) => w.byAction,
    }),
  }),
});

builder.queryField("winBack", (t) =>
  t.field({
    type: WinBackType,
    authScopes: canReadMetrics,
    description:
      "Win-back rate = customers churned in period P who are active again within window W (default 90 days) ÷ customers churned in P; " +
      "attributed to the retention action that preceded it. P = [from, to); churned = the customer's MRR reached zero at an instant t in P " +
      "(its first such instant counts; REVENUE churn never zeroes MRR); active again = a paid subscription starts after t and before t + W. " +
      "Attribution: the first REACTIVATION movement in that window names the retention action (MrrMovement.retentionActionId → " +
      `RetentionAction.kind); NONE when it names none. Windows that have not ended yet may still grow. ${SOURCE_OF_TRUTH} ${TIME_RULES}`,
    args: {
      ...rangeArgs(t),
      windowDays: t.arg.int({
        required: true,
        defaultValue: WIN_BACK_WINDOW_DAYS,
        description: `Window W in days (1-${MAX_WINDOW_DAYS}, default ${WIN_BACK_WINDOW_DAYS}).`,
      }),
    },
    resolve: (_root, args, ctx) => {
      const a = args as RangeArgs & { windowDays: number };
      checkRange(a.from, a.to);
      if (a.windowDays < 1 || a.windowDays > MAX_WINDOW_DAYS) throw badInput("windowDays", `must be between 1 and ${MAX_WINDOW_DAYS}`);
      return winBack(ctx.prisma, a);
    },
  }),
);
