// `pnpm db:<command>`: the stock Prisma CLI, made to work offline by pointing it at our schema-engine shim.
//   generate | migrate [--name x] | deploy | status | reset [--force] | prisma <any prisma args>
import { spawnSync } from "node:child_process";
import path from "node:path";
import { loadConfig, repoRoot } from "@churnstile/api/config";

const prismaDir = path.join(repoRoot, "prisma");
const [command, ...rest] = process.argv.slice(2);
const commands: Record<string, string[]> = {
  generate: ["generate"],
  migrate: ["migrate", "dev"],
  deploy: ["migrate", "deploy"],
  status: ["migrate", "status"],
  reset: ["migrate", "reset"],
  prisma: [],
};
if (!command || !(command in commands)) {
  console.error(`usage: tsx scripts/db.ts <${Object.keys(commands).join("|")}> [prisma arguments]`);
  process.exit(2);
}

const config = loadConfig();
const bin = path.join(prismaDir, "node_modules", ".bin");
const result = spawnSync(path.join(bin, "prisma"), [...commands[command], ...rest], {
  cwd: prismaDir,
  stdio: "inherit",
  env: {
    ...process.env,
    DATABASE_URL: config.database.url,
    PRISMA_SCHEMA_ENGINE_BINARY: path.join(prismaDir, "tooling", "schema-engine-shim.mjs"),
    PATH: `${bin}${path.delimiter}${process.env.PATH}`, // the pothos generator must be on PATH
    PRISMA_HIDE_UPDATE_MESSAGE: "1",
    CHECKPOINT_DISABLE: "1", // no telemetry call: there is no network here
  },
});
process.exit(result.status ?? 1);
