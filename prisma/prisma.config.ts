// Read by the Prisma CLI. scripts/db.ts sets DATABASE_URL to the resolved URL (see src/database-url.ts)
// and PRISMA_SCHEMA_ENGINE_BINARY to tooling/schema-engine-shim.mjs, so every command works offline.
import path from "node:path";
import { defineConfig } from "prisma/config";

// PRISMA_SCHEMA lets tests run the CLI on a copy of the schema; migrations always sit beside the schema.
const schema = process.env.PRISMA_SCHEMA ?? "schema.prisma";

export default defineConfig({
  schema,
  migrations: { path: path.join(path.dirname(schema), "migrations") },
  datasource: { url: process.env.DATABASE_URL ?? "" },
});
