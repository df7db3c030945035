// Monthly engagement per customer (logins, active days and weeks, e-mails, offers): the early-warning signals.
// Tools ingest them with createEngagementSnapshot / updateEngagementSnapshot; one row per customer and month.
import type { Prisma } from "@churnstile/prisma";
import { z } from "zod";
import { adminOnly, canRead, canWrite } from "../access.ts";
import { builder } from "../builder.ts";
import { defineCrud, sent } from "../crud.ts";
import { badInput } from "../errors.ts";
import { between, fk, idsIn, liveCustomer, liveCustomerId, range } from "../filters.ts";
import { defineList } from "../lists.ts";

const COUNTS = {
  logins: "Logins in the month.",
  activeDays: "Days with at least one login (at most the days in the month).",
  activeWeeks: "Weeks with at least one login: weekly engagement (at most 6).",
  emailsSent: "E-mails sent to the customer.",
  emailsOpened: "Of those, e-mails opened (at most emailsSent).",
  offersSent: "Offers and bonuses sent.",
  offersRedeemed: "Of those, offers redeemed (at most offersSent).",
} as const;
type CountField = keyof typeof COUNTS;

builder.prismaObject("EngagementSnapshot", {
  description: "One customer's engagement in one calendar month (UTC).",
  fields: (t) => ({
    id: t.exposeID("id", { description: "Stable identifier." }),
    customer: t.relation("customer", { description: "Whose engagement." }),
    periodStart: t.expose("periodStart", { type: "DateTime", description: "First day of the month it covers (00:00 UTC)." }),
    ...(Object.fromEntries(Object.entries(COUNTS).map(([k, description]) => [k, t.exposeInt(k as CountField, { description })])) as Record<
      CountField,
      ReturnType<typeof t.exposeInt>
    >),
  }),
});

const EngagementSnapshotFilter = builder.inputType("EngagementSnapshotFilter", {
  description: "Narrows an engagement list; all given conditions must hold.",
  fields: (t) => ({
    ids: t.idList({ description: "Only these ids." }),
    customerId: t.id({ description: "Only this customer's months." }),
    periodFrom: t.field({ type: "DateTime", description: "Months starting on or after this instant." }),
    periodTo: t.field({ type: "DateTime", description: "Months starting before this instant." }),
    loginsMin: t.int({ description: "At least this many logins." }),
    loginsMax: t.int({ description: "At most this many logins (e.g. 5 to find falling engagement)." }),
    activeWeeksMax: t.int({ description: "At most this many active weeks." }),
  }),
});

defineList({
  model: "EngagementSnapshot",
  plural: "EngagementSnapshots",
  connection: "engagementSnapshots",
  filter: EngagementSnapshotFilter,
  sortable: ["periodStart", "customerId", "logins", "activeDays", "activeWeeks", "emailsOpened", "offersRedeemed"],
  authScopes: canRead,
  where: (f): Prisma.EngagementSnapshotWhereInput => ({
    ...liveCustomer,
    ...idsIn(f?.ids),
    ...fk("customerId", f?.customerId),
    ...range("periodStart", f?.periodFrom, f?.periodTo),
    ...between("logins", f?.loginsMin, f?.loginsMax),
    ...between("activeWeeks", null, f?.activeWeeksMax),
  }),
});

type MutationT = Parameters<NonNullable<Parameters<typeof defineCrud>[0]["create"]>["args"]>[0];
type Counts = Partial<Record<CountField, number | null>>;
type CreateArgs = Counts & { customerId: string; periodStart: Date };

const count = z.number().int("must be a whole number").min(0, "must not be negative").max(1_000_000, "is too large");
const countArgs = (t: MutationT) =>
  Object.fromEntries(
    Object.entries(COUNTS).map(([k, description]) => [k, t.arg.int({ description: `${description} Default 0.`, validate: count })]),
  );

const daysInMonth = (d: Date) => new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();

/** The rules between counts, checked on the row as it will be after the write. */
function checkCounts(row: Record<CountField, number>, periodStart: Date) {
  if (row.activeDays > daysInMonth(periodStart))
    throw badInput("activeDays", `must be at most ${daysInMonth(periodStart)}, the days in that month`);
  if (row.activeWeeks > 6) throw badInput("activeWeeks", "must be at most 6 (a month touches at most 6 weeks)");
  if (row.activeDays > row.logins) throw badInput("activeDays", "must not exceed logins (each active day has a login)");
  if (row.emailsOpened > row.emailsSent) throw badInput("emailsOpened", "must not exceed emailsSent");
  if (row.offersRedeemed > row.offersSent) throw badInput("offersRedeemed", "must not exceed offersSent");
}
const zeros = Object.fromEntries(Object.keys(COUNTS).map((k) => [k, 0])) as Record<CountField, number>;
const countsOf = (args: Counts) =>
  Object.fromEntries(Object.entries(sent(args)).filter(([, v]) => v != null)) as Partial<Record<CountField, number>>;

defineCrud<CreateArgs, Counts>({
  model: "EngagementSnapshot",
  authScopes: canWrite,
  create: {
    args: (t) => ({
      customerId: t.arg.id({ required: true, description: "Whose engagement." }),
      periodStart: t.arg({
        type: "DateTime",
        required: true,
        description: "First day of the month (UTC), e.g. 2026-03-01T00:00:00Z. One row per customer and month: a second is a CONFLICT.",
        validate: z
          .date()
          .refine((d) => d.getUTCDate() === 1 && d.getTime() % 86_400_000 === 0, "must be the first day of a month at 00:00 UTC"),
      }),
      ...countArgs(t),
    }),
    data: async ({ customerId, periodStart, ...counts }, _ctx, tx) => {
      const row = { ...zeros, ...countsOf(counts) };
      checkCounts(row, periodStart);
      return { customerId: await liveCustomerId(tx, customerId), periodStart, ...row };
    },
  },
  update: {
    args: (t) => countArgs(t),
    data: (counts, _ctx, current) => {
      const before = current as unknown as Record<CountField, number> & { periodStart: Date };
      const changed = countsOf(counts);
      checkCounts({ ...before, ...changed }, before.periodStart);
      return changed;
    },
  },
  remove: { authScopes: adminOnly },
});
