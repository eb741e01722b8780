// One pass over a file's bytes before DuckDB reads it: the encoding must be UTF-8 (with or without
// BOM), and the physical layout (header line, blank lines, quotes) is noted so that every loaded
// row can carry the line it came from.
import { closeSync, openSync, readSync } from "node:fs";
import { isUtf8 } from "node:buffer";
import { UnusableInputError } from "./errors.ts";

/** Lines looked at for a header: exports sometimes put a title above it. */
const HEADER_CANDIDATES = 10;

export interface FileScan {
  /** The first non-empty lines (1-based line, text), among which the header is. */
  leading: { line: number; text: string }[];
  /** 1-based numbers of the empty lines, which DuckDB skips. */
  blanks: number[];
  /** the last line that is not empty */
  lastLine: number;
  /** a `"` anywhere: a quoted value may then span lines */
  hasQuote: boolean;
}

const CHUNK = 1 << 22;
const LF = 10;
const CR = 13;

export function scanFile(path: string, name: string, withHeader: boolean): FileScan {
  const scan: FileScan = { leading: [], blanks: [], lastLine: 0, hasQuote: false };
  const fd = openSync(path, "r");
  try {
    let buf = Buffer.allocUnsafe(CHUNK);
    let kept = 0; // bytes of an unfinished line carried over at the start of buf
    let line = 1; // number of the line starting at the beginning of the block
    let first = true;
    for (;;) {
      if (kept === buf.length) buf = Buffer.concat([buf, Buffer.allocUnsafe(buf.length)]); // a very long line
      const read = readSync(fd, buf, kept, buf.length - kept, null);
      const end = kept + read;
      const atEof = read === 0;
      // The block ends after the last line feed, so no character is split between blocks.
      const blockEnd = atEof ? end : buf.lastIndexOf(LF, end - 1) + 1;
      if (blockEnd > 0) {
        const block = buf.subarray(0, blockEnd);
        if (first) checkStart(block, name);
        first = false;
        if (!isUtf8(block)) throw new UnusableInputError(`Berkas ${name} baris ${line + firstBadLine(block)}: bukan teks UTF-8 (mis. ANSI/Latin-1); simpan ulang sebagai CSV UTF-8`);
        scan.hasQuote ||= block.includes(34);
        line = walkLines(block, line, scan, withHeader);
      }
      if (atEof) return scan;
      kept = end - blockEnd;
      buf.copy(buf, 0, blockEnd, end);
    }
  } finally {
    closeSync(fd);
  }
}

function checkStart(block: Buffer, name: string): void {
  const utf16 = (block[0] === 0xff && block[1] === 0xfe) || (block[0] === 0xfe && block[1] === 0xff) || block.includes(0);
  if (utf16) throw new UnusableInputError(`Berkas ${name} tersimpan sebagai UTF-16, bukan UTF-8; simpan ulang sebagai CSV UTF-8`);
}

/** Notes blank lines and the first lines in a block of whole lines; returns the number of the next line. */
function walkLines(block: Buffer, line: number, scan: FileScan, withHeader: boolean): number {
  let start = 0;
  while (start < block.length) {
    let end = block.indexOf(LF, start);
    if (end === -1) end = block.length;
    const contentEnd = end > start && block[end - 1] === CR ? end - 1 : end;
    if (contentEnd === start) scan.blanks.push(line);
    else scan.lastLine = line;
    if (contentEnd > start && withHeader && scan.leading.length < HEADER_CANDIDATES) {
      scan.leading.push({ line, text: block.toString("utf8", start, contentEnd).replace(/^\uFEFF/, "") });
    }
    line++;
    start = end + 1;
  }
  return line;
}

/** 0-based index, within the block, of the first line that is not valid UTF-8. */
function firstBadLine(block: Buffer): number {
  let start = 0;
  for (let n = 0; ; n++) {
    const end = block.indexOf(LF, start);
    if (!isUtf8(block.subarray(start, end === -1 ? block.length : end))) return n;
    if (end === -1) return n;
    start = end + 1;
  }
}
