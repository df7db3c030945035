// Runs the project's own commands as a user would (pnpm scripts), with a chosen environment.
import { spawn } from "node:child_process";
import { repoRoot } from "@churnstile/api/config";

export interface CliResult {
  code: number | null;
  output: string;
}

export function runCli(args: string[], env: Record<string, string> = {}, timeoutMs = 280_000): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn("pnpm", args, { cwd: repoRoot, env: { ...process.env, ...env, FORCE_COLOR: "0" } });
    let output = "";
    child.stdout.on("data", (d) => (output += d));
    child.stderr.on("data", (d) => (output += d));
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`pnpm ${args.join(" ")} timed out after ${timeoutMs} ms:\n${output}`));
    }, timeoutMs);
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}
