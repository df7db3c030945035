// Nested reads are planned by the Prisma plugin (relationJoins): a page of 50 customers with their last 5
// tickets, their churn events and each event's reason must stay within 3 SQL statements, however many rows.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApi, type TestApi } from "./support/api.ts";
import { dbKinds } from "./support/database.ts";

const QUERY = `{
  allCustomers(perPage: 50, sortField: "name") {
    id name
    tickets(last: 5) { id subject kind openedAt }
    churnEvents { id type effectiveAt primaryReason { code ownerTeam } }
  }
  _allCustomersMeta { count }
}`;

describe.each(dbKinds)("SQL statements per request on %s", (kind) => {
  let api: TestApi;
  let token: string;
  beforeAll(async () => {
    api = await startTestApi(kind);
    token = await api.login("ANALYST");
    const prisma = api.db.prisma;
    const reason = await prisma.churnReason.findUniqueOrThrow({ where: { code: "PRICE" } });
    for (let i = 0; i < 60; i++) {
      await prisma.customer.create({
        data: {
          externalId: `n1-${i}`,
          name: `Customer ${String(i).padStart(2, "0")}`,
          country: "TR",
          plan: "GROWTH",
          signedUpAt: new Date("2025-01-01"),
          tickets: {
            create: Array.from({ length: 8 }, (_, t) => ({
              kind: "QUESTION" as const,
              channel: "EMAIL" as const,
              topic: "login",
              subject: `t${t}`,
              openedAt: new Date(Date.UTC(2025, 1, t + 1)),
            })),
          },
          churnEvents: {
            create: [
              {
                type: "VOLUNTARY",
                primaryReasonId: reason.id,
                requestedAt: new Date("2025-06-01"),
                effectiveAt: new Date("2025-06-30"),
                mrrLostMinor: 1000,
              },
            ],
          },
        },
      });
    }
  });
  afterAll(() => api.close());

  it("answers with the whole tree in at most 3 statements", async () => {
    api.db.sql.length = 0;
    const res = await api.gql<{ allCustomers: { tickets: { subject: string }[]; churnEvents: { primaryReason: { code: string } }[] }[] }>(
      QUERY,
      {},
      token,
    );
    expect(res.errors).toBeUndefined();
    const customers = res.data!.allCustomers;
    expect(customers).toHaveLength(50);
    expect(customers[0].tickets.map((t) => t.subject)).toEqual(["t7", "t6", "t5", "t4", "t3"]);
    expect(customers[0].churnEvents[0].primaryReason.code).toBe("PRICE");
    // the bearer-token lookup is authentication, not the query under test
    const statements = api.db.sql.filter((s) => !/"Session"|"ApiKey"/.test(s));
    expect(statements.length, statements.join("\n\n")).toBeLessThanOrEqual(3);
  });
});
