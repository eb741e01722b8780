// One pass over a file's bytes before DuckDB reads it: the encoding must be UTF-8 (with or without
// BOM) or Windows-1252 (what Excel's "CSV (Comma delimited)" and many machines write), and the
// physical layout (header line, blank lines, quotes) is noted so that every loaded row can carry
// the line it came from.
import { closeSync, openSync, readSync, writeSync } from "node:fs";
import { isAscii, isUtf8 } from "node:buffer";
import { decodeWindows1252 } from "../windows-1252.ts";
import { UnusableInputError } from "./errors.ts";

/** Lines looked at for a header: exports put title rows above it. */
export const HEADER_CANDIDATES = 20;

export type TextEncoding = "utf-8" | "windows-1252";

export interface FileScan {
  /** The first non-empty lines (1-based line, text), among which the header is. */
  leading: { line: number; text: string }[];
  /** 1-based numbers of the empty lines, which DuckDB skips. */
  blanks: number[];
  /** the last line that is not empty */
  lastLine: number;
  /** a `"` anywhere: a quoted value may then span lines */
  hasQuote: boolean;
  /** utf-8, or windows-1252 when no byte above 0x7F forms a UTF-8 sequence */
  encoding: TextEncoding;
  /** 1-based line of the first byte that is not UTF-8 (windows-1252 files) */
  firstForeignLine?: number;
}

const CHUNK = 1 << 22;
const LF = 10;
const CR = 13;

export function scanFile(path: string, name: string, withHeader: boolean): FileScan {
  const scan: FileScan = { leading: [], blanks: [], lastLine: 0, hasQuote: false, encoding: "utf-8" };
  let utf8Sequences = false;
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
        // Valid UTF-8 that is not ASCII holds multi-byte sequences (both tests are native and fast).
        const bytes = isUtf8(block) ? { multibyte: !isAscii(block), foreign: false } : classifyBytes(block);
        utf8Sequences ||= bytes.multibyte;
        if (bytes.foreign && scan.firstForeignLine === undefined) scan.firstForeignLine = line + firstBadLine(block);
        if (utf8Sequences && scan.firstForeignLine !== undefined) {
          // Valid UTF-8 beside bytes that are not: neither encoding explains the file.
          throw new UnusableInputError(`Berkas ${name} baris ${scan.firstForeignLine}: campuran UTF-8 dan byte yang bukan UTF-8 (berkas rusak?); simpan ulang sebagai CSV UTF-8`);
        }
        scan.hasQuote ||= block.includes(34);
        line = walkLines(block, line, scan, withHeader);
      }
      if (atEof) {
        // The caller transcodes such a file and scans the copy: `leading` here is not to be used.
        if (scan.firstForeignLine !== undefined) scan.encoding = "windows-1252";
        return scan;
      }
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

/** Whether a block holds well-formed UTF-8 multi-byte sequences, and bytes that form none. */
function classifyBytes(block: Buffer): { multibyte: boolean; foreign: boolean } {
  let multibyte = false;
  let foreign = false;
  for (let i = 0; i < block.length; i++) {
    const b = block[i];
    if (b < 0x80) continue;
    const length = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    let ok = length > 0 && i + length <= block.length;
    for (let k = 1; ok && k < length; k++) ok = (block[i + k] & 0xc0) === 0x80;
    if (ok && isUtf8(block.subarray(i, i + length))) {
      multibyte = true;
      i += length - 1;
    } else foreign = true;
  }
  return { multibyte, foreign };
}

/** Copies a Windows-1252 file into `target` as UTF-8 (one byte is one character: chunks never split one). */
export function transcodeWindows1252(path: string, target: string): void {
  const input = openSync(path, "r");
  const output = openSync(target, "w");
  try {
    const buf = Buffer.allocUnsafe(CHUNK);
    for (;;) {
      const read = readSync(input, buf, 0, buf.length, null);
      if (read === 0) break;
      writeSync(output, Buffer.from(decodeWindows1252(buf.subarray(0, read)), "utf8"));
    }
  } finally {
    closeSync(input);
    closeSync(output);
  }
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
