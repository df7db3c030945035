// Read by the Prisma CLI. scripts/db.ts sets DATABASE_URL to the resolved URL (see src/database-url.ts)
// and PRISMA_SCHEMA_ENGINE_BINARY to tooling/schema-engine-shim.mjs, so every command works offline.
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "schema.prisma",
  migrations: { path: "migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "" },
});
