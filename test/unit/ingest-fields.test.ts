// The shared field builders: one truth table each, and the SQL half checked against the zod half.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DuckDBInstance, type DuckDBConnection } from "@duckdb/node-api";
import { cellSchema, date, decimal, int, nip, oneOf, sqlOf, text, time, timestamp, type Field } from "../../pipeline/ingest/fields.ts";
import { pnsNipProblem } from "../../pipeline/ingest/nip.ts";
import { pin, rating } from "../../pipeline/sources/shared.ts";
import { sqlString } from "../../pipeline/ingest/sql.ts";

/** [raw cell, normalised value] or [raw cell, start of the reject reason] */
type Row = [string, string | number | null] | [string, { reject: string }];

function judge(field: Field, raw: string, required = true): string | number | null | { reject: string } {
  const r = cellSchema(field, required).safeParse(raw);
  return r.success ? r.data : { reject: r.error.issues[0].message };
}

function expectTable(field: Field, rows: Row[]) {
  for (const [raw, expected] of rows) {
    const got = judge(field, raw);
    if (typeof expected === "object" && expected !== null) {
      expect(got, raw).toMatchObject({});
      expect((got as { reject: string }).reject, raw).toContain(expected.reject);
    } else expect(got, raw).toBe(expected);
  }
}

const DATES: Row[] = [
  ["2025-01-05", "2025-01-05"],
  ["05/01/2025", "2025-01-05"],
  ["05-01-2025", "2025-01-05"],
  ["5/1/2025", "2025-01-05"],
  [" 2025-01-05 ", "2025-01-05"],
  ["2024-02-29", "2024-02-29"],
  ["2025-02-29", { reject: "tanggal tidak ada di kalender" }],
  ["2025-02-30", { reject: "tanggal tidak ada di kalender" }],
  ["31/04/2025", { reject: "tanggal tidak ada di kalender" }],
  ["2025-13-01", { reject: "tanggal tidak ada di kalender" }],
  ["01/13/2025", { reject: "tanggal tidak ada di kalender" }], // US order is not accepted
  ["2025/01/05", "2025-01-05"], // as fingerprint machines write it
  ["2025/13/05", { reject: "tanggal tidak ada di kalender" }],
  ["05-01/2025", { reject: "format tanggal tidak dikenali" }],
  ["1899-12-31", { reject: "tahun di luar 1900-2099" }],
  ["45658", { reject: "format tanggal tidak dikenali" }], // an Excel serial number
  ["2025-01-05T00:00:00", { reject: "format tanggal tidak dikenali" }],
  ["", { reject: "kolom wajib kosong" }],
];

const TIMES: Row[] = [
  ["07:30", "07:30:00"],
  ["7:30", "07:30:00"],
  ["07:30:15", "07:30:15"],
  ["23:59:59", "23:59:59"],
  ["00:00", "00:00:00"],
  ["24:00", { reject: "jam tidak mungkin" }],
  ["24:30", { reject: "jam tidak mungkin" }],
  ["25:61", { reject: "jam tidak mungkin" }],
  ["12:60", { reject: "jam tidak mungkin" }],
  ["12:30:60", { reject: "jam tidak mungkin" }],
  ["7.30", { reject: "format jam tidak dikenali" }],
  ["07:30:00.5", { reject: "format jam tidak dikenali" }],
  ["0730", { reject: "format jam tidak dikenali" }],
  ["07:3", { reject: "format jam tidak dikenali" }],
];

const TIMESTAMPS: Row[] = [
  ["2025-03-03 07:31:05", "2025-03-03 07:31:05"],
  ["2025-03-03 7:31", "2025-03-03 07:31:00"],
  ["03/03/2025 07:31:05", "2025-03-03 07:31:05"],
  ["2025-03-03 24:00:00", { reject: "jam tidak mungkin" }],
  ["2025-02-29 07:00:00", { reject: "tanggal tidak ada di kalender" }],
  ["2025-03-03T07:31:05", { reject: "format waktu tidak dikenali" }],
  ["2025-03-03", { reject: "format waktu tidak dikenali" }],
];

const DECIMALS: Row[] = [
  ["1,5", 1.5],
  ["1.5", 1.5],
  ["-7,5916", -7.5916],
  ["+10.95", 10.95],
  ["90", 90],
  ["007.25", 7.25],
  ["90.0001", { reject: "di luar rentang -90 s.d. 90" }],
  ["1.234,5", { reject: "bukan angka" }],
  ["1e5", { reject: "bukan angka" }],
  [".5", { reject: "bukan angka" }],
  ["abc", { reject: "bukan angka" }],
];

const INTS: Row[] = [
  ["3", 3],
  ["05", 5],
  ["+5", 5],
  ["1", 1],
  ["0", { reject: "di luar rentang 1 s.d. 5" }],
  ["6", { reject: "di luar rentang 1 s.d. 5" }],
  ["4.0", { reject: "bukan bilangan bulat" }],
  ["4,5", { reject: "bukan bilangan bulat" }],
  ["empat", { reject: "bukan bilangan bulat" }],
];

const RATINGS: Row[] = [
  ["di_atas", "di_atas"],
  ["diatas_ekspektasi", "di_atas"],
  ["Di Atas Ekspektasi", "di_atas"],
  ["DI ATAS", "di_atas"],
  ["sesuai ekspektasi", "sesuai"],
  ["Sesuai", "sesuai"],
  ["di bawah ekspektasi", "di_bawah"],
  ["baik", { reject: "nilai tidak dikenali (pilihan: di_atas, sesuai, di_bawah)" }],
];

// 1985-08-17, TMT CPNS 2010-01, female (2), sequence 001
const PNS = "198508172010012001";
// PPPK 1992-03-15, appointed 2023, male (1)
const PPPK = "199203152023211001";
const NIPS: Row[] = [
  [PNS, PNS],
  [PPPK, PPPK],
  [" 198508172010012001 ", PNS],
  ["19850817 201001 2 001", PNS],
  ["'198508172010012001", PNS],
  ['="198508172010012001"', PNS], // the formula some systems write so that Excel keeps the digits
  ["1.98508172010012E+17", { reject: 'NIP ditulis dalam notasi ilmiah (rusak oleh Excel)' }],
  ["1,98508E+17", { reject: "NIP ditulis dalam notasi ilmiah (rusak oleh Excel)" }],
  ["98508172010012001", { reject: "NIP hanya 17 angka, angka hilang" }],
  ["19850817201001200", { reject: "NIP hanya 17 angka, angka hilang" }],
  ["1985081720100120011", { reject: "NIP 19 angka, seharusnya 18" }],
  ["198508172010013001", { reject: "digit jenis kelamin di NIP harus 1 atau 2" }],
  ["198513172010012001", { reject: "tanggal lahir di NIP tidak valid" }],
  ["198502302010012001", { reject: "tanggal lahir di NIP tidak valid" }],
  ["19850817201001200A", { reject: "NIP harus berupa 18 angka" }],
];

describe("field builders (zod)", () => {
  it("date: YYYY-MM-DD, DD/MM/YYYY, DD-MM-YYYY; impossible dates rejected", () => expectTable(date(), DATES));
  it("time: HH:MM and HH:MM:SS to HH:MM:SS; 24:00 and beyond impossible", () => expectTable(time(), TIMES));
  it("timestamp: local date and time, either half in any accepted format", () => expectTable(timestamp(), TIMESTAMPS));
  it("decimal: `.` or `,`, within its range", () => expectTable(decimal(-90, 90), DECIMALS));
  it("int range: whole numbers only, within range", () => expectTable(int(1, 5), INTS));
  it("enum: every spelling of a value and its aliases", () => expectTable(rating(), RATINGS));
  it("nip: 18 digits, real birth date, gender digit; Excel damage named", () => expectTable(nip(), NIPS));

  it("nip, PNS only: real TMT CPNS month, sequence from 001", () => {
    expect(pnsNipProblem(PNS)).toBeUndefined();
    expect(pnsNipProblem("198508172010132001")).toContain("TMT CPNS di NIP tidak valid");
    expect(pnsNipProblem("198508172010002001")).toContain("TMT CPNS di NIP tidak valid");
    expect(pnsNipProblem("198508172010012000")).toContain("nomor urut di NIP tidak boleh 000");
    // PPPK's "TMT" digits are an appointment year and two free digits: never held to the PNS rule
    expect(judge(nip(), "199203152023991001")).toBe("199203152023991001");
  });

  it("optional cells: empty is null, a bad value is still rejected", () => {
    expect(judge(date(), "", false)).toBeNull();
    expect(judge(date(), "   ", false)).toBeNull();
    expect(judge(date(), "2025-02-30", false)).toMatchObject({ reject: "tanggal tidak ada di kalender" });
  });

  it("enum values may not share a spelling", () => {
    expect(() => oneOf(["baik", "sangat_baik"], { sangat_baik: ["baik"] })).toThrow();
  });
});

describe("field builders: the SQL half never disagrees with zod", () => {
  let conn: DuckDBConnection;
  beforeAll(async () => {
    conn = await (await DuckDBInstance.create(":memory:")).connect();
  });
  afterAll(() => conn.closeSync());

  // Whatever SQL accepts, zod must accept with the same value; what SQL declines goes to zod anyway.
  async function agree(field: Field, rows: Row[], extra: string[] = []) {
    const inputs = [...rows.map((r) => r[0]), ...extra];
    const sql = inputs.map((raw) => `SELECT ${sqlString(raw)} AS raw, CAST(${sqlOf(field, sqlString(raw))} AS VARCHAR) AS v`).join(" UNION ALL ");
    const result = (await conn.runAndReadAll(sql)).getRowObjectsJson() as { raw: string; v: string | null }[];
    for (const { raw, v } of result) {
      if (v === null) continue;
      const zod = judge(field, raw);
      expect(typeof zod === "object" && zod !== null, `SQL accepted ${JSON.stringify(raw)} that zod rejects`).toBe(false);
      expect(String(zod), raw).toBe(field.sqlType === "DOUBLE" ? String(Number(v)) : v);
    }
    return result.filter((r) => r.v !== null).map((r) => r.raw);
  }

  it("date", async () => {
    const fast = await agree(date(), DATES, ["2025-1-5", "0025-01-05", " 2025-01-05", "2025-01- 5", "2100-01-01"]);
    expect(fast).toContain("2025-01-05"); // the canonical form stays in DuckDB
  });
  it("time", async () => {
    const fast = await agree(time(), TIMES, ["24:00:00", "23:59:60", " 7:30", "07:3 ", "7:30:00"]);
    expect(fast).toEqual(expect.arrayContaining(["07:30", "07:30:15"]));
  });
  it("timestamp", async () => {
    const glogForms = ["2025/03/03  07:31:05", "2025/03/03 07:31:05", "2025/3/3  07:31:05", "2025/02/30  07:31:05", "2025/03/03  24:00:00"];
    const fast = await agree(timestamp(), TIMESTAMPS, ["2025-03-03 07:31:05.5", "2025-3-3 07:31:05", "2025-03-03  7:31:05", ...glogForms]);
    expect(fast).toEqual(expect.arrayContaining(["2025-03-03 07:31:05", "2025/03/03  07:31:05"])); // GLog's form stays in DuckDB too
  });
  it("decimal", async () => {
    const fast = await agree(decimal(-90, 90), DECIMALS, ["inf", "nan", " 1.5", "1_000", "0x10"]);
    expect(fast).toEqual(expect.arrayContaining(["1,5", "1.5"]));
  });
  it("int", async () => {
    const fast = await agree(int(1, 5), INTS, ["5.5", " 5", "-0", "2147483648"]);
    expect(fast).toContain("3");
  });
  it("enum and text", async () => {
    expect(await agree(rating(), RATINGS)).toEqual(["di_atas"]);
    await agree(text(), [["  kata  ", "kata"], ["a\u00a0", "a"], ["\u3000kata\u2009", "kata"], ["\tkata", "\tkata"]]);
  });
  it("pin: padding zeros dropped in SQL exactly as zod drops them", async () => {
    const fast = await agree(pin(), [["000000012", "12"], ["12", "12"], ["0", "0"], ["000", "0"], ["A012", "A012"], ["  7", "7"], ["012A", "12A"]]);
    expect(fast.length).toBe(7);
  });
  it("nip is always judged by zod", async () => {
    expect(await agree(nip(), NIPS)).toEqual([]);
  });
});
