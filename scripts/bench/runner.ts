// Times each metric through the real GraphQL server (createServer + yoga.fetch, authenticated with an API key
// holding `read` and `metrics`, as a BI tool would be): warm-up runs first, then `runs` timed runs, one request at
// a time, stopping early (after at least 3) once a metric has used its time budget. Reports median and p95 per
// metric against the target.
import { inspect } from "node:util";
import { createServer } from "@churnstile/api";
import type { Database } from "@churnstile/prisma";
import { newApiKeySecret } from "@churnstile/schema/auth";
import type { Operation } from "./operations.ts";

export const TARGET_MEDIAN_MS = 300;

export interface MetricResult {
  metric: string;
  medianMs: number;
  p95Ms: number;
  minMs: number;
  maxMs: number;
  runs: number;
  pass: boolean;
  error?: string;
}

/** The q-quantile of sorted samples (nearest rank). */
const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
const median = (sorted: number[]) => {
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

export async function timeMetrics(
  db: Database,
  operations: Operation[],
  options: { runs: number; warmup: number; budgetMs: number; onResult?: (r: MetricResult) => void },
): Promise<MetricResult[]> {
  let unexpected = ""; // the server hides unexpected errors from the caller and logs them: keep the last one for the report
  const log = {
    error: (...args: unknown[]) => {
      unexpected = args.map((a) => (a instanceof Error && a.message ? a.message : inspect(a, { depth: 3 }).slice(0, 600))).join(" ");
    },
  };
  const yoga = createServer(db, { env: "production", graphiql: false, introspection: false, sessionTtlMs: 3600_000 }, log);
  const { prefix, secretHash, token } = newApiKeySecret();
  const key = await db.prisma.apiKey.create({ data: { name: "metrics benchmark", prefix, secretHash, scopes: ["read", "metrics"] } });
  const request = async (op: Operation) => {
    const res = await yoga.fetch(
      new Request("http://bench/graphql", {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: op.query, variables: op.variables }),
      }),
    );
    const body = (await res.json()) as { errors?: { message: string }[] };
    if (body.errors?.length) throw new Error(`${body.errors.map((e) => e.message).join("; ")} ${unexpected}`.trim());
  };
  const results: MetricResult[] = [];
  try {
    for (const op of operations) {
      const samples: number[] = [];
      let error: string | undefined;
      try {
        for (let i = 0; i < options.warmup; i++) await request(op);
        const started = performance.now();
        for (let i = 0; i < options.runs; i++) {
          if (i >= 3 && performance.now() - started > options.budgetMs) break; // a slow metric: enough samples
          const t0 = performance.now();
          await request(op);
          samples.push(performance.now() - t0);
        }
      } catch (e) {
        error = (e as Error).message;
      }
      const sorted = samples.sort((a, b) => a - b);
      const round = (ms: number | undefined) => Math.round((ms ?? Number.NaN) * 10) / 10;
      const result: MetricResult = {
        metric: op.name,
        medianMs: round(sorted.length ? median(sorted) : undefined),
        p95Ms: round(quantile(sorted, 0.95)),
        minMs: round(sorted[0]),
        maxMs: round(sorted.at(-1)),
        runs: sorted.length,
        pass: !error && sorted.length > 0 && median(sorted) < TARGET_MEDIAN_MS,
        ...(error ? { error } : {}),
      };
      results.push(result);
      options.onResult?.(result);
    }
  } finally {
    await db.prisma.apiKey.update({ where: { id: key.id }, data: { revokedAt: new Date() } });
  }
  return results;
}

/** The results as a fixed-width table (also pasted into the README's Benchmark section). */
export function formatTable(results: MetricResult[]): string {
  const head = ["metric", "median ms", "p95 ms", "runs", `< ${TARGET_MEDIAN_MS} ms`];
  const rows = results.map((r) => [
    r.metric,
    r.medianMs.toFixed(1),
    r.p95Ms.toFixed(1),
    String(r.runs),
    r.error ? "ERROR" : r.pass ? "pass" : "FAIL",
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(" | ")} |`;
  const rule = `|${widths.map((w, i) => (i === 0 ? `:${"-".repeat(w + 1)}` : `${"-".repeat(w + 1)}:`)).join("|")}|`;
  return [line(head), rule, ...rows.map(line)].join("\n");
}
