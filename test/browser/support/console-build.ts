// The built console the browser tests load. Never admin/dist itself: `pnpm start` (another test file) or a
// developer may rebuild it mid-run, and its files would vanish under the browser. Instead a build of exactly the
// current console sources, kept by their content hash in node_modules/.cache: built once (about 15 s), reused by
// every later run until a source changes. CHURNSTILE_CONSOLE_DIST names a ready build to use instead.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { repoRoot } from "@churnstile/api/config";

const adminDir = path.join(repoRoot, "admin");
const cacheDir = path.join(repoRoot, "node_modules", ".cache", "churnstile-console");
const INPUTS = ["src", "public", "index.html", "vite.config.ts", "package.json", "tsconfig.json"];

function files(entry: string): string[] {
  if (!fs.existsSync(entry)) return [];
  if (!fs.statSync(entry).isDirectory()) return [entry];
  return fs
    .readdirSync(entry)
    .sort()
    .flatMap((name) => files(path.join(entry, name)));
}

/** SHA-256 over every console source (path and content) and the lockfile (dependency versions). */
function sourcesHash(): string {
  const hash = createHash("sha256").update("production build 2\0"); // bump when the build command changes
  const all = [...INPUTS.flatMap((input) => files(path.join(adminDir, input))), path.join(repoRoot, "pnpm-lock.yaml")];
  for (const file of all) hash.update(path.relative(repoRoot, file)).update("\0").update(fs.readFileSync(file)).update("\0");
  return hash.digest("hex").slice(0, 16);
}

/** A production build (vitest runs with NODE_ENV=test, which would bundle React's development build). */
function build(outDir: string) {
  const args = ["--filter", "@churnstile/admin", "exec", "vite", "build", "--outDir", outDir, "--emptyOutDir", "--logLevel", "warn"];
  const result = spawnSync("pnpm", args, {
    cwd: repoRoot,
    encoding: "utf8",
    env: { ...process.env, NODE_ENV: "production", NO_COLOR: "1", FORCE_COLOR: "0" },
  });
  if (result.status !== 0) throw new Error(`building the console failed:\n${result.stdout}\n${result.stderr}`);
}

let resolved: string | undefined;

/** A directory holding a complete build of the current console sources (index.html and assets/). */
export function consoleDist(): string {
  if (resolved) return resolved;
  const given = process.env.CHURNSTILE_CONSOLE_DIST;
  if (given) {
    resolved = path.resolve(given);
    return resolved;
  }
  const target = path.join(cacheDir, sourcesHash());
  if (!fs.existsSync(path.join(target, "index.html"))) {
    fs.mkdirSync(cacheDir, { recursive: true });
    const staging = `${target}.${process.pid}.tmp`;
    build(staging);
    try {
      fs.renameSync(staging, target); // atomic: a concurrent run sees a complete build or none
    } catch {
      fs.rmSync(staging, { recursive: true, force: true }); // another run finished the same build first
    }
  }
  // Builds of older sources more than a day old are no longer needed.
  for (const name of fs.readdirSync(cacheDir)) {
    const dir = path.join(cacheDir, name);
    if (dir !== target && Date.now() - fs.statSync(dir).mtimeMs > 86_400_000) fs.rmSync(dir, { recursive: true, force: true });
  }
  resolved = target;
  return target;
}
