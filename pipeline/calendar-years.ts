// Years are data (docs/aturan.md#jam-kerja): every year of the attendance calendar needs its holidays, or every
// national holiday of it would silently count as a working day (and an absence). Ramadan's dates
// are data too; a year without them only warns, since outside Ramadan nothing changes.
import type { DuckDBConnection } from "@duckdb/node-api";
import { UnusableInputError } from "./ingest/errors.ts";
import { queryRows } from "./ingest/sql.ts";

export async function checkCalendarYears(conn: DuckDBConnection, log: (msg: string) => void): Promise<void> {
  const years = await queryRows<{ year: number; holidays: number; ramadan: number }>(
    conn,
    `with years as (select distinct year(date)::integer as year from intermediate.int_calendar)
     select
         years.year,
         (select count(*) from staging.stg_holidays h where year(h.date) = years.year)::integer as holidays,
         (select count(*) from config.schedule s where s.kind = 'ramadan' and year(s.valid_from) = years.year)::integer as ramadan
     from years order by years.year`,
  );
  const noHolidays = years.filter((y) => y.holidays === 0).map((y) => y.year);
  if (noHolidays.length) {
    const year = noHolidays[0];
    throw new UnusableInputError(
      `Tidak ada daftar hari libur untuk tahun ${year}: tambahkan pipeline/rules/hari_libur/${year}.csv (SKB 3 Menteri tentang hari libur nasional dan cuti bersama) ` +
        `atau hari_libur_${year}.csv di folder masukan (kolom tanggal, keterangan, jenis)`,
    );
  }
  for (const { year } of years.filter((y) => y.ramadan === 0)) {
    log(`peringatan: tahun ${year} tanpa tanggal Ramadan (pipeline/rules/ramadan.csv atau schedule.ramadan): jam kerja Ramadan tidak diterapkan`);
  }
}
