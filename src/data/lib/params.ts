// Parameterised loaders (Framework passes `--month=07` for a file named `…-[month].json.ts`).
import { parseArgs } from "node:util";

/** The calendar month (1–12) a `[month]` loader was asked for; exits with the reason otherwise. */
export function monthParam(): number {
  const { values } = parseArgs({ options: { month: { type: "string" } }, strict: false });
  const month = Number(values.month);
  if (!/^\d{2}$/.test(String(values.month)) || month < 1 || month > 12) {
    process.stderr.write(`loader: --month harus 01–12, bukan "${values.month ?? ""}"\n`);
    process.exit(1);
  }
  return month;
}
