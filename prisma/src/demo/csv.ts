// CSV encoding for COPY, and the per-chunk buffer the generator writes rows into.
import { COLUMNS, LOAD_ORDER, type Table, type TableRows } from "./rows.ts";

// Column kinds for CSV: free text is quoted (an unquoted empty field would be NULL, and text may hold commas
// or quotes); JSON is quoted too; booleans are t/f; everything else (ids, numbers, enum values, timestamps,
// dates) never needs quoting and is written as is.
const TEXT_COLUMNS = new Set([
  "externalId",
  "name",
  "email",
  "company",
  "city",
  "industry",
  "competitor",
  "notes",
  "summary",
  "topic",
  "subject",
  "failureCode",
  "token",
  "locale",
  "outcomeNote",
  "offer",
]);
const JSON_COLUMNS = new Set(["answers"]);
const BOOLEAN_COLUMNS = new Set(["abusive", "preventable", "winBackEligible", "inbound"]);

function text(v: string | null | undefined): string {
  if (v === null || v === undefined) return "";
  return v.includes('"') ? `"${v.replaceAll('"', '""')}"` : `"${v}"`;
}
const json = (v: unknown) => (v === null || v === undefined ? "" : text(JSON.stringify(v)));

type Encoder = (row: object, encode: { text: typeof text; json: typeof json }) => string;
/** One line encoder per table, compiled once from its column list: fixed property reads and no per-field type
 *  tests make encoding several times faster than a generic loop (it dominates at a million customers). */
const ENCODERS = Object.fromEntries(
  (Object.keys(COLUMNS) as Table[]).map((t) => {
    const fields = COLUMNS[t].map((c) => {
      const read = `row[${JSON.stringify(c)}]`;
      if (TEXT_COLUMNS.has(String(c))) return `encode.text(${read})`;
      if (JSON_COLUMNS.has(String(c))) return `encode.json(${read})`;
      if (BOOLEAN_COLUMNS.has(String(c))) return `(${read} ? "t" : "f")`;
      return `(${read} ?? "")`;
    });
    return [t, new Function("row", "encode", `return "" + ${fields.join(' + "," + ')};`) as Encoder];
  }),
) as Record<Table, Encoder>;
const ENCODE = { text, json };

/** Growable byte buffer for one table's CSV. Lines are gathered into a short string and copied into the buffer
 *  every ~16 KB: the strings die young (holding millions of lines until the chunk is loaded made garbage
 *  collection dominate), and one write per batch costs far less than one per line. */
class CsvSink {
  private bytes = Buffer.allocUnsafe(1 << 16);
  private length = 0;
  private pending = "";
  rows = 0;

  push(line: string): void {
    this.pending += `${line}\n`;
    this.rows++;
    if (this.pending.length > 16_384) this.flush();
  }

  private flush(): void {
    const need = this.length + Buffer.byteLength(this.pending);
    if (need > this.bytes.length) {
      const bigger = Buffer.allocUnsafe(Math.max(this.bytes.length * 2, need));
      this.bytes.copy(bigger, 0, 0, this.length);
      this.bytes = bigger;
    }
    this.length += this.bytes.write(this.pending, this.length);
    this.pending = "";
  }

  take(): Buffer {
    this.flush();
    const out = this.bytes.subarray(0, this.length);
    this.bytes = Buffer.allocUnsafe(this.bytes.length); // the taken bytes may still be streaming to the database
    this.length = 0;
    this.rows = 0;
    return out;
  }
}

/** One chunk's rows as CSV per table, plus running counts over the whole run. */
export class RowBuffer {
  private sinks = new Map<Table, CsvSink>();
  readonly counts = Object.fromEntries(LOAD_ORDER.map((t) => [t, 0])) as Record<Table, number>;

  add<T extends Table>(table: T, row: TableRows[T]): void {
    let sink = this.sinks.get(table);
    if (!sink) {
      sink = new CsvSink();
      this.sinks.set(table, sink);
    }
    sink.push(ENCODERS[table](row, ENCODE));
    this.counts[table]++;
  }

  /** Take the CSV of every table with rows (in load order) and empty the buffer. */
  drain(): { table: Table; csv: Buffer; rows: number }[] {
    const out: { table: Table; csv: Buffer; rows: number }[] = [];
    for (const table of LOAD_ORDER) {
      const sink = this.sinks.get(table);
      if (sink?.rows) out.push({ table, rows: sink.rows, csv: sink.take() });
    }
    return out;
  }
}

export const DAY_MS = 86_400_000;
const dayTexts: string[] = [];
/** YYYY-MM-DD of a UTC time; cached per day because millions of rows share a few hundred days. */
export function day(ms: number): string {
  const n = Math.floor(ms / DAY_MS);
  let text = dayTexts[n];
  if (text === undefined) {
    text = new Date(n * DAY_MS).toISOString().slice(0, 10);
    dayTexts[n] = text;
  }
  return text;
}
const two = (n: number) => (n < 10 ? `0${n}` : String(n));
/** A UTC timestamp as PostgreSQL reads it ("2026-03-01 14:05:09.120"), without a Date per value. */
export function ts(time: number): string {
  const ms = Math.floor(time); // story dates may carry fractions of a millisecond
  const rest = ms - Math.floor(ms / DAY_MS) * DAY_MS;
  const millis = rest % 1000;
  const seconds = Math.floor(rest / 1000);
  return `${day(ms)} ${two(Math.floor(seconds / 3600))}:${two(Math.floor(seconds / 60) % 60)}:${two(seconds % 60)}.${millis < 10 ? "00" : millis < 100 ? "0" : ""}${millis}`;
}
