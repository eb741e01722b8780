// Where a run's time goes: every ingest step and every model is a stage with its wall time and
// rows, so that `run --profile` (and the benchmark) can name the few stages that cost the most.
// Recording is cheap and always on; counting a model's rows and DuckDB's own profiling (one JSON
// plan per stage, its last statement) only happen when asked for.
import { mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import type { DuckDBConnection } from "@duckdb/node-api";
import { formatCount, formatSeconds } from "./format.ts";

export interface Stage {
  /** e.g. `ingest attlog: baca`, `intermediate.int_attendance_days` */
  name: string;
  ms: number;
  /** rows produced (read, loaded, or the table's rows), when known */
  rows?: number;
}

export class Profile {
  readonly stages: Stage[] = [];
  /** Whether the caller wants row counts of every model (one count(*) each). */
  readonly detailed: boolean;
  /** A folder for DuckDB's JSON profile of each stage (`ASN_DUCKDB_PROFILE` or `run --profile-duckdb`). */
  readonly duckdbDir?: string;
  private profiled = 0;

  constructor(opts: { detailed?: boolean; duckdbDir?: string } = {}) {
    this.detailed = opts.detailed ?? false;
    this.duckdbDir = opts.duckdbDir ? resolve(opts.duckdbDir) : undefined;
    if (this.duckdbDir) mkdirSync(this.duckdbDir, { recursive: true });
  }

  /** Runs `fn` as the stage `name`; `rows` reads its row count from the result. */
  async time<T>(conn: DuckDBConnection, name: string, fn: () => Promise<T>, rows?: (result: T) => number | undefined): Promise<T> {
    if (this.duckdbDir) {
      const file = join(this.duckdbDir, `${String(++this.profiled).padStart(3, "0")}-${name.replace(/[^A-Za-z0-9_.-]+/g, "_")}.json`);
      await conn.run(`PRAGMA enable_profiling = 'json'; SET profiling_output = '${file.replaceAll("'", "''")}'`);
    }
    const started = performance.now();
    try {
      const result = await fn();
      this.add(name, performance.now() - started, rows?.(result));
      return result;
    } finally {
      if (this.duckdbDir) await conn.run("PRAGMA disable_profiling");
    }
  }

  add(name: string, ms: number, rows?: number): void {
    const same = this.stages.find((s) => s.name === name);
    // A stage run once per file (reading attlog's 31 machines) adds up under one name.
    if (same) {
      same.ms += ms;
      if (rows !== undefined) same.rows = (same.rows ?? 0) + rows;
    } else this.stages.push({ name, ms, rows });
  }

  /** The `n` longest stages, longest first. */
  top(n: number): Stage[] {
    return [...this.stages].sort((a, b) => b.ms - a.ms).slice(0, n);
  }

  /** The report `run --profile` prints: the longest stages, then the share they take. */
  format(n = 15, totalMs?: number): string[] {
    const total = totalMs ?? this.stages.reduce((sum, s) => sum + s.ms, 0);
    const share = new Intl.NumberFormat("id-ID", { style: "percent", maximumFractionDigits: 0 });
    const lines = this.top(n).map((s) => {
      const rows = s.rows === undefined ? "" : `, ${formatCount(s.rows)} baris${s.ms > 0 ? ` (${formatCount(Math.round(s.rows / (s.ms / 1000)))} baris/dtk)` : ""}`;
      return `  ${formatSeconds(s.ms).padStart(9)}  ${share.format(s.ms / total).padStart(4)}  ${s.name}${rows}`;
    });
    return [`profil: ${Math.min(n, this.stages.length)} tahap terlama dari ${formatCount(this.stages.length)} (jumlah ${formatSeconds(total)})`, ...lines];
  }
}
