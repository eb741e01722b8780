// NIP (employee number) rules, docs/aturan.md#nip. A NIP is only ever checked, never repaired: digits that
// Excel lost or rounded away cannot be guessed back.
//
//   PNS : YYYYMMDD (birth) + YYYYMM (TMT CPNS) + gender digit (1/2) + 3-digit sequence from 001
//   PPPK: YYYYMMDD (birth) + YYYY (appointment) + 2 digits + gender digit (1/2) + 3-digit sequence

/** `YYYYMMDD` or `YYYYMM` (day 1) as a real calendar date between 1900 and 2099. */
export function isRealDate(year: number, month: number, day: number): boolean {
  if (year < 1900 || year > 2099 || month < 1 || month > 12 || day < 1) return false;
  const days = [31, isLeap(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return day <= days[month - 1];
}

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const SCIENTIFIC = /^\d+(?:[.,]\d+)?e[+-]?\d+$/i;

/**
 * Formatting that is not part of the number: spaces between groups, Excel's leading apostrophe,
 * and the `="..."` formula that exporting systems write so that Excel keeps every digit.
 */
export function cleanNip(raw: string): string {
  return raw.replace(/^="(.*)"$/, "$1").replace(/^'/, "").replace(/\s+/g, "");
}

/**
 * The reason a NIP is unusable for anyone (PNS or PPPK), or undefined when it is well formed.
 * Reasons never repeat the NIP: it is personal data, and rejects keep it apart in `value`.
 */
export function nipProblem(raw: string): string | undefined {
  const nip = cleanNip(raw);
  if (SCIENTIFIC.test(nip)) return `NIP ditulis dalam notasi ilmiah (rusak oleh Excel)`;
  if (!/^\d+$/.test(nip)) return `NIP harus berupa 18 angka`;
  if (nip.length < 18) {
    return `NIP hanya ${nip.length} angka, angka hilang (mis. nol di depan atau ujung terpotong)`;
  }
  if (nip.length > 18) return `NIP ${nip.length} angka, seharusnya 18`;
  if (!isRealDate(+nip.slice(0, 4), +nip.slice(4, 6), +nip.slice(6, 8))) {
    return `tanggal lahir di NIP tidak valid`;
  }
  if (nip[14] !== "1" && nip[14] !== "2") return `digit jenis kelamin di NIP harus 1 atau 2`;
  return undefined;
}

/** The stricter PNS checks on a NIP that already passed `nipProblem`. */
export function pnsNipProblem(nip: string): string | undefined {
  if (!isRealDate(+nip.slice(8, 12), +nip.slice(12, 14), 1)) return `TMT CPNS di NIP tidak valid`;
  if (nip.slice(15) === "000") return `nomor urut di NIP tidak boleh 000`;
  return undefined;
}
