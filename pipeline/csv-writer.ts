// Buffered CSV output: rows are built as strings and written in ~1 MB chunks, never per row. The
// sample generator writes its exports with it, and ingestion the sheets it converts for DuckDB.
// Not papaparse's unparse, which the loaders use (src/data/lib/query.ts toCsv): it has no
// streaming writer, only a whole string from a whole array, and the sample writes millions of
// rows; called per row it took 2,6 s per million rows here against 1,3 s for csvField below,
// whose quoting is the same (delimiter, quote, CR or LF; papaparse also quotes a value that
// starts or ends with a space).
import { closeSync, openSync, writeSync } from "node:fs";
import { join } from "node:path";
import { encodeWindows1252 } from "./windows-1252.ts";

const CHUNK = 1 << 20;
const PENDING = 1 << 15;

export interface FileOptions {
  /** Field delimiter (default ","). */
  delimiter?: string;
  /** Line end (default "\n"). */
  eol?: string;
  /** Start with a UTF-8 byte order mark. */
  bom?: boolean;
  /** Bytes of the file (default UTF-8); Windows-1252 as old Windows tools write. */
  encoding?: "utf8" | "windows-1252";
}

export class ChunkWriter {
  /** Data rows written (the header is not counted). */
  rows = 0;
  // Lines gather in a short string, then go into a byte buffer: the strings die young (no rope
  // of a million pieces for the garbage collector) and the buffer is written in large chunks.
  private pending = "";
  private buf = Buffer.allocUnsafe(CHUNK);
  private pos = 0;
  private fd: number;

  constructor(readonly dir: string, readonly file: string, header?: string[], private readonly opts: FileOptions = {}) {
    this.fd = openSync(join(dir, file), "w");
    if (opts.bom) this.put("\uFEFF");
    if (header) this.put(header.join(opts.delimiter ?? ",") + (opts.eol ?? "\n"));
  }

  /** Append a pre-formatted line (with its line end); counts one row. */
  line(text: string): void {
    this.pending += text;
    this.rows++;
    if (this.pending.length > PENDING) {
      const text = this.pending;
      this.pending = "";
      this.put(text);
    }
  }

  /** Append one row of fields, quoted where needed. */
  row(fields: readonly (string | number)[]): void {
    const d = this.opts.delimiter ?? ",";
    this.line(fields.map((f) => csvField(f, d)).join(d) + (this.opts.eol ?? "\n"));
  }

  /** 1-based line number the next row will have in the file (header = line 1). */
  get nextLine(): number {
    return this.rows + 2;
  }

  private put(text: string): void {
    if (this.opts.encoding === "windows-1252") {
      // One byte per UTF-16 unit.
      if (this.pos + text.length > CHUNK) this.writeBuffer();
      if (text.length > CHUNK) writeSync(this.fd, encodeWindows1252(text));
      else this.pos += NOT_LATIN1.test(text) ? encodeWindows1252(text).copy(this.buf, this.pos) : this.buf.write(text, this.pos, "latin1");
      return;
    }
    // At most 3 bytes per UTF-16 unit: flush first if the line might not fit.
    if (this.pos + text.length * 3 > CHUNK) this.writeBuffer();
    if (text.length * 3 > CHUNK) writeSync(this.fd, text);
    else this.pos += this.buf.write(text, this.pos);
  }

  flush(): void {
    if (this.pending.length > 0) {
      const text = this.pending;
      this.pending = "";
      this.put(text);
    }
    this.writeBuffer();
  }

  private writeBuffer(): void {
    if (this.pos > 0) writeSync(this.fd, this.buf, 0, this.pos);
    this.pos = 0;
  }

  close(): { file: string; rows: number } {
    this.flush();
    closeSync(this.fd);
    return { file: this.file, rows: this.rows };
  }
}

/** Characters whose Windows-1252 byte differs from Latin-1's (or that Latin-1 lacks). */
const NOT_LATIN1 = /[\u0080-\u009f\u0100-\uffff]/;

export function csvField(value: string | number, delimiter = ","): string {
  const s = String(value);
  if (s.includes(delimiter) || s.includes('"') || s.includes("\n") || s.includes("\r")) return `"${s.replaceAll('"', '""')}"`;
  return s;
}
