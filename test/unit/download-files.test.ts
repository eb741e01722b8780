// The files behind "Unduh CSV" / "Unduh XLSX": a CSV that Excel with Indonesian settings opens
// correctly and that runs no formula, and an XLSX whose text cells stay text.
import JSZip from "jszip";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { columnOptions, downloadName, exportColumns, neutralise, tableRows, toExcelCsv, toXlsxBlob, xlsxSheet } from "../../src/components/download-files.js";

const columns = ["nip", "name", "value", "days"];
const header = { nip: "NIP", name: "Nama", value: "Nilai", days: "Hari" };
const options = { columns, header };

/** One row per case, as a page's table would hold it. */
const row = (value: unknown, extra: Record<string, unknown> = {}) => ({ nip: "198501012010011001", name: "Siti Aminah", value, days: 3, ...extra });

/** The CSV without its BOM, split into cells as Excel would (";" separator, quotes). */
function cells(csv: string): string[][] {
  const parsed = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ""), { delimiter: ";", newline: "\r\n", skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

describe("CSV untuk Excel berbahasa Indonesia", () => {
  it("diawali BOM UTF-8, baris pertama judul kolom seperti di halaman, pemisah ; dan akhir baris CRLF", () => {
    const csv = toExcelCsv([row("Tepat waktu"), row("Terlambat")], options);
    expect(csv.startsWith("\uFEFFNIP;Nama;Nilai;Hari\r\n")).toBe(true);
    expect(csv.split("\r\n")).toHaveLength(4); // header, two rows, the final CRLF
    expect(csv.replace(/\r\n/g, "")).not.toMatch(/\n/);
    const bytes = new TextEncoder().encode(csv);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it("memuat semua baris data, bukan hanya yang tampil di layar", () => {
    const rows = Array.from({ length: 1234 }, (_, i) => row(`baris ${i}`));
    expect(cells(toExcelCsv(rows, options))).toHaveLength(1235);
  });

  it.each([
    ["titik koma", "Dinas A; Bidang B"],
    ["tanda kutip", 'Disebut "rajin"'],
    ["baris baru", "baris satu\nbaris dua"],
    ["CRLF di tengah", "baris satu\r\nbaris dua"],
    ["koma", "Bandung, Jawa Barat"],
  ])("teks dengan %s dikutip dan terbaca utuh", (_, text) => {
    const csv = toExcelCsv([row(text)], options);
    expect(cells(csv)[1][2]).toBe(text);
  });

  it.each([
    ["=", "=HYPERLINK(\"http://contoh.test\",\"klik\")"],
    ["+", "+62 812 3456"],
    ["-", "-2+3+cmd|' /C calc'!A0"],
    ["@", "@SUM(A1:A9)"],
    ["tab", "\t=1+1"],
    ["CR", "\r=1+1"],
  ])("injeksi formula: teks yang diawali %s diberi tanda petik di depan", (_, text) => {
    const value = cells(toExcelCsv([row(text)], options))[1][2];
    expect(value).toBe(`'${text}`);
    expect(neutralise(text)).toBe(`'${text}`);
  });

  it("judul kolom yang diawali = juga dinetralkan", () => {
    expect(cells(toExcelCsv([row(1)], { columns: ["value"], header: { value: "=Nilai" } }))[0]).toEqual(["'=Nilai"]);
  });

  it("teks biasa tidak diubah: tanda - atau = di tengah, huruf, angka", () => {
    for (const text of ["Tindak-lanjut", "a=b", "TK + setara", "2025-08-17", "198501012010011001"]) {
      expect(cells(toExcelCsv([row(text)], options))[1][2]).toBe(text);
    }
  });

  it("bilangan negatif tetap bilangan (tanpa petik), teks \"-5\" dinetralkan", () => {
    const csv = toExcelCsv([row(-12.5), row("-5")], options);
    expect(cells(csv)[1][2]).toBe("-12,5");
    expect(cells(csv)[2][2]).toBe("'-5");
  });

  it("bilangan memakai koma desimal tanpa pemisah ribuan; bilangan bulat apa adanya", () => {
    const data = cells(toExcelCsv([row(1234.5), row(93.45), row(1000000), row(0)], options)).slice(1).map((r) => r[2]);
    expect(data).toEqual(["1234,5", "93,45", "1000000", "0"]);
  });

  it("kosong, NaN, boolean dan tanggal", () => {
    const data = cells(
      toExcelCsv([row(null), row(undefined), row(Number.NaN), row(true), row(false), row(new Date(Date.UTC(2025, 7, 17)))], options),
    )
      .slice(1)
      .map((r) => r[2]);
    expect(data).toEqual(["", "", "", "Ya", "Tidak", "2025-08-17"]);
  });

  it("kolom `values` memberi nilai ekspor saat tabel menampilkan lencana atau kalimat", () => {
    const csv = toExcelCsv([{ ok: true, tk: 2, equiv: 1 }], {
      columns: ["ok", "total"],
      header: { ok: "Rekonsiliasi", total: "TK + setara" },
      values: { ok: (d: { ok: boolean }) => (d.ok ? "cocok" : "selisih"), total: (d: { tk: number; equiv: number }) => d.tk + d.equiv },
    });
    expect(cells(csv)).toEqual([["Rekonsiliasi", "TK + setara"], ["cocok", "3"]]);
  });

  it("tanpa `columns`: semua kunci baris pertama, judul = kunci", () => {
    expect(exportColumns([{ a: 1, b: 2 }]).map((c) => c.label)).toEqual(["a", "b"]);
  });

  it("kolom tabel cetak laporan ({key, label}) menjadi kolom dan judul ekspor", () => {
    const options = columnOptions([{ key: "opd_name", label: "OPD" }, { key: "headcount", label: "Pegawai" }]);
    expect(cells(toExcelCsv([{ opd_name: "Dinas Pendidikan", headcount: 227 }], options))).toEqual([["OPD", "Pegawai"], ["Dinas Pendidikan", "227"]]);
  });

  it("tabel Arquero dibaca lewat objects()", () => {
    expect(tableRows({ objects: () => [{ a: 1 }] })).toEqual([{ a: 1 }]);
    expect(tableRows(null)).toEqual([]);
  });
});

describe("nama berkas", () => {
  it("halaman, tabel dan tahun, huruf kecil tanpa spasi atau aksen", () => {
    expect(downloadName("kualitas-data", "penolakan", 2025)).toBe("kualitas-data-penolakan-2025");
    expect(downloadName(["TPP Potongan", "Dinas Pendidikan & Kebudayaan", null])).toBe("tpp-potongan-dinas-pendidikan-kebudayaan");
    expect(downloadName("Señorita", "")).toBe("senorita");
    expect(downloadName()).toBe("tabel");
  });
});

/** The XLSX's sheet and shared strings, unzipped. */
async function unzipXlsx(blob: Blob): Promise<{ sheet: string; strings: string[]; files: string[] }> {
  const zip = await JSZip.loadAsync(await blob.arrayBuffer());
  const sheet = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
  const shared = await zip.file("xl/sharedStrings.xml")!.async("string");
  const strings = [...shared.matchAll(/<si><t[^>]*>([\s\S]*?)<\/t><\/si>/g)].map((m) =>
    m[1].replace(/&quot;/g, '"').replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&"),
  );
  return { sheet, strings, files: Object.keys(zip.files) };
}

/** The <c> element of a cell address ("C2"). */
const cellXml = (sheet: string, ref: string) => sheet.match(new RegExp(`<c r="${ref}"[^>]*?(?:/>|>[\\s\\S]*?</c>)`))?.[0] ?? "";

describe("XLSX", () => {
  const hyperlink = '=HYPERLINK("http://contoh.test","klik")';

  it("injeksi formula: =HYPERLINK(...) tetap sel teks di sharedStrings, tanpa elemen <f> di lembar", async () => {
    const blob = await toXlsxBlob([row(hyperlink), row("@SUM(A1)"), row("-5"), row("+62")], options);
    expect(blob.type).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    const { sheet, strings, files } = await unzipXlsx(blob);
    expect(files).toContain("xl/worksheets/sheet1.xml");
    expect(sheet).not.toMatch(/<f[ >]/);
    expect(strings).toContain(hyperlink);
    const c2 = cellXml(sheet, "C2");
    expect(c2).toMatch(/t="s"/);
    expect(strings[Number(c2.match(/<v>(\d+)<\/v>/)![1])]).toBe(hyperlink);
    for (const ref of ["C3", "C4", "C5"]) expect(cellXml(sheet, ref)).toMatch(/t="s"/);
  });

  it("teks berformat teks (@), sehingga Excel tidak mengubah NIP atau \"=...\" saat disunting", () => {
    const { data } = xlsxSheet([row(hyperlink)], options);
    expect(data[1][0]).toEqual({ value: "198501012010011001", type: String, format: "@" });
    expect(data[1][2]).toEqual({ value: hyperlink, type: String, format: "@" });
  });

  it("bilangan (juga negatif) jadi sel angka; tanggal ISO jadi tanggal dd/mm/yyyy; boolean Ya/Tidak", async () => {
    const { data } = xlsxSheet([row(-12.5), row("2025-08-17"), row(true), row("2025-02-30")], options);
    expect(data.slice(1).map((r) => r[2])).toEqual([
      { value: -12.5, type: Number },
      { value: new Date(Date.UTC(2025, 7, 17)), type: Date, format: "dd/mm/yyyy" },
      { value: "Ya", type: String, format: "@" },
      { value: "2025-02-30", type: String, format: "@" },
    ]);
    const { sheet } = await unzipXlsx(await toXlsxBlob([row(-12.5), row("2025-08-17")], options));
    expect(cellXml(sheet, "C2")).toMatch(/<v>-12.5<\/v>/);
    expect(cellXml(sheet, "C2")).not.toMatch(/t="/);
    expect(cellXml(sheet, "C3")).toMatch(/<v>45886<\/v>/); // 17 Aug 2025 as an Excel serial day
  });

  it("judul kolom tebal, baris pertama dibekukan, lebar kolom menurut isi", async () => {
    const longName = "Dinas Pemberdayaan Perempuan, Perlindungan Anak, Pengendalian Penduduk dan Keluarga Berencana";
    const sheetSpec = xlsxSheet([row("x", { name: longName })], { ...options, sheet: "Penolakan: 2025/26" });
    expect(sheetSpec.data[0][1]).toEqual({ value: "Nama", type: String, fontWeight: "bold" });
    expect(sheetSpec.columns.map((c) => c.width)).toEqual([20, 60, 10, 10]);
    expect(sheetSpec.sheet).toBe("Penolakan  2025 26");
    const { sheet } = await unzipXlsx(await toXlsxBlob([row("x")], options));
    expect(sheet).toMatch(/<col [^>]*width="20"/);
    expect(sheet).toMatch(/<pane [^>]*ySplit="1"/);
  });
});
