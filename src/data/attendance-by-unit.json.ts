// Attendance per OPD and month, as the unit_summary mart has it (small groups suppressed in public).
import { printUnitMonths } from "./lib/unit-months.ts";

await printUnitMonths({
  headcount: "integer", employee_days: "integer", present_days: "integer", absent_excused_days: "integer", tk_days: "integer",
  attendance_rate: "double", tk_per_100: "double",
});
