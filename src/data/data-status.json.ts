// How far the data can be trusted: the one trust line every page and report carries
// (marts.data_status) and each month's status (marts.data_months), so that charts grey the months
// whose figures are provisional. No personal data: both builds carry it.
import { queryEach } from "./lib/query.ts";

const out: Record<string, unknown> = {};
await queryEach(
  [
    ["status", `select strftime(final_through, '%Y-%m-%d') as final_through, strftime(latest_month, '%Y-%m-%d') as latest_month,
      months_not_final, trust_line, active_employees, strftime(population_as_of, '%Y-%m-%d') as population_as_of, population_line
      from marts.data_status`],
    ["months", `select strftime(month, '%Y-%m-%d') as month, month_label, attendance_status, e_kinerja_status, ikp_status, is_final, note
      from marts.data_months order by month`],
  ],
  (name, rows) => {
    out[name] = name === "status" ? (rows[0] ?? null) : rows;
  },
);
process.stdout.write(JSON.stringify(out));
