// ticketStats: support load per active customer (and its two-sided band), complaint topics, times, CSAT.

import { DEFAULT_HEALTH_THRESHOLDS } from "@churnstile/prisma/reference-data";
import { canReadMetrics } from "../access.ts";
import { builder } from "../builder.ts";
import { badInput } from "../errors.ts";
import { loadScoringModel } from "../health/model.ts";
import { checkRange } from "../metrics/sql.ts";
import { type Bucket, type Duration, type TicketStats, ticketStats } from "../metrics/ticket-stats.ts";
import { MetricRatio, type RangeArgs, rangeArgs, TIME_RULES } from "./metrics.common.ts";

type Band = TicketStats["tooFew"];
type Topic = TicketStats["topComplaintTopics"][number];
type Csat = TicketStats["csatDistribution"][number];

const TicketRateBucket = builder.objectRef<Bucket>("TicketRateBucket").implement({
  description:
    "Active customers whose tickets per month fall in [fromPerMonth, toPerMonth); the first bucket (0 to 0) is customers with no ticket.",
  fields: (t) => ({
    fromPerMonth: t.exposeFloat("fromPerMonth", {
      description: "Lower edge, tickets per month (inclusive; the 0 to 0 bucket is exactly 0 tickets).",
    }),
    toPerMonth: t.exposeFloat("toPerMonth", { nullable: true, description: "Upper edge (exclusive); null for the open last bucket." }),
    customers: t.exposeInt("customers", { description: "Active customers in the bucket." }),
    share: t.field({ type: MetricRatio, description: "customers ÷ active customers.", resolve: (b) => b.share }),
  }),
});

const TicketBand = builder.objectRef<Band>("TicketBand").implement({
  description: "Active customers outside the healthy ticket band on one side.",
  fields: (t) => ({
    threshold: t.exposeFloat("threshold", { description: "The band edge, tickets per customer per month." }),
    customers: t.exposeInt("customers", { description: "Active customers beyond the edge." }),
    share: t.field({ type: MetricRatio, description: "customers ÷ active customers.", resolve: (b) => b.share }),
  }),
});

const ComplaintTopic = builder.objectRef<Topic>("ComplaintTopic").implement({
  description: "A complaint topic and how often it came up.",
  fields: (t) => ({
    topic: t.exposeString("topic", { description: "Ticket.topic." }),
    count: t.exposeInt("count", { description: "COMPLAINT tickets with this topic." }),
    share: t.field({ type: MetricRatio, description: "count ÷ all COMPLAINT tickets in the range.", resolve: (x) => x.share }),
  }),
});

const TicketDuration = builder.objectRef<Duration>("TicketDuration").implement({
  description: "A ticket time in hours from openedAt, over the tickets that have it (percentile_cont, interpolated).",
  fields: (t) => ({
    count: t.exposeInt("count", { description: "Tickets with the timestamp set." }),
    medianHours: t.exposeFloat("medianHours", { nullable: true, description: "Median hours; null without tickets." }),
    p90Hours: t.exposeFloat("p90Hours", { nullable: true, description: "90th percentile hours; null without tickets." }),
  }),
});

const CsatScore = builder.objectRef<Csat>("CsatScore").implement({
  description: "How many rated tickets got one CSAT score.",
  fields: (t) => ({
    score: t.exposeInt("score", { description: "1 (worst) to 5 (best)." }),
    count: t.exposeInt("count", { description: "Tickets rated so." }),
    share: t.field({ type: MetricRatio, description: "count ÷ rated tickets.", resolve: (c) => c.share }),
  }),
});

const TicketStatsType = builder.objectRef<TicketStats>("TicketStats").implement({
  description: "Support tickets opened in [from, to) by the selected customers.",
  fields: (t) => ({
    months: t.exposeFloat("months", { description: "Length of the range in months (days ÷ 30.4375): the per-month rates' divisor." }),
    tickets: t.exposeInt("tickets", { description: "Tickets opened in the range." }),
    activeCustomers: t.exposeInt("activeCustomers", {
      description: "Customers active at some time in the range (a paid subscription overlapping it).",
    }),
    ticketsPerActiveCustomerPerMonth: t.field({
      type: MetricRatio,
      description: "Tickets of active customers ÷ (active customers × months).",
      resolve: (s) => s.ticketsPerActiveCustomerPerMonth,
    }),
    distribution: t.field({
      type: [TicketRateBucket],
      description: "Active customers by their tickets per month.",
      resolve: (s) => s.distribution,
    }),
    tooFew: t.field({
      type: TicketBand,
      description: "Active customers below tooFewBelow tickets per month (disengaged: silence is a signal).",
      resolve: (s) => s.tooFew,
    }),
    tooMany: t.field({
      type: TicketBand,
      description: "Active customers above tooManyAbove tickets per month (the product is hard for them).",
      resolve: (s) => s.tooMany,
    }),
    complaints: t.exposeInt("complaints", { description: "COMPLAINT tickets in the range." }),
    topComplaintTopics: t.field({
      type: [ComplaintTopic],
      description: "The commonest complaint topics, most first.",
      resolve: (s) => s.topComplaintTopics,
    }),
    firstResponse: t.field({ type: TicketDuration, description: "firstResponseAt − openedAt.", resolve: (s) => s.firstResponse }),
    resolution: t.field({ type: TicketDuration, description: "resolvedAt − openedAt.", resolve: (s) => s.resolution }),
    csatAverage: t.field({ type: MetricRatio, description: "Sum of CSAT scores ÷ rated tickets (1-5).", resolve: (s) => s.csatAverage }),
    csatDistribution: t.field({ type: [CsatScore], description: "Rated tickets per score 1-5.", resolve: (s) => s.csatDistribution }),
  }),
});

builder.queryField("ticketStats", (t) =>
  t.field({
    type: TicketStatsType,
    authScopes: canReadMetrics,
    description:
      "Ticket statistics over tickets with openedAt in [from, to). Tickets per active customer: a customer is active when a paid subscription " +
      "overlaps the range; its rate = its tickets in the range ÷ months in the range. Too few (rate < tooFewBelow) and too many (rate > " +
      "tooManyAbove) are the two sides of the healthy band. Top complaint topics count COMPLAINT tickets. First response and resolution: median " +
      `and 90th percentile hours. CSAT: average and distribution over rated tickets. ${TIME_RULES}`,
    args: {
      ...rangeArgs(t),
      tooFewBelow: t.arg.float({
        description: "Tickets per month below which a customer is 'too few' (default: the active health model's ticketBand.lowPerMonth).",
      }),
      tooManyAbove: t.arg.float({
        description: "Tickets per month above which a customer is 'too many' (default: the active health model's ticketBand.highPerMonth).",
      }),
      topTopics: t.arg.int({ required: true, defaultValue: 10, description: "How many complaint topics to list (1-100, default 10)." }),
    },
    resolve: async (_root, args, ctx) => {
      const given = args as RangeArgs & { tooFewBelow?: number | null; tooManyAbove?: number | null; topTopics: number };
      // one band for the dashboard and the health score: the one the active model scores against
      const band = (await loadScoringModel(ctx.prisma))?.thresholds.ticketBand ?? DEFAULT_HEALTH_THRESHOLDS.ticketBand;
      const a = { ...given, tooFewBelow: given.tooFewBelow ?? band.lowPerMonth, tooManyAbove: given.tooManyAbove ?? band.highPerMonth };
      checkRange(a.from, a.to);
      if (a.tooFewBelow < 0) throw badInput("tooFewBelow", "must not be negative");
      if (a.tooManyAbove < a.tooFewBelow) throw badInput("tooManyAbove", "must not be below tooFewBelow");
      if (a.topTopics < 1 || a.topTopics > 100) throw badInput("topTopics", "must be between 1 and 100");
      return ticketStats(ctx.prisma, a);
    },
  }),
);
