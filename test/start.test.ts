// `pnpm start` as a user runs it, on an empty data directory: it migrates, loads demo data, builds the
// console if needed, and serves GraphQL, health and the console; SIGTERM shuts it down cleanly.
import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { repoRoot } from "@churnstile/api/config";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });

describe("pnpm start on an empty data directory", () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "churnstile-start-"));
  let child: ChildProcess;
  let output = "";
  let base = "";

  beforeAll(async () => {
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    child = spawn("pnpm", ["start"], {
      cwd: repoRoot,
      env: { ...process.env, DATA_DIR: dataDir, PORT: String(port), DATABASE_URL: "", DEMO_CUSTOMERS: "150", FORCE_COLOR: "0" },
      detached: true, // its own process group, signalled as a terminal's Ctrl-C or a service manager would
    });
    child.stdout?.on("data", (d) => (output += d));
    child.stderr?.on("data", (d) => (output += d));
    const deadline = Date.now() + 280_000;
    while (!output.includes("Churnstile is ready")) {
      if (child.exitCode !== null) throw new Error(`pnpm start exited with ${child.exitCode}:\n${output}`);
      if (Date.now() > deadline) throw new Error(`pnpm start did not become ready:\n${output}`);
      await new Promise((r) => setTimeout(r, 250));
    }
  }, 300_000);

  afterAll(async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((r) => child.once("exit", r));
      process.kill(-child.pid!, "SIGTERM");
      await exited;
    }
    fs.rmSync(dataDir, { recursive: true, force: true });
  }, 30_000);

  it("prints the URLs and the demo login", () => {
    expect(output).toContain(`${base}/admin/`);
    expect(output).toContain(`${base}/graphql`);
    expect(output).toMatch(/demo login\s+admin@churnstile\.local \/ churnstile-admin/);
  });

  it("is healthy and ready", async () => {
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    const ready = await fetch(`${base}/readyz`);
    expect(ready.status).toBe(200);
  });

  it("serves the console and GraphiQL", async () => {
    const admin = await fetch(`${base}/admin/`);
    expect(admin.status).toBe(200);
    expect(await admin.text()).toContain('<div id="root">');
    const graphiql = await fetch(`${base}/graphql`, { headers: { accept: "text/html" } });
    expect(await graphiql.text()).toContain("GraphiQL");
  });

  it("has the demo data and lets the demo admin in", async () => {
    const gql = async (query: string, token?: string) =>
      (await (
        await fetch(`${base}/graphql`, {
          method: "POST",
          headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
          body: JSON.stringify({ query }),
        })
      ).json()) as { data: Record<string, { token?: string; count?: number }> };
    const login = await gql(`mutation { login(email: "admin@churnstile.local", password: "churnstile-admin") { token } }`);
    const count = await gql(`{ _allCustomersMeta(filter: { includeDeleted: true }) { count } }`, login.data.login.token);
    expect(count.data._allCustomersMeta.count).toBe(150);
  });

  it("stops on SIGTERM and frees its port", async () => {
    const exited = new Promise((r) => child.once("exit", r));
    process.kill(-child.pid!, "SIGTERM");
    await exited;
    for (
      let i = 0;
      i < 40 &&
      (await fetch(`${base}/healthz`).then(
        () => true,
        () => false,
      ));
      i++
    )
      await new Promise((r) => setTimeout(r, 250));
    await expect(fetch(`${base}/healthz`)).rejects.toThrow();
    expect(output).toContain("SIGTERM: shutting down");
  }, 20_000);
});
