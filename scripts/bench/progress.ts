// A progress bar per load step (a plain line per step when stdout is not a terminal, e.g. in CI logs), and a
// tiny work queue: chunks of one step run on `workers` connections at once (the load is CPU-bound in PostgreSQL).
import cliProgress from "cli-progress";

export interface Progress {
  tick: (units: number) => void;
  done: () => number;
}

export function progress(label: string, total: number): Progress {
  const started = performance.now();
  const bar = process.stdout.isTTY
    ? new cliProgress.SingleBar(
        { format: `${label.padEnd(20)} [{bar}] {percentage}% | {value}/{total} | {duration_formatted}`, hideCursor: true },
        cliProgress.Presets.shades_classic,
      )
    : null;
  bar?.start(total, 0);
  let value = 0;
  return {
    tick: (units) => {
      value += units;
      bar?.update(value);
    },
    done: () => {
      const seconds = (performance.now() - started) / 1000;
      bar?.stop();
      if (!bar) console.log(`${label.padEnd(20)} ${total} in ${seconds.toFixed(1)} s`);
      return seconds;
    },
  };
}

/** Runs `tasks` with at most `workers` in flight; rejects on the first failure. */
export async function runQueue(tasks: (() => Promise<void>)[], workers: number): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const task = tasks[next++];
      await task();
    }
  };
  await Promise.all(Array.from({ length: Math.min(workers, tasks.length) }, worker));
}

/** [lo, hi] id ranges of at most `size` covering 1..total. */
export function chunks(total: number, size: number): [number, number][] {
  const out: [number, number][] = [];
  for (let lo = 1; lo <= total; lo += size) out.push([lo, Math.min(total, lo + size - 1)]);
  return out;
}
