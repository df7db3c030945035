// `pnpm start`: build what must be built (Prisma client, the console), then start the server, which
// migrates the database and loads demo data on the first run.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { repoRoot } from "@churnstile/api/config";

function newestMtime(entry: string): number {
  if (!fs.existsSync(entry)) return 0;
  const stat = fs.statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...fs.readdirSync(entry).map((name) => newestMtime(path.join(entry, name))));
}

function run(title: string, args: string[]) {
  console.log(`${title}…`);
  const result = spawnSync("pnpm", args, { cwd: repoRoot, stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

if (!fs.existsSync(path.join(repoRoot, "prisma", "generated", "client.ts"))) run("generating the Prisma client", ["db:generate"]);

const admin = path.join(repoRoot, "admin");
const built = newestMtime(path.join(admin, "dist", "index.html"));
const sources = Math.max(...["src", "index.html", "vite.config.ts", "package.json", "public"].map((f) => newestMtime(path.join(admin, f))));
if (built < sources) run("building the console", ["--filter", "@churnstile/admin", "build"]);

await import("../api/src/server.ts");
