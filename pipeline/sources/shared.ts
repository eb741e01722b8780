// Vocabulary used by more than one source: one definition each.
import { column, type Column } from "../ingest/source.ts";
import { int, oneOf, sqlTrim, type Field } from "../ingest/fields.ts";
import { z } from "zod";

export const year = () => int(2000, 2100);

/** TW1-TW4, TAHUNAN, or a month 1-12 (contract: skp and penilaian360 periods). */
export const period = () => {
  const months = Array.from({ length: 12 }, (_, i) => String(i + 1));
  const roman = ["i", "ii", "iii", "iv"];
  const quarters = Object.fromEntries(
    [1, 2, 3, 4].map((q) => [`TW${q}`, [`triwulan ${q}`, `triwulan ${roman[q - 1]}`, `tw ${roman[q - 1]}`, `q${q}`]]),
  );
  const zeroPadded = Object.fromEntries(months.slice(0, 9).map((m) => [m, [`0${m}`]]));
  return oneOf(["TW1", "TW2", "TW3", "TW4", "TAHUNAN", ...months], { ...quarters, TAHUNAN: ["tahun", "annual"], ...zeroPadded });
};

/** Rating hasil / perilaku kerja (PermenPANRB 6/2022), in any of the spellings exports use. */
export const rating = () =>
  oneOf(["di_atas", "sesuai", "di_bawah"], {
    // e-Kinerja writes DIATAS EKSPEKTASI / DIBAWAH EKSPEKTASI; spaces and case never matter.
    di_atas: ["di atas ekspektasi", "melebihi ekspektasi"],
    sesuai: ["sesuai ekspektasi"],
    di_bawah: ["di bawah ekspektasi"],
  });

/** Jenis jabatan; `extra` adds values a source resolves itself (SIASN's "Jabatan Struktural"). */
export const positionType = (extra: Record<string, readonly string[]> = {}) =>
  oneOf(["jpt", "administrator", "pengawas", "pelaksana", "fungsional", ...Object.keys(extra)], {
    jpt: ["jabatan pimpinan tinggi", "jpt pratama", "jpt madya"],
    administrator: ["jabatan administrator"],
    pengawas: ["jabatan pengawas"],
    fungsional: ["jft", "jabatan fungsional", "fungsional tertentu", "jabatan fungsional tertentu"],
    pelaksana: ["jfu", "fungsional umum", "jabatan pelaksana", "jabatan fungsional umum"],
    ...extra,
  });

/** Eselon I.a-IV.b (and V.a), written `II.a`; empty, `-` or "non eselon" is no eselon. */
export const echelon = () => {
  const values = ["I", "II", "III", "IV"].flatMap((r) => [`${r}.a`, `${r}.b`]).concat("V.a");
  return oneOf(values, {}, ["-", "non eselon", "non-eselon"]);
};

/** The nine managerial and socio-cultural competencies (levels 1-5), and the optional technical one. */
export const COMPETENCIES = [
  "integritas",
  "kerjasama",
  "komunikasi",
  "orientasi_pada_hasil",
  "pelayanan_publik",
  "pengembangan_diri_dan_orang_lain",
  "mengelola_perubahan",
  "pengambilan_keputusan",
  "perekat_bangsa",
] as const;

export function competencyColumns(): Column[] {
  return [
    ...COMPETENCIES.map((name) => column(name, int(1, 5))),
    column("teknis", int(1, 5), { optional: true }),
  ];
}

/**
 * A fingerprint PIN: machines pad it (attlog with spaces, GLog's EnNo with zeros to 9 digits) and
 * agencies type it without padding, so zeros before a digit at the start are padding (`000012` is
 * `12`, `000` is `0`).
 */
export function pin(): Field {
  return {
    sqlType: "VARCHAR",
    schema: z.string().transform((s) => s.replace(/^0+(?=[0-9])/, "")),
    // One reference to the trimmed text: a punch file has millions of PINs.
    sql: { value: (x) => `regexp_replace(${sqlTrim(x)}, '^0+([0-9])', '\\1')` },
    total: true,
  };
}
