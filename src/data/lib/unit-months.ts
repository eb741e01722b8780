// The OPD x month figures of marts.unit_summary for a page, one loader each choosing its columns.
// Public build: an OPD-month of fewer than min_group_size employees shows no figure
// (src/data/lib/profile.ts). Rules and rates are the mart's; this only selects and suppresses.
import { printQuery } from "./query.ts";
import { suppressionThreshold, suppressSmall } from "./profile.ts";

/** Prints opd_code, opd_name, month and the given columns (name -> SQL type) per OPD and month. */
export async function printUnitMonths(columns: Record<string, "integer" | "double">): Promise<void> {
  const k = await suppressionThreshold();
  const figures = Object.entries(columns).map(([name, type]) => `${suppressSmall("headcount", `${name}::${type}`, k)} as ${name}`);
  await printQuery(`
    select opd_code, opd_name, strftime(month, '%Y-%m-%d') as month, ${figures.join(", ")}
    from marts.unit_summary
    order by opd_code, month
  `);
}
