import { describe, expect, it } from "vitest";
import { modelDb, rows, runOnly } from "./helpers/models.ts";
import { dataMonths } from "./helpers/tables.ts";

describe("page_unit_discipline_change: last quarter against the quarter before, per OPD", () => {
  it("compares TK + late days per 100 employee-days, so a small OPD weighs like a big one", async () => {
    const conn = await modelDb();
    await conn.run(`
      create table marts.unit_summary as select opd_code, opd_name, month::date as month, employee_days, tk_days, late_days
      from (values
        -- A (big): 10 per 100 in Q2, 5 per 100 in Q3 -> better
        ('A', 'Dinas A', '2025-04-01', 1000, 20, 80), ('A', 'Dinas A', '2025-05-01', 1000, 0, 100),
        ('A', 'Dinas A', '2025-07-01', 2000, 10, 90),
        -- B (small): 5 per 100 in Q2, 20 per 100 in Q3 -> worse
        ('B', 'Dinas B', '2025-06-01', 40, 0, 2), ('B', 'Dinas B', '2025-09-01', 40, 2, 6),
        -- C: new in Q3, nothing to compare with
        ('C', 'Dinas C', '2025-08-01', 100, 1, 1),
        -- an older quarter is not compared
        ('A', 'Dinas A', '2025-01-01', 1000, 500, 500)
      ) t(opd_code, opd_name, month, employee_days, tk_days, late_days)`);
    // every month final, except October's attendance (its export stops early): not compared
    await conn.run(`insert into marts.unit_summary values ('A', 'Dinas A', date '2025-10-01', 100, 50, 50)`);
    await dataMonths(conn, Array.from({ length: 10 }, (_, i) => `2025-${String(i + 1).padStart(2, "0")}-01`), { "2025-10-01": ["presensi"] });
    await runOnly(conn, "data_final_months", "page_unit_discipline_change");
    const result = await rows(conn, `
      select opd_code, strftime(previous_quarter, '%Y-%m-%d') as previous_quarter, strftime(current_quarter, '%Y-%m-%d') as current_quarter,
        previous_tk_late_days, current_tk_late_days, previous_rate, current_rate, change, verdict
      from marts.page_unit_discipline_change order by opd_code`);
    expect(result).toEqual([
      { opd_code: "A", previous_quarter: "2025-04-01", current_quarter: "2025-07-01", previous_tk_late_days: 200, current_tk_late_days: 100, previous_rate: 10, current_rate: 5, change: -5, verdict: "lebih_baik" },
      { opd_code: "B", previous_quarter: "2025-04-01", current_quarter: "2025-07-01", previous_tk_late_days: 2, current_tk_late_days: 8, previous_rate: 5, current_rate: 20, change: 15, verdict: "lebih_buruk" },
      { opd_code: "C", previous_quarter: null, current_quarter: "2025-07-01", previous_tk_late_days: null, current_tk_late_days: 2, previous_rate: null, current_rate: 2, change: null, verdict: null },
    ]);
  });

  it("a change within tk_late_per_100's tolerance (rules.figures) is setara, not better or worse", async () => {
    const conn = await modelDb();
    await conn.run(`
      create table marts.unit_summary as select opd_code, opd_name, month::date as month, employee_days, tk_days, late_days
      from (values ('A', 'Dinas A', '2025-06-01', 1000, 10, 20), ('A', 'Dinas A', '2025-09-01', 1000, 10, 25)) t(opd_code, opd_name, month, employee_days, tk_days, late_days)`);
    await dataMonths(conn, ["2025-06-01", "2025-09-01"]);
    await runOnly(conn, "data_final_months", "page_unit_discipline_change");
    // 3 -> 3,5 per 100: within 0,5
    expect(await rows(conn, `select round(change, 2) as change, verdict from marts.page_unit_discipline_change`)).toEqual([{ change: 0.5, verdict: "setara" }]);
  });
});
