// The real API and the built console on a real HTTP port, in this process, over a fresh test database with the
// demo users, reference data and a small demo company. The browser reaches it like any user would.
import { createServer as createHttpServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { createServer } from "@churnstile/api";
import { adminAssets } from "@churnstile/api/static-admin";
import { seedDemo } from "@churnstile/prisma/demo";
import { seedDemoUsers } from "@churnstile/prisma/demo-users";
import { seedReferenceData } from "@churnstile/prisma/reference-data";
import { createTestDatabase, type TestDatabase } from "../../support/database.ts";
import { consoleDist } from "./console-build.ts";

export interface ConsoleServer {
  /** http://127.0.0.1:<port> */
  origin: string;
  /** The console's entry: <origin>/admin/ */
  console: string;
  db: TestDatabase;
  close: () => Promise<void>;
}

async function send(res: ServerResponse, response: Response) {
  res.writeHead(response.status, Object.fromEntries(response.headers));
  res.end(Buffer.from(await response.arrayBuffer()));
}

/** Demo data anchored at the start of the current month, so "this month" starts empty on any date the tests run. */
export async function startConsoleServer(options: { customers?: number } = {}): Promise<ConsoleServer> {
  const dist = consoleDist();
  const db = await createTestDatabase("pglite");
  await seedReferenceData(db.prisma);
  await seedDemoUsers(db.prisma);
  const now = new Date();
  await seedDemo(db, { customers: options.customers ?? 120, anchor: new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1)) });
  const yoga = createServer(db, { env: "development", graphiql: false, introspection: true, sessionTtlMs: 3600_000 });
  const assets = adminAssets(dist);
  const http = createHttpServer((req: IncomingMessage, res: ServerResponse) => {
    const asset = assets(new URL(req.url ?? "/", "http://localhost").pathname);
    if (asset) void send(res, asset);
    else void yoga(req, res);
  });
  await new Promise<void>((resolve) => http.listen(0, "127.0.0.1", resolve));
  const origin = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
  return {
    origin,
    console: `${origin}/admin/`,
    db,
    close: async () => {
      http.closeAllConnections();
      await new Promise((resolve) => http.close(resolve));
      await db.drop();
    },
  };
}
