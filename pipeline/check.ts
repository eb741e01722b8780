// The `check` command: what a run would make of an export folder, before anything is built. Every
// file and sheet is recognised, read and validated exactly as `run` does (in memory), and then
// described: the source and how it was matched, the header row, where each contract column comes
// from, rows read and the rejects the run would give. No database file is written.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { loadConfig } from "./config/schema.ts";
import { formatCount } from "./format.ts";
import { ingest } from "./ingest/index.ts";
import { queryRows } from "./ingest/sql.ts";
import { buildSettings, configFileFor, INSTANSI_FILE } from "./run.ts";
import { SOURCES } from "./sources/index.ts";

export interface CheckColumn {
  column: string;
  required: boolean;
  export_column: string | null;
  origin: "kolom" | "bawaan" | "tidak_ada";
  default_value: string | null;
}

export interface CheckReject {
  column: string | null;
  reason: string;
  rows: number;
  /** the first few lines (or Excel rows) */
  lines: number[];
}

export interface CheckFile {
  file: string;
  sheet: string | null;
  format: string;
  encoding: string | null;
  status: "dimuat" | "tidak_dikenali";
  source: string | null;
  matched_by: string | null;
  import_index: number | null;
  header_row: number | null;
  rows_read: number;
  rows_loaded: number;
  rows_rejected: number;
  rows_duplicate: number;
  note: string | null;
  columns: CheckColumn[];
  rejects: CheckReject[];
}

export interface CheckReport {
  input: string;
  config: string | null;
  /** true: `run` on this folder would succeed */
  ok: boolean;
  /** the one-line reason the run would stop with */
  error: string | null;
  files: CheckFile[];
  /** sources no file was found for */
  missing_sources: string[];
}

const LINES_SHOWN = 5;

export async function checkFolder(input: string, config?: string): Promise<CheckReport> {
  const configFile = configFileFor(input, config);
  const report: CheckReport = { input, config: configFile ?? null, ok: false, error: null, files: [], missing_sources: [] };
  const work = mkdtempSync(join(tmpdir(), "asn-check-"));
  // A throw-away database file, so that a large folder can spill and evict like a real run.
  const instance = await DuckDBInstance.create(join(work, "check.duckdb"), buildSettings(join(work, "spill")));
  const conn = await instance.connect();
  try {
    const settings = loadConfig(configFile);
    const exclude = [join(input, INSTANSI_FILE), ...(configFile ? [configFile] : [])];
    await ingest(conn, input, () => {}, { imports: settings.imports, exclude, workDir: work });
    const files = await queryRows<Omit<CheckFile, "columns" | "rejects">>(
      conn,
      `SELECT file, sheet, format, encoding, status, source, matched_by, import_index, header_row, rows_read, rows_loaded,
              rows_rejected, rows_duplicate, note
       FROM raw.load_report ORDER BY file, sheet NULLS FIRST`,
    );
    const columns = await queryRows<CheckColumn & { file: string; sheet: string | null }>(
      conn,
      `SELECT file, sheet, "column", required, export_column, origin, default_value FROM raw.load_columns ORDER BY file, sheet, position`,
    );
    const rejects = await queryRows<CheckReject & { file: string; sheet: string | null }>(
      conn,
      `SELECT file, sheet, "column", reason, count(*)::INTEGER AS rows, list(line ORDER BY line)[1:${LINES_SHOWN}] AS lines
       FROM raw.rejects GROUP BY ALL ORDER BY file, sheet, rows DESC, reason`,
    );
    const same = (a: { file: string; sheet: string | null }, b: { file: string; sheet: string | null }) => a.file === b.file && a.sheet === b.sheet;
    report.files = files.map((f) => ({
      ...f,
      columns: columns.filter((c) => same(c, f)).map(({ file: _f, sheet: _s, ...c }) => c),
      rejects: rejects.filter((r) => same(r, f)).map(({ file: _f, sheet: _s, ...r }) => r),
    }));
    const present = new Set(files.map((f) => f.source));
    report.missing_sources = SOURCES.map((s) => s.name).filter((n) => !present.has(n));
    report.ok = true;
  } catch (e) {
    report.error = e instanceof Error ? e.message.split("\n")[0] : String(e);
  } finally {
    conn.closeSync();
    instance.closeSync();
    rmSync(work, { recursive: true, force: true });
  }
  return report;
}

const MATCHED_BY: Record<string, string> = {
  nama_berkas: "dari nama berkas",
  judul_kolom: "dari judul kolom",
  peta_impor: "dari peta impor",
};

const where = (f: { file: string; sheet: string | null }) => (f.sheet === null ? f.file : `${f.file}, lembar "${f.sheet}"`);

/** The report as a BKPSDM analyst reads it, in Bahasa Indonesia. */
export function formatCheck(report: CheckReport): string {
  const out: string[] = [`Pemeriksaan folder ${report.input} (konfigurasi: ${report.config ?? "bawaan"})`, ""];
  if (!report.ok) {
    out.push(`TIDAK SIAP: ${report.error}`, "", "Perbaiki berkas atau konfigurasi yang disebut di atas, lalu jalankan check lagi.");
    return out.join("\n");
  }
  for (const f of report.files) {
    out.push(where(f));
    if (f.status === "tidak_dikenali") {
      out.push(`  TIDAK DIKENALI: ${f.note ?? ""}`, "");
      continue;
    }
    const how = f.matched_by === "peta_impor" && f.import_index !== null ? `dari peta impor imports[${f.import_index}]` : MATCHED_BY[f.matched_by ?? ""] ?? "";
    const headerless = SOURCES.find((s) => s.name === f.source)?.header === false;
    const header = headerless
      ? `tanpa baris judul, kolom menurut urutan${f.header_row ? ` (baris ${f.header_row} judul mesin, dilewati)` : ""}`
      : `judul kolom di baris ${f.header_row}`;
    const encoding = f.encoding === "windows-1252" ? ", dibaca sebagai Windows-1252 (bukan UTF-8)" : "";
    out.push(`  dikenali sebagai: ${f.source} (${how}); ${header}${encoding}`);
    const width = Math.max(...f.columns.map((c) => c.column.length));
    out.push("  kolom:");
    for (const c of f.columns) {
      const name = c.column.padEnd(width);
      if (c.origin === "kolom") out.push(`    ${name}  <- ${c.export_column}`);
      else if (c.origin === "bawaan") out.push(`    ${name}  = "${c.default_value}" (bawaan peta impor)`);
      else out.push(`    ${name}  -  tidak ada${c.required ? " (WAJIB)" : " (opsional, dibiarkan kosong)"}`);
    }
    const duplicate = f.rows_duplicate ? `, ${formatCount(f.rows_duplicate)} duplikat (digabung)` : "";
    out.push(`  baris: ${formatCount(f.rows_read)} dibaca, ${formatCount(f.rows_loaded)} akan dimuat, ${formatCount(f.rows_rejected)} akan ditolak${duplicate}`);
    if (f.rejects.length) {
      out.push("  penolakan:");
      const unit = f.sheet === null ? "baris" : "baris Excel";
      for (const r of f.rejects) {
        const more = r.rows > r.lines.length ? ", ..." : "";
        out.push(`    ${formatCount(r.rows)} x ${r.column ?? "baris"}: ${r.reason} (${unit} ${r.lines.join(", ")}${more})`);
      }
    }
    out.push("");
  }
  const loaded = report.files.filter((f) => f.status === "dimuat");
  const unknown = report.files.filter((f) => f.status === "tidak_dikenali");
  const sum = (pick: (f: CheckFile) => number) => formatCount(loaded.reduce((n, f) => n + pick(f), 0));
  out.push(
    `Ringkasan: ${formatCount(loaded.length)} berkas/lembar dikenali, ${formatCount(unknown.length)} tidak dikenali; ` +
      `${sum((f) => f.rows_read)} baris dibaca, ${sum((f) => f.rows_loaded)} akan dimuat, ${sum((f) => f.rows_rejected)} akan ditolak.`,
  );
  const missing = report.missing_sources.filter((s) => s !== "hari_libur");
  if (missing.length) out.push(`Sumber tanpa berkas (mart yang memerlukannya akan kosong): ${missing.join(", ")}.`);
  if (report.missing_sources.includes("hari_libur")) out.push("Tanpa hari_libur*.csv: hanya libur nasional dan cuti bersama bawaan yang dipakai (libur daerah tidak).");
  if (unknown.length) out.push("Berkas yang tidak dikenali tidak dibaca: ganti namanya sesuai kontrak data, atau tambahkan entri peta impor (imports) di instansi.json.");
  out.push("Hasil: SIAP. Perintah run akan berhasil; baris yang ditolak tercatat di marts.rejects.");
  return out.join("\n");
}
