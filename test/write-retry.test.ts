// A write that PostgreSQL aborts as a deadlock (or serialization failure) is run again from the start, with nothing
// of the aborted attempt left behind; other errors are not retried, and a write that keeps failing gives up.
import type { Context } from "@churnstile/schema/context";
import { WRITE_ATTEMPTS, writeTx } from "@churnstile/schema/write";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, dbKinds, type TestDatabase } from "./support/database.ts";

// What PostgreSQL raises when it breaks a deadlock, raised on purpose inside the transaction. PostgreSQL only: PGlite
// serves one connection at a time, so nothing there can deadlock (and its adapter names no conflict kind).
const DEADLOCK = `DO $$ BEGIN RAISE EXCEPTION 'deadlock detected' USING ERRCODE = '40P01'; END $$`;

describe.each(dbKinds)("write transactions on %s", (kind) => {
  let db: TestDatabase;
  let ctx: Context;
  const settings = () => db.prisma.appSetting.findMany({ where: { key: { startsWith: "retry-test" } }, orderBy: { key: "asc" } });

  beforeAll(async () => {
    db = await createTestDatabase(kind);
    ctx = { prisma: db.prisma, actor: null, requestId: "retry-test", token: null, sessionTtlMs: 0, publicUrl: "" };
  });
  afterAll(() => db?.drop());

  it.runIf(kind === "postgres")("runs a write again after a deadlock, keeping only the attempt that committed", async () => {
    let attempts = 0;
    const result = await writeTx(ctx, async (tx) => {
      attempts += 1;
      await tx.appSetting.create({ data: { key: `retry-test-${attempts}`, value: attempts } });
      if (attempts < 3) await tx.$executeRawUnsafe(DEADLOCK);
      return attempts;
    });
    expect(result).toBe(3);
    expect((await settings()).map((s) => s.key)).toEqual(["retry-test-3"]);
  });

  it.runIf(kind === "postgres")("gives up after a bounded number of attempts, and never retries other errors", async () => {
    let attempts = 0;
    await expect(
      writeTx(ctx, async (tx) => {
        attempts += 1;
        await tx.$executeRawUnsafe(DEADLOCK);
      }),
    ).rejects.toThrow();
    expect(attempts).toBe(WRITE_ATTEMPTS);

    attempts = 0;
    await expect(
      writeTx(ctx, async () => {
        attempts += 1;
        throw new Error("not a conflict");
      }),
    ).rejects.toThrow("not a conflict");
    expect(attempts).toBe(1);
  });
});
