// Discipline events per OPD and month, and per 100 employee-days (unit_summary's rates, so that a
// large and a small OPD compare fairly); small groups suppressed in public.
import { printUnitMonths } from "./lib/unit-months.ts";

await printUnitMonths({
  employee_days: "integer", tk_days: "integer", late_days: "integer", early_days: "integer", outside_geofence_days: "integer",
  tk_per_100: "double", late_per_100: "double", early_per_100: "double", outside_geofence_per_100: "double",
});
