// Every mart keeps the promises declared in pipeline/sql/contracts.ts (grain, not-null columns,
// accepted values, relationships), on a small sample built by the real CLI and on the
// work-pattern fixture; and the check is not a formality: a copy broken on purpose fails with
// each broken promise named.
import { join, resolve } from "node:path";
import { DuckDBInstance, type DuckDBConnection } from "@duckdb/node-api";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkContracts, MART_CONTRACTS } from "../../pipeline/sql/contracts.ts";
import { runCli, tempDir } from "./helpers.ts";

const work = tempDir("asn-contracts-");
const sampleDb = join(work, "sample.duckdb");
const fixtureDb = join(work, "fixture.duckdb");
let instance: DuckDBInstance;
let conn: DuckDBConnection;

beforeAll(async () => {
  const sample = runCli("sample", "--out", join(work, "raw"), "--employees", "250");
  expect(sample.code, sample.stderr).toBe(0);
  for (const [input, db] of [[join(work, "raw"), sampleDb], [resolve("test/fixtures/work-patterns/input"), fixtureDb]]) {
    const run = runCli("run", "--input", input, "--db", db);
    expect(run.code, run.stderr).toBe(0);
  }
  instance = await DuckDBInstance.create(":memory:");
  conn = await instance.connect();
  await conn.run(`attach '${sampleDb}' as sample (read_only); attach '${fixtureDb}' as fixture (read_only)`);
}, 180_000);

afterAll(() => {
  conn?.closeSync();
  instance?.closeSync();
});

const martsOf = async (db: string) =>
  (await conn.runAndReadAll(`select table_name from information_schema.tables where table_catalog = '${db}' and table_schema = 'marts' order by 1`))
    .getRows()
    .map((r) => String(r[0]));

describe("mart contracts (pipeline/sql/contracts.ts)", () => {
  it("declares every mart the pipeline builds, and nothing it does not", async () => {
    expect(await martsOf("sample")).toEqual(Object.keys(MART_CONTRACTS).sort());
  });

  it("holds on the sample: grain, not-null, accepted values, relationships", async () => {
    await conn.run("use sample");
    expect(await checkContracts(conn)).toEqual([]);
  });

  it("holds on the work-pattern fixture (rosters, nights, corrections, PPPK)", async () => {
    await conn.run("use fixture");
    expect(await checkContracts(conn)).toEqual([]);
  });

  it("fails, naming each promise, on a copy broken on purpose", async () => {
    await conn.run("use memory");
    await conn.run("create schema if not exists marts");
    const contracts = { employees: MART_CONTRACTS.employees, daily_attendance: MART_CONTRACTS.daily_attendance };
    // the two marts and every mart their keys refer to
    const copied = new Set(Object.entries(contracts).flatMap(([mart, c]) => [mart, ...(c.references ?? []).map((r) => r.mart)]));
    for (const mart of copied) await conn.run(`create or replace table marts.${mart} as select * from sample.marts.${mart}`);
    expect(await checkContracts(conn, contracts)).toEqual([]);
    // a day twice, a status no rule knows, and a person removed from the master data
    await conn.run("insert into marts.daily_attendance select * from marts.daily_attendance limit 1");
    await conn.run("update marts.daily_attendance set status = 'libur' where date = (select max(date) from marts.daily_attendance)");
    await conn.run("delete from marts.employees where nip = (select min(nip) from marts.daily_attendance)");
    const failures = await checkContracts(conn, contracts);
    expect(failures.map((f) => f.replace(/: \d+ baris melanggar$/, ""))).toEqual([
      "daily_attendance: satu baris per (nip, date)",
      "daily_attendance.status hanya hadir/izin/sakit/cuti/dinas_luar/tugas_belajar/tanpa_keterangan",
      "daily_attendance(nip) ada di employees(nip)",
    ]);
  });
});
