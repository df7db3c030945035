// The README's API examples are real: each ```graphql block runs without errors on a fresh database.
import fs from "node:fs";
import path from "node:path";
import { repoRoot } from "@churnstile/api/config";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApi, type TestApi } from "./support/api.ts";
import { customerWith } from "./support/scenarios.ts";

const blocks = [...fs.readFileSync(path.join(repoRoot, "README.md"), "utf8").matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1]);

describe("README API examples", () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi("pglite");
    const first = await customerWith(api, { subscriptions: [4000, 1000] }); // the examples refer to customer 1
    expect(first.id).toBe(1);
  });
  afterAll(() => api.close());

  it("has the documented examples", () => {
    expect(blocks.length).toBeGreaterThanOrEqual(4);
  });

  it("runs every example in order as the README describes", async () => {
    let token: string | null = null;
    for (const block of blocks) {
      const res: { errors?: unknown[]; data?: Record<string, { token?: string }> } = await api.gql(block, {}, token);
      expect(res.errors, block).toBeUndefined();
      token ??= res.data?.login?.token ?? null;
    }
    const churn = await api.db.prisma.churnEvent.findFirstOrThrow({ where: { customerId: 1 } });
    expect(churn.type).toBe("VOLUNTARY");
  });
});
