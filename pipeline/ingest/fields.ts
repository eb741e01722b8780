// The field builders every source uses: one definition of each (nip, date, time, timestamp,
// decimal, int range, enum, text).
//
// A field has two halves that must agree:
// - `schema` (zod) is the definition: raw text -> normalised value, or an issue whose message is
//   the reason (Bahasa Indonesia) written to `rejects`.
// - `sql` recognises, inside DuckDB, values already in canonical form and types them. Most cells
//   of a 3M-row export are canonical, so they never leave DuckDB; every other distinct value is
//   handed once to `schema`. `sql` may decline a valid value but must never accept one that
//   `schema` rejects or would normalise differently (test/unit/ingest-fields.test.ts checks the
//   two against each other). It comes in two parts, a cheap candidate and the condition that
//   makes it canonical, so that DuckDB computes the candidate once per cell.
import { z } from "zod";
import { cleanNip, isRealDate, nipProblem } from "./nip.ts";
import { sqlString } from "./sql.ts";

export type SqlType = "VARCHAR" | "DATE" | "TIME" | "TIMESTAMP" | "DOUBLE" | "INTEGER";
export type FieldValue = string | number | null;

export interface Field {
  sqlType: SqlType;
  /** Trimmed, non-empty raw text -> normalised value (null only for an explicit "none", e.g. eselon "-"). */
  schema: z.ZodType<string | number | null, string>;
  sql: {
    /** Over the raw VARCHAR `x`: a candidate typed value (NULL: none). */
    value(x: string): string;
    /** Over the candidate `v` and `x`: true when `v` is the value `schema` would give. Absent: always. */
    valid?(v: string, x: string): string;
  };
  /** `sql` decides every value (free text): nothing is left for `schema`. */
  total?: boolean;
  /** A NIP: a spreadsheet number cell in this column has lost digits (prepare.ts). */
  nip?: boolean;
}

/** `field.sql` as one expression (NULL when undecided); the loader splits it to compute the candidate once. */
export function sqlOf(field: Field, x: string): string {
  const v = field.sql.value(x);
  return field.sql.valid ? `CASE WHEN ${field.sql.valid(v, x)} THEN ${v} END` : v;
}

/**
 * Cells are trimmed of Unicode space separators (category Zs: space, no-break space...), exactly
 * what DuckDB's `trim(x)` removes, so text trimmed in SQL and a cell trimmed here agree.
 */
export const trimSpaces = (s: string): string => s.replace(/^\p{Zs}+|\p{Zs}+$/gu, "");
const ZS = " \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000";
/**
 * Trimmed, empty as NULL. trim() copies every string it sees, so a long text without space at
 * either end is left alone (a plain space is checked first, as it is what exports pad with).
 */
export const sqlTrim = (x: string): string => {
  const edge = `${x} LIKE ' %' OR ${x} LIKE '% ' OR contains('${ZS}', ${x}[1]) OR contains('${ZS}', ${x}[-1])`;
  return `nullif(CASE WHEN ${edge} THEN trim(${x}) ELSE ${x} END, '')`;
};

/** What a parse function returns instead of a value: the reason the cell is rejected. */
class Problem {
  constructor(readonly reason: string) {}
}
/** A zod field from a parse function. */
function parsed<T extends string | number | null>(parse: (s: string) => T | Problem): z.ZodType<T, string> {
  return z.string().transform((s, ctx) => {
    const out = parse(s);
    if (out instanceof Problem) {
      ctx.addIssue({ code: "custom", message: out.reason });
      return z.NEVER;
    }
    return out;
  });
}

const pad2 = (n: number): string => String(n).padStart(2, "0");

// ---- text -------------------------------------------------------------------------------------

/** Free text, kept as written (trimmed). */
export function text(): Field {
  return { sqlType: "VARCHAR", schema: z.string(), sql: { value: sqlTrim }, total: true };
}

/** An identifier compared case-insensitively, stored upper-case (device ids: `fp0101_attlog.dat` is FP0101). */
export function code(): Field {
  return {
    sqlType: "VARCHAR",
    schema: z.string().transform((s) => s.toUpperCase()),
    sql: { value: (x) => `upper(${sqlTrim(x)})` },
    total: true,
  };
}

// ---- nip --------------------------------------------------------------------------------------

/** An 18-digit NIP, checked for PNS and PPPK alike (docs/aturan.md#nip); PNS-only checks are in pegawai. */
export function nip(): Field {
  return {
    sqlType: "VARCHAR",
    schema: parsed((s) => {
      const problem = nipProblem(s);
      return problem ? new Problem(problem) : cleanNip(s);
    }),
    sql: { value: () => "NULL::VARCHAR" },
    nip: true,
  };
}

// ---- dates and times --------------------------------------------------------------------------

const ISO_DATE = /^(\d{4})([-/])(\d{1,2})\2(\d{1,2})$/;
const DMY_DATE = /^(\d{1,2})([/-])(\d{1,2})\2(\d{4})$/;

/** `YYYY-MM-DD` (also `YYYY/MM/DD`, as fingerprint machines write), `DD/MM/YYYY` or `DD-MM-YYYY` -> ISO, or undefined. */
export function parseDate(s: string): string | undefined {
  let y: number, m: number, d: number;
  const iso = ISO_DATE.exec(s);
  const dmy = iso ? null : DMY_DATE.exec(s);
  if (iso) [y, m, d] = [+iso[1], +iso[3], +iso[4]];
  else if (dmy) [y, m, d] = [+dmy[4], +dmy[3], +dmy[1]];
  else return undefined;
  return isRealDate(y, m, d) ? `${y}-${pad2(m)}-${pad2(d)}` : undefined;
}

/** A date in a known format but not on the calendar (30 February) or out of range is told apart. */
function dateProblem(s: string): string {
  const iso = ISO_DATE.exec(s);
  const dmy = iso ? null : DMY_DATE.exec(s);
  if (!iso && !dmy) return "format tanggal tidak dikenali";
  const year = Number(iso ? iso[1] : dmy![4]);
  return year < 1900 || year > 2099 ? "tahun di luar 1900-2099" : "tanggal tidak ada di kalender";
}

export function date(): Field {
  return {
    sqlType: "DATE",
    schema: parsed((s) => parseDate(s) ?? new Problem(dateProblem(s))),
    sql: {
      value: (x) => `TRY_CAST(${x} AS DATE)`,
      valid: (v, x) => `${x} >= '1900' AND ${x} < '2100' AND CAST(${v} AS VARCHAR) = ${x}`,
    },
  };
}

const TIME = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/;

/** `HH:MM` or `HH:MM:SS` (hour may be one digit) -> `HH:MM:SS`; 24:00 and beyond are impossible. */
export function parseTime(s: string): string | Problem {
  const t = TIME.exec(s);
  if (!t) return new Problem("format jam tidak dikenali");
  const [h, m, sec] = [+t[1], +t[2], t[3] === undefined ? 0 : +t[3]];
  if (h > 23 || m > 59 || sec > 59) return new Problem("jam tidak mungkin");
  return `${pad2(h)}:${pad2(m)}:${pad2(sec)}`;
}

export function time(): Field {
  return {
    sqlType: "TIME",
    schema: parsed(parseTime),
    // DuckDB's TIME also takes 24:00:00, fractions and one-digit fields: the pattern refuses them.
    sql: {
      value: (x) => `TRY_CAST(${x} AS TIME)`,
      valid: (_, x) => `regexp_full_match(${x}, '([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9])?')`,
    },
  };
}

const GLOG_TIMESTAMP = "%Y/%m/%d  %H:%M:%S";

/** A local wall-clock date and time (`YYYY-MM-DD HH:MM:SS`, either half in any accepted format); never shifted through UTC. */
export function timestamp(): Field {
  return {
    sqlType: "TIMESTAMP",
    schema: parsed((s) => {
      const parts = s.split(/\s+/);
      if (parts.length !== 2) return new Problem("format waktu tidak dikenali");
      const day = parseDate(parts[0]);
      if (!day) return new Problem(dateProblem(parts[0]));
      const clock = parseTime(parts[1]);
      return clock instanceof Problem ? clock : `${day} ${clock}`;
    }),
    // Canonical: `YYYY-MM-DD HH:MM:SS`, and GLog's `YYYY/MM/DD  HH:MM:SS` (two spaces), so that a
    // machine's million punches never leave DuckDB.
    sql: {
      value: (x) => `coalesce(TRY_CAST(${x} AS TIMESTAMP), TRY_STRPTIME(${x}, '${GLOG_TIMESTAMP}'))`,
      valid: (v, x) =>
        `${x} >= '1900' AND ${x} < '2100' AND ((${x} LIKE '____-__-__ __:__:__' AND CAST(${v} AS VARCHAR) = ${x}) ` +
        `OR (${x} LIKE '____/__/__  __:__:__' AND strftime(${v}, '${GLOG_TIMESTAMP}') = ${x}))`,
    },
  };
}

// ---- numbers ----------------------------------------------------------------------------------

const decimalText = (n: number): string => String(n).replace(".", ",");
const rangeText = (min: number, max: number): string => `${decimalText(min)} s.d. ${decimalText(max)}`;

/** A decimal written with `.` or `,` (no thousands separators), within [min, max]. */
export function decimal(min: number, max: number): Field {
  return {
    sqlType: "DOUBLE",
    schema: parsed((s) => {
      if (!/^[+-]?\d+(?:[.,]\d+)?$/.test(s)) return new Problem("bukan angka");
      const n = Number(s.replace(",", "."));
      return n >= min && n <= max ? n : new Problem(`di luar rentang ${rangeText(min, max)}`);
    }),
    sql: {
      value: (x) => `coalesce(TRY_CAST(${x} AS DOUBLE), TRY_CAST(replace(${x}, ',', '.') AS DOUBLE))`,
      valid: (v, x) => `regexp_full_match(${x}, '[+-]?[0-9]+([.,][0-9]+)?') AND ${v} BETWEEN ${min} AND ${max}`,
    },
  };
}

/** A whole number within [min, max]. */
export function int(min: number, max: number): Field {
  return {
    sqlType: "INTEGER",
    schema: parsed((s) => {
      if (!/^[+-]?\d+$/.test(s)) return new Problem("bukan bilangan bulat");
      const n = Number(s);
      return n >= min && n <= max ? n : new Problem(`di luar rentang ${rangeText(min, max)}`);
    }),
    sql: {
      value: (x) => `TRY_CAST(${x} AS INTEGER)`,
      valid: (v, x) => `CAST(${v} AS VARCHAR) = ${x} AND ${v} BETWEEN ${min} AND ${max}`,
    },
  };
}

// ---- enums ------------------------------------------------------------------------------------

/** Spelling-insensitive form: `Di Atas Ekspektasi`, `di_atas_ekspektasi` and `DIATAS-EKSPEKTASI` are one. */
export const compact = (s: string): string => s.toLowerCase().replace(/[^a-z0-9]/g, "");

/**
 * One of `values` (stored as written there), recognised in any spelling of the value or of its
 * aliases; `none` lists spellings that mean "no value" (e.g. eselon "-").
 */
export function oneOf(values: readonly string[], aliases: Record<string, readonly string[]> = {}, none: readonly string[] = []): Field {
  const byCompact = new Map<string, string | null>();
  const add = (spelling: string, value: string | null) => {
    const key = compact(spelling);
    const known = byCompact.get(key);
    if (known !== undefined && known !== value) throw new Error(`ejaan "${spelling}" dipakai dua nilai`);
    byCompact.set(key, value);
  };
  for (const v of values) add(v, v);
  for (const [v, spellings] of Object.entries(aliases)) {
    if (!values.includes(v)) throw new Error(`alias untuk nilai yang tidak ada: ${v}`);
    for (const s of spellings) add(s, v);
  }
  for (const s of none) add(s, null);
  const listed = values.join(", ");
  return {
    sqlType: "VARCHAR",
    schema: parsed((s) => {
      const v = byCompact.get(compact(s));
      return v === undefined ? new Problem(`nilai tidak dikenali (pilihan: ${listed})`) : v;
    }),
    sql: { value: (x) => x, valid: (_, x) => `${x} IN (${values.map(sqlString).join(", ")})` },
  };
}

// ---- columns ----------------------------------------------------------------------------------

export const EMPTY = "kolom wajib kosong";

/** A field wrapped for a cell: trimmed; empty is rejected (EMPTY) when required, else null. */
export function cellSchema(field: Field, required: boolean): z.ZodType<FieldValue, string> {
  const trimmed = z.string().transform(trimSpaces);
  return required
    ? trimmed.pipe(z.string().min(1, EMPTY)).pipe(field.schema)
    : trimmed.transform((s) => (s === "" ? null : s)).pipe(field.schema.nullable());
}

/** The first issue's message: the reason a cell (or row) is rejected. */
export function firstReason(error: z.ZodError): string {
  return error.issues[0]?.message ?? "tidak valid";
}
