// Listens. Everything the server does is in yoga.ts; start-up work in boot.ts.
import { createServer as createHttpServer } from "node:http";
import { startHealthRefresh } from "@churnstile/schema/health/refresh";
import { boot, demoLogins } from "./boot.ts";
import { loadConfig } from "./config.ts";
import { createServer } from "./yoga.ts";

const config = loadConfig();
const started = Date.now();
const { db, demoLoaded } = await boot(config);
const yoga = createServer(db, config);
const http = createHttpServer(yoga);
const health =
  config.healthRefreshMs > 0
    ? startHealthRefresh(db.prisma, config.healthRefreshMs, {
        onError: (e) => console.error("health refresh failed:", e),
        onSnapshots: (built, ms) => {
          if (built) console.log(`health backtest caches: ${built} rebuilt in ${(ms / 1000).toFixed(1)} s`);
        },
      })
    : null;

http.listen(config.port, config.host, () => {
  const base = config.publicUrl;
  const where = config.database.kind === "pglite" ? `embedded database in ${config.database.dataDir}` : "PostgreSQL";
  console.log(`\nChurnstile is ready in ${((Date.now() - started) / 1000).toFixed(1)} s (${where})`);
  console.log(`  console   ${base}/admin/`);
  console.log(`  GraphQL   ${base}/graphql${config.graphiql ? " (GraphiQL in the browser)" : ""}`);
  console.log(`  health    ${base}/healthz   ${base}/readyz`);
  if (demoLoaded || config.demoData) {
    const admin = demoLogins().find((u) => u.role === "ADMIN");
    if (admin) console.log(`  demo login  ${admin.email} / ${admin.password}  (other roles: see README)`);
  }
  console.log("");
});

const shutdown = (signal: string) => {
  console.log(`${signal}: shutting down`);
  http.close(
    () =>
      void (async () => {
        await health?.stop();
        await db.close();
        process.exit(0);
      })(),
  );
  setTimeout(() => process.exit(1), 10_000).unref();
};
process.on("SIGINT", () => shutdown("SIGINT"));
process.on("SIGTERM", () => shutdown("SIGTERM"));
