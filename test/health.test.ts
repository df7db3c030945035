import { createServer } from "@churnstile/api";
import { openDatabase, resolveDatabaseUrl } from "@churnstile/prisma";
import { migrationNames } from "@churnstile/prisma/migrate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApi, type TestApi } from "./support/api.ts";
import { dbKinds } from "./support/database.ts";

describe.each(dbKinds)("health endpoints on %s", (kind) => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi(kind);
  });
  afterAll(() => api.close());

  it("/healthz answers while the process is up", async () => {
    const res = await api.fetch("/healthz");
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: "ok" });
  });

  it("/readyz is ready once every migration is applied", async () => {
    const res = await api.fetch("/readyz");
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: "ready", migrations: migrationNames().length });
  });
});

describe("readiness before migrations", () => {
  const pending = openDatabase(resolveDatabaseUrl("pglite:memory", ""));
  afterAll(async () => (await pending).close());

  it("/readyz answers 503 on an unmigrated database", async () => {
    const yoga = createServer(
      await pending,
      { env: "test", graphiql: false, introspection: false, sessionTtlMs: 1000 },
      { error: () => {} },
    );
    const res = await yoga.fetch("http://test/readyz");
    expect(res.status).toBe(503);
    expect(((await res.json()) as { status: string }).status).toBe("database unavailable");
  });
});
