// What a source file (pipeline/sources/<source>.ts) declares, and the parts derived from it.
import { z } from "zod";
import { cellSchema, type Field, type FieldValue, type SqlType } from "./fields.ts";

export interface Column {
  /** The contract's column name, also the raw table's column. */
  name: string;
  /** Other header spellings; matching ignores case, spaces and punctuation anyway. */
  aliases: readonly string[];
  field: Field;
  /** Required: the header must have it and every row a value ("kolom wajib kosong" otherwise). */
  required: boolean;
  /** false: in the file but ignored (attlog's device column: the file name says it). */
  stored: boolean;
  /** The cell's schema: trimmed, empty handled, then `field.schema`. */
  schema: z.ZodType<FieldValue, string>;
}

export type Row = Record<string, FieldValue>;
/** A row-level problem: the column it is reported on and the reason. */
export interface RowProblem {
  column: string;
  reason: string;
}
/** What a row check may do instead of rejecting: fill columns it derives (the SKP period from its dates). */
export interface RowFix {
  set: Row;
}
/** Extensions of the files a source's name prefix matches: text, and both Excel formats. */
export const TABLE_EXTENSIONS = [".csv", ".txt", ".xlsx", ".xls"] as const;

export interface SourceSpec {
  /** Source name = raw table name. */
  name: string;
  /** What the file holds, in Bahasa Indonesia, for the Kualitas Data page and docs/kontrak-data.md. */
  about: string;
  /**
   * File name match, case-insensitive: `prefix` of a table's name (TABLE_EXTENSIONS), a `suffix`
   * (attlog), or a `pattern` over the whole name (GLog's `GLG_0001.TXT`).
   */
  file: { prefix: string } | { suffix: string } | { pattern: RegExp; shown: string };
  /** false: no header line, fields by position in `columns` order, tab-separated (attlog). */
  header?: boolean;
  /** Without a header: a first line matching this is a title, not a row (GLog's misaligned header). */
  titleLine?: RegExp;
  columns: readonly Column[];
  /** Natural key: one raw row per key; the last file (sorted by name), last line wins. */
  key: readonly string[];
  /** NIP columns whose value must be in raw.pegawai. */
  masterNips?: readonly string[];
  /** A column whose value comes from the file name (attlog: device_id), placed first. */
  fromFileName?: { column: string; value: (fileName: string) => string };
  /** A column resolved through another raw table loaded earlier (attlog: nip via mesin_pegawai), placed last. */
  lookup?: Lookup;
  /**
   * A check across columns of a row whose fields are each valid. `check` sees only `columns` (it
   * runs once per distinct combination of them, so keep them few). It may reject the row, or fill
   * columns among `columns` that follow from the others (a RowFix).
   */
  rowCheck?: { columns: readonly string[]; check: (row: Row) => RowProblem | RowFix | undefined };
}

export interface Lookup {
  column: string;
  table: string;
  /** this source's column -> the other table's column */
  match: Readonly<Record<string, string>>;
  /** A column of `match` that the other table may leave empty: its row then matches any value (a PIN on every machine). */
  wildcard?: string;
  value: string;
  /** Reject reason when nothing matches; `{col}` is replaced by the row's value of col. */
  reason: string;
  /** The column the reject is reported on. */
  reportOn: string;
}

export interface Source extends Required<Pick<SourceSpec, "name" | "about" | "file" | "columns" | "key" | "masterNips">> {
  header: boolean;
  titleLine?: RegExp;
  fromFileName?: SourceSpec["fromFileName"];
  lookup?: Lookup;
  rowCheck?: SourceSpec["rowCheck"];
  /** Loaded columns in table order, with their DuckDB types (plus source_file, source_line). */
  tableColumns: readonly { name: string; sqlType: SqlType }[];
  /** The row as validated: every cell's schema, then `rowCheck` (lookups against other tables excluded). */
  rowSchema: z.ZodType<Row, Record<string, string | undefined>>;
  matches(fileName: string): boolean;
}

export function column(
  name: string,
  field: Field,
  options: { optional?: boolean; aliases?: readonly string[]; stored?: boolean } = {},
): Column {
  const required = !options.optional;
  return {
    name,
    aliases: options.aliases ?? [],
    field,
    required,
    stored: options.stored ?? true,
    schema: cellSchema(field, required),
  };
}

export function defineSource(spec: SourceSpec): Source {
  const names = new Set(spec.columns.map((c) => c.name));
  const check = (list: readonly string[], what: string) => {
    for (const n of list) if (!names.has(n) && n !== spec.fromFileName?.column && n !== spec.lookup?.column) {
      throw new Error(`${spec.name}: ${what} ${n} bukan kolom sumber ini`);
    }
  };
  check(spec.key, "kunci");
  check(spec.masterNips ?? [], "masterNips");
  check(spec.rowCheck?.columns ?? [], "rowCheck");

  const tableColumns = [
    ...(spec.fromFileName ? [{ name: spec.fromFileName.column, sqlType: "VARCHAR" as const }] : []),
    ...spec.columns.filter((c) => c.stored).map((c) => ({ name: c.name, sqlType: c.field.sqlType })),
    ...(spec.lookup ? [{ name: spec.lookup.column, sqlType: "VARCHAR" as const }] : []),
  ];

  const cell = (c: Column) => z.string().optional().transform((v) => v ?? "").pipe(c.schema);
  const shape = Object.fromEntries(spec.columns.map((c) => [c.name, cell(c)]));
  const rowCheck = spec.rowCheck;
  const rowSchema = z.object(shape).superRefine((row, ctx) => {
    const problem = rowCheck?.check(row as Row);
    if (problem && "reason" in problem) ctx.addIssue({ code: "custom", path: [problem.column], message: problem.reason });
  }) as unknown as z.ZodType<Row, Record<string, string | undefined>>;

  const file = spec.file;
  const matches = (fileName: string): boolean => {
    const lower = fileName.toLowerCase();
    if ("pattern" in file) return file.pattern.test(fileName);
    if ("suffix" in file) return lower.endsWith(file.suffix);
    return lower.startsWith(file.prefix) && TABLE_EXTENSIONS.some((ext) => lower.endsWith(ext));
  };

  return {
    name: spec.name,
    about: spec.about,
    file,
    header: spec.header ?? true,
    titleLine: spec.titleLine,
    columns: spec.columns,
    key: spec.key,
    masterNips: spec.masterNips ?? [],
    fromFileName: spec.fromFileName,
    lookup: spec.lookup,
    rowCheck: spec.rowCheck,
    tableColumns,
    rowSchema,
    matches,
  };
}

/** The file names a source matches, as a user types them: `pegawai*`, `*_attlog.dat`, `GLG_*.TXT`. */
export function fileNames(source: Pick<Source, "file">): string {
  const f = source.file;
  if ("prefix" in f) return `${f.prefix}*`;
  if ("suffix" in f) return `*${f.suffix}`;
  return f.shown;
}
