// What the subscription commands refuse: each refusal names the field to fix (or is NOT_FOUND) and writes nothing —
// no subscription, movement or audit row, and every customer's MRR, status and version as they were.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApi, type TestApi } from "./support/api.ts";
import { dbKinds } from "./support/database.ts";
import { expectError } from "./support/fixtures.ts";
import { at, counts, customerWith, productId } from "./support/scenarios.ts";

const COMMANDS = {
  start: ["startSubscription", "StartSubscriptionInput"],
  change: ["changeSubscription", "ChangeSubscriptionInput"],
  end: ["endSubscription", "EndSubscriptionInput"],
} as const;
type Command = keyof typeof COMMANDS;
const documentOf = (command: Command) =>
  `mutation($input: ${COMMANDS[command][1]}!) { ${COMMANDS[command][0]}(input: $input) { subscription { id } customer { mrrMinor } } }`;

const FEB = "2026-02-01T00:00:00.000Z";
const MAR = "2026-03-01T00:00:00.000Z";

describe.each(dbKinds)("subscription command refusals on %s", (kind) => {
  let api: TestApi;
  let agent: string;
  let product: number;
  beforeAll(async () => {
    api = await startTestApi(kind);
    agent = await api.login("AGENT");
    product = await productId(api);
  });
  afterAll(() => api.close());

  /** A running customer's first subscription. */
  const subscriptionOf = async (s: Parameters<typeof customerWith>[1] = {}) => {
    const c = await customerWith(api, s);
    return (await api.db.prisma.subscription.findFirstOrThrow({ where: { customerId: c.id } })).id;
  };
  const starting = async (over: object) => ({
    customerId: (await customerWith(api)).id,
    productId: product,
    mrrMinor: 7000,
    startedAt: MAR,
    ...over,
  });

  type Case = [what: string, command: Command, code: string, field: string | undefined, input: () => Promise<object>];
  const cases: Case[] = [
    ["a zero MRR", "start", "BAD_USER_INPUT", "input.mrrMinor", () => starting({ mrrMinor: 0 })],
    ["an unknown product", "start", "BAD_USER_INPUT", "input.productId", () => starting({ productId: 999999 })],
    [
      "a retired product",
      "start",
      "BAD_USER_INPUT",
      "input.productId",
      async () => {
        const code = `RETIRED_${Date.now()}`;
        const retired = await api.db.prisma.product.create({ data: { code, name: "Old", category: "x", priceMinor: 1, active: false } });
        return starting({ productId: retired.id });
      },
    ],
    ["a currency that is no ISO code", "start", "BAD_USER_INPUT", "input.currency", () => starting({ currency: "dollars" })],
    ["another currency than the customer's", "start", "BAD_USER_INPUT", "input.currency", () => starting({ currency: "EUR" })],
    [
      "a start before the latest change",
      "start",
      "BAD_USER_INPUT",
      "input.startedAt",
      () => starting({ startedAt: "2024-12-31T00:00:00Z" }),
    ],
    [
      "a deleted customer",
      "start",
      "NOT_FOUND",
      "input.customerId",
      async () => {
        const input = await starting({});
        await api.db.prisma.customer.update({ where: { id: input.customerId }, data: { deletedAt: new Date() } });
        return input;
      },
    ],
    ["an unknown customer", "start", "NOT_FOUND", undefined, () => starting({ customerId: 999999 })],
    ["an unknown subscription", "end", "NOT_FOUND", undefined, async () => ({ subscriptionId: 999999 })],
    [
      "an end before the start",
      "end",
      "BAD_USER_INPUT",
      "input.endedAt",
      async () => ({ subscriptionId: await subscriptionOf(), endedAt: "2024-06-01T00:00:00Z" }),
    ],
    [
      "ending the last subscription while a payment failure is open",
      "end",
      "BAD_USER_INPUT",
      "input.subscriptionId",
      async () => {
        const subscriptionId = await subscriptionOf({ status: "PAST_DUE" });
        const { customerId } = await api.db.prisma.subscription.findUniqueOrThrow({ where: { id: subscriptionId } });
        await api.db.prisma.paymentFailure.create({
          data: { customerId, amountMinor: 5000, failureCode: "card_expired", failedAt: at(FEB) },
        });
        return { subscriptionId, endedAt: MAR };
      },
    ],
    [
      "a change to the same MRR",
      "change",
      "BAD_USER_INPUT",
      "input.mrrMinor",
      async () => ({ subscriptionId: await subscriptionOf(), mrrMinor: 5000 }),
    ],
    [
      "a negative MRR",
      "change",
      "BAD_USER_INPUT",
      "input.mrrMinor",
      async () => ({ subscriptionId: await subscriptionOf(), mrrMinor: -5 }),
    ],
    [
      "a change before the start",
      "change",
      "BAD_USER_INPUT",
      "input.effectiveAt",
      async () => ({ subscriptionId: await subscriptionOf(), mrrMinor: 6000, effectiveAt: "2024-06-01T00:00:00Z" }),
    ],
    [
      "a change of an ended subscription",
      "change",
      "BAD_USER_INPUT",
      "input.subscriptionId",
      async () => {
        const subscriptionId = await subscriptionOf();
        await api.db.prisma.subscription.update({ where: { id: subscriptionId }, data: { endedAt: at(FEB) } });
        return { subscriptionId, mrrMinor: 6000, effectiveAt: MAR };
      },
    ],
  ];

  it.each(cases)("refuses %s (%s) and writes nothing", async (_what, command, code, field, input) => {
    const sent = await input();
    const snapshot = async () => ({
      ...(await counts(api)),
      subscriptions: await api.db.prisma.subscription.findMany({ orderBy: { id: "asc" } }),
      customers: await api.db.prisma.customer.findMany({
        select: { id: true, mrrMinor: true, status: true, version: true },
        orderBy: { id: "asc" },
      }),
    });
    const before = await snapshot();
    const res = await api.gql(documentOf(command), { input: sent }, agent);
    expectError(res, code, field);
    expect(await snapshot()).toEqual(before);
  });

  it("leaves the commands to the roles that write churn: an analyst is FORBIDDEN", async () => {
    const res = await api.gql(documentOf("end"), { input: { subscriptionId: await subscriptionOf() } }, await api.login("ANALYST"));
    expectError(res, "FORBIDDEN");
  });
});
