// The known export layouts' vocabularies as truth tables: every spelling SIASN, e-Kinerja BKN, SIASN
// discipline history and GLog machines write, and the contract value it means.
import { describe, expect, it } from "vitest";
import { firstReason } from "../../pipeline/ingest/fields.ts";
import type { Source } from "../../pipeline/ingest/source.ts";
import { glog } from "../../pipeline/sources/glog.ts";
import { hukumanDisiplin } from "../../pipeline/sources/hukuman_disiplin.ts";
import { mesinPegawai } from "../../pipeline/sources/mesin_pegawai.ts";
import { PANGKAT, pegawai, structuralType } from "../../pipeline/sources/pegawai.ts";
import { PLT_PLH, periodOfSpan, skp } from "../../pipeline/sources/skp.ts";

/** The value a column of a source gives a cell, or `{ reject }` with the reason. */
function cell(source: Source, column: string, raw: string) {
  const col = source.columns.find((c) => c.name === column)!;
  const parsed = col.schema.safeParse(raw);
  return parsed.success ? parsed.data : { reject: firstReason(parsed.error) };
}

function truthTable(source: Source, column: string, rows: [string, unknown][]) {
  for (const [raw, expected] of rows) expect(cell(source, column, raw), `${column} "${raw}"`).toEqual(expected);
}

describe("SIASN employee data", () => {
  it("header names: NIP BARU, GOL AKHIR NAMA, JENIS JABATAN NAMA, UNOR ID, TMT CPNS, TMT PENSIUN", () => {
    const aliases = (name: string) => pegawai.columns.find((c) => c.name === name)!.aliases;
    expect(aliases("nip")).toContain("nip_baru");
    expect(aliases("golongan")).toContain("gol_akhir_nama");
    expect(aliases("jenis_jabatan")).toContain("jenis_jabatan_nama");
    expect(aliases("nama_jabatan")).toContain("jabatan_nama");
    expect(aliases("kode_unit")).toContain("unor_id");
    expect(aliases("tmt_mulai")).toContain("tmt_cpns");
    expect(aliases("tmt_selesai")).toContain("tmt_pensiun");
  });

  it("jenis kelamin: Pria/Wanita, Laki-laki/Perempuan, L/P, 1/2", () => {
    truthTable(pegawai, "jenis_kelamin", [
      ["Pria", "L"], ["Laki-laki", "L"], ["LAKI LAKI", "L"], ["L", "L"], ["1", "L"],
      ["Wanita", "P"], ["Perempuan", "P"], ["p", "P"], ["2", "P"],
      ["3", { reject: "nilai tidak dikenali (pilihan: L, P)" }],
    ]);
  });

  it("golongan: III/a, III/A, IIIa, with its pangkat in either order; PPPK in roman numerals", () => {
    truthTable(pegawai, "golongan", [
      ["III/a", "III/a"], ["III/A", "III/a"], ["IIIa", "III/a"], ["iii-a", "III/a"],
      ["Penata Muda (III/a)", "III/a"], ["III/a - Penata Muda", "III/a"],
      ["Penata Muda Tingkat I (III/b)", "III/b"], ["Penata Muda Tk. I, III/b", "III/b"],
      ["Pembina Utama Madya (IV/d)", "IV/d"], ["Juru Muda (I/a)", "I/a"], ["IV/e", "IV/e"],
      ["IX", "IX"], ["XVII", "XVII"],
      ["III/f", { reject: expect.stringMatching(/^nilai tidak dikenali/) }],
    ]);
    // Every pangkat of PP 99/2000 is spelled out, with its golongan.
    for (const [golongan, name] of Object.entries(PANGKAT)) expect(cell(pegawai, "golongan", `${name} (${golongan})`)).toBe(golongan);
  });

  it("jenis jabatan: Jabatan Fungsional / Fungsional Tertentu, Jabatan Pelaksana / Fungsional Umum, Jabatan Struktural by eselon", () => {
    truthTable(pegawai, "jenis_jabatan", [
      ["Jabatan Fungsional", "fungsional"], ["Fungsional Tertentu", "fungsional"], ["JFT", "fungsional"],
      ["Jabatan Pelaksana", "pelaksana"], ["Fungsional Umum", "pelaksana"], ["JFU", "pelaksana"],
      ["Jabatan Struktural", "struktural"], ["Jabatan Pimpinan Tinggi", "jpt"], ["Administrator", "administrator"],
    ]);
    const byEchelon: [string | null, string | undefined][] = [
      ["I.a", "jpt"], ["II.a", "jpt"], ["II.b", "jpt"], ["III.a", "administrator"], ["III.b", "administrator"],
      ["IV.a", "pengawas"], ["IV.b", "pengawas"], ["V.a", "pengawas"], [null, undefined],
    ];
    for (const [eselon, type] of byEchelon) expect(structuralType(eselon), String(eselon)).toBe(type);
  });

  it("eselon: II.b, III.a, IV/a, IVa; '-' and 'Non Eselon' are none", () => {
    truthTable(pegawai, "eselon", [
      ["II.b", "II.b"], ["III.a", "III.a"], ["IV/a", "IV.a"], ["IVa", "IV.a"], ["iv.b", "IV.b"], ["-", null], ["Non Eselon", null],
    ]);
  });

  it("a Jabatan Struktural row takes its type from the eselon; without one it is rejected with the reason", () => {
    const row = {
      nip: "198502142010011003", nama: "Ahmad", jenis_kelamin: "L", tanggal_lahir: "1985-02-14", jenis_pegawai: "PNS", golongan: "III/d",
      jenis_jabatan: "Jabatan Struktural", nama_jabatan: "Kepala Seksi", eselon: "IV.a", kode_unit: "4.01", tmt_mulai: "2010-01-01",
    };
    const check = pegawai.rowCheck!.check;
    const parsed = (r: Record<string, string>) => Object.fromEntries(pegawai.columns.map((c) => [c.name, c.schema.parse(r[c.name] ?? "")]));
    expect(check(parsed(row))).toEqual({ set: { jenis_jabatan: "pengawas" } });
    expect(check(parsed({ ...row, eselon: "II.b" }))).toEqual({ set: { jenis_jabatan: "jpt" } });
    expect(check(parsed({ ...row, eselon: "" }))).toMatchObject({ column: "eselon", reason: expect.stringMatching(/Jabatan Struktural tanpa eselon/) });
  });
});

describe("e-Kinerja BKN SKP export", () => {
  it("the period follows from periode_awal_skp and periode_akhir_skp: quarter, month, year, nothing else", () => {
    const table: [string, string, string | undefined][] = [
      ["2025-01-01", "2025-03-31", "TW1"], ["2025-04-01", "2025-06-30", "TW2"], ["2025-07-01", "2025-09-30", "TW3"], ["2025-10-01", "2025-12-31", "TW4"],
      ["2025-01-01", "2025-12-31", "TAHUNAN"], ["2025-02-01", "2025-02-28", "2"], ["2024-02-01", "2024-02-29", "2"], ["2025-12-01", "2025-12-31", "12"],
      ["2024-02-01", "2024-02-28", undefined], ["2025-01-02", "2025-03-31", undefined], ["2025-01-01", "2025-03-30", undefined],
      ["2025-02-01", "2025-04-30", undefined], ["2025-07-01", "2025-12-31", undefined], ["2025-12-01", "2026-01-31", undefined],
    ];
    for (const [start, end, period] of table) expect(periodOfSpan(start, end), `${start}..${end}`).toBe(period);
  });

  it("ratings DIATAS/SESUAI/DIBAWAH EKSPEKTASI in any spelling; hasil_akhir as the source predikat", () => {
    for (const column of ["rating_hasil_kerja", "rating_perilaku_kerja"]) {
      truthTable(skp, column, [
        ["DIATAS EKSPEKTASI", "di_atas"], ["Di Atas Ekspektasi", "di_atas"], ["diatas_ekspektasi", "di_atas"],
        ["SESUAI EKSPEKTASI", "sesuai"], ["DIBAWAH EKSPEKTASI", "di_bawah"], ["Di Bawah Ekspektasi", "di_bawah"],
      ]);
    }
    truthTable(skp, "predikat_kinerja", [
      ["SANGAT BAIK", "sangat_baik"], ["BAIK", "baik"], ["BUTUH PERBAIKAN", "butuh_perbaikan"],
      ["KURANG/MISCONDUCT", "kurang_misconduct"], ["Kurang", "kurang_misconduct"], ["SANGAT KURANG", "sangat_kurang"],
    ]);
    expect(skp.columns.find((c) => c.name === "predikat_kinerja")!.aliases).toContain("hasil_akhir");
    expect(skp.columns.find((c) => c.name === "nip_penilai")!.aliases).toEqual(expect.arrayContaining(["nip_atasan", "pegawai_atasan_nip"]));
  });

  it("a Plt/Plh row is set aside with that reason; the period is derived, and must agree with a given one", () => {
    truthTable(skp, "plt_plh", [["true", "ya"], ["TRUE", "ya"], ["1", "ya"], ["false", "tidak"], ["0", "tidak"]]);
    const check = skp.rowCheck!.check;
    const row = { tahun: 2025, periode: null, periode_awal: "2025-04-01", periode_akhir: "2025-06-30", plt_plh: "tidak" };
    expect(check(row)).toEqual({ set: { periode: "TW2" } });
    expect(check({ ...row, plt_plh: "ya" })).toEqual({ column: "plt_plh", reason: PLT_PLH });
    expect(check({ ...row, periode: "TW2" })).toBeUndefined();
    expect(check({ ...row, periode: "TW3" })).toMatchObject({ column: "periode" });
    expect(check({ ...row, periode_akhir: "2025-06-29" })).toMatchObject({ column: "periode_awal", reason: expect.stringMatching(/bukan satu bulan, triwulan atau tahun/) });
    expect(check({ ...row, tahun: 2024 })).toMatchObject({ column: "periode_awal", reason: expect.stringMatching(/tidak di tahun 2024/) });
    expect(check({ ...row, periode_awal: null, periode_akhir: null })).toMatchObject({ column: "periode", reason: expect.stringMatching(/periode kosong/) });
  });
});

describe("SIASN discipline history", () => {
  it("jenis_hukdis written out -> the PP 94/2021 sanction codes", () => {
    truthTable(hukumanDisiplin, "jenis_hukuman", [
      ["Teguran Lisan", "teguran_lisan"],
      ["Teguran Tertulis", "teguran_tertulis"],
      ["Pernyataan Tidak Puas Secara Tertulis", "pernyataan_tidak_puas"],
      ["Pemotongan Tunjangan Kinerja sebesar 25% selama 6 bulan", "potong_tukin_6"],
      ["Pemotongan Tunjangan Kinerja sebesar 25% selama 9 (sembilan) bulan", "potong_tukin_9"],
      ["PEMOTONGAN TUNJANGAN KINERJA SEBESAR 25% SELAMA 12 BULAN", "potong_tukin_12"],
      ["Penurunan Jabatan Setingkat Lebih Rendah selama 12 bulan", "penurunan_jabatan"],
      ["Pembebasan dari Jabatannya menjadi Jabatan Pelaksana selama 12 bulan", "pembebasan_jabatan"],
      ["Pemberhentian dengan Hormat Tidak Atas Permintaan Sendiri sebagai PNS", "pemberhentian"],
      ["potong_tukin_6", "potong_tukin_6"],
      ["Pemotongan Tunjangan Kinerja sebesar 25% selama 3 bulan", { reject: expect.stringMatching(/^nilai tidak dikenali/) }],
    ]);
    truthTable(hukumanDisiplin, "tingkat", [["Ringan", "ringan"], ["SEDANG", "sedang"], ["Berat", "berat"]]);
    const aliases = (name: string) => hukumanDisiplin.columns.find((c) => c.name === name)!.aliases;
    expect(aliases("jenis_hukuman")).toContain("jenis_hukdis");
    expect(aliases("tmt_mulai")).toEqual(expect.arrayContaining(["tmt_hukdis", "tmtsk"]));
    expect(aliases("tmt_selesai")).toContain("akhir_hukdis");
    expect(aliases("alasan")).toEqual(expect.arrayContaining(["alasan_hukdis", "aturan_dilanggar"]));
  });
});

describe("fingerprint machines", () => {
  it("GLog: fields by position (No, Mchn, EnNo, Name, Mode, IOMd, DateTime); the header line is a title", () => {
    expect(glog.columns.map((c) => c.name)).toEqual(["no", "device_id", "pin", "nama", "verify_mode", "status", "waktu"]);
    expect(glog.columns.filter((c) => !c.stored).map((c) => c.name)).toEqual(["no", "nama"]); // never loaded
    expect(glog.titleLine!.test("No\tMchn\tEnNo\t\tName\t\tMode\tIOMd\tDateTime\t")).toBe(true);
    truthTable(glog, "waktu", [["2025/01/06  07:25:13", "2025-01-06 07:25:13"], ["2025-01-06 07:25:13", "2025-01-06 07:25:13"]]);
  });

  it("PINs: zero-padded EnNo and space-padded attlog PINs are the PIN an agency types", () => {
    truthTable(glog, "pin", [["000000012", "12"], ["12", "12"], ["0", "0"], ["000", "0"], ["A012", "A012"]]);
    truthTable(mesinPegawai, "pin", [["0007", "7"], ["7", "7"]]);
    expect(mesinPegawai.columns.find((c) => c.name === "device_id")!.required).toBe(false);
  });
});
