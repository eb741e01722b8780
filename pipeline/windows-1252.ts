// Windows-1252, the single-byte code page Excel's "CSV (Comma delimited)" and many Windows tools
// write: one table, read by ingestion (decode) and by the sample generator (encode).
/**
 * Windows-1252 bytes 0x80-0x9F (the rest is Latin-1), as the WHATWG Encoding standard maps them;
 * written out rather than asking TextDecoder, whose answer depends on how node was built (ICU).
 */
const CP1252_HIGH = "\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f" +
  "\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178";
const CP1252 = Array.from({ length: 256 }, (_, b) => (b >= 0x80 && b < 0xa0 ? CP1252_HIGH[b - 0x80] : String.fromCharCode(b)));

export function decodeWindows1252(bytes: Uint8Array): string {
  let out = "";
  for (let i = 0; i < bytes.length; i++) out += CP1252[bytes[i]];
  return out;
}

/** Character -> byte, the table above turned round (0xA0-0xFF are Latin-1's and map to themselves). */
const BYTE_OF = new Map<number, number>([...CP1252_HIGH].map((ch, i) => [ch.charCodeAt(0), 0x80 + i]));

/** Text as Windows-1252 bytes; a character it cannot hold becomes "?". */
export function encodeWindows1252(text: string): Buffer {
  const out = Buffer.allocUnsafe(text.length);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out[i] = c < 0x80 || (c >= 0xa0 && c <= 0xff) ? c : BYTE_OF.get(c) ?? 0x3f;
  }
  return out;
}
