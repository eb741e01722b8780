// The import map (`imports` in the instansi config): how to read an export whose layout no source
// knows, without code. Each entry names the source, a glob on file names, optionally the sheet and
// the header row, and maps contract columns to the export's header texts, export values to
// contract values, and fills columns the export lacks.
import { z } from "zod";
import { SOURCES } from "../sources/index.ts";
import { firstReason } from "../ingest/fields.ts";

const SOURCE_NAMES = SOURCES.map((s) => s.name) as [string, ...string[]];
const bySource = new Map(SOURCES.map((s) => [s.name, s]));

const text = z.string().trim().min(1, "tidak boleh kosong");

export const importEntry = z
  .object({
    source: z.enum(SOURCE_NAMES, { message: `sumber tidak dikenal (pilihan: ${SOURCE_NAMES.join(", ")})` }),
    /** Case-insensitive glob on the file's path under --input (`Rekap Izin*.xlsx`). */
    file: text,
    /** The sheet to read (case-insensitive); other sheets of a matching workbook are not this source. */
    sheet: text.optional(),
    /** The header's row (Excel row, or line of a text file); otherwise searched in the first 20. */
    header_row: z.number().int().min(1).max(10_000).optional(),
    /** contract column -> the export's header text (matched like any header: case, spaces and punctuation ignored) */
    columns: z.record(z.string(), text).default({}),
    /** contract column -> { export value -> contract value } (case- and space-insensitive) */
    values: z.record(z.string(), z.record(z.string(), z.string())).default({}),
    /** contract column -> the value every row gets (the column must not be mapped too) */
    defaults: z.record(z.string(), z.string()).default({}),
  })
  .strict()
  .superRefine((entry, ctx) => {
    const source = bySource.get(entry.source);
    if (!source) return;
    if (!source.header) {
      ctx.addIssue({ code: "custom", path: ["source"], message: `${entry.source} tidak memakai baris judul; peta impor tidak berlaku untuknya` });
      return;
    }
    const names = source.columns.map((c) => c.name);
    const unknown = (key: string, section: string) =>
      ctx.addIssue({ code: "custom", path: [section, key], message: `"${key}" bukan kolom ${entry.source} (kolom: ${names.join(", ")})` });
    for (const section of ["columns", "values", "defaults"] as const) {
      for (const key of Object.keys(entry[section])) if (!names.includes(key)) unknown(key, section);
    }
    for (const key of Object.keys(entry.defaults)) {
      if (key in entry.columns) ctx.addIssue({ code: "custom", path: ["defaults", key], message: `"${key}" sudah dipetakan di columns; pilih salah satu` });
    }
    // A mapped value or a default must itself be a valid value of its column.
    const check = (column: string, value: string, path: (string | number)[]) => {
      const spec = source.columns.find((c) => c.name === column);
      if (!spec) return;
      const parsed = spec.schema.safeParse(value);
      if (!parsed.success) ctx.addIssue({ code: "custom", path, message: `nilai "${value}" tidak sah untuk ${column}: ${firstReason(parsed.error)}` });
    };
    for (const [column, map] of Object.entries(entry.values)) {
      for (const [from, to] of Object.entries(map)) check(column, to, ["values", column, from]);
    }
    for (const [column, value] of Object.entries(entry.defaults)) check(column, value, ["defaults", column]);
  });

export type ImportEntry = z.infer<typeof importEntry>;

export const importsSchema = z.array(importEntry).default([]);
