// The periodic reports that exist (src/data/laporan-periods.ts), for the index of src/laporan/:
// each period with its dates and how far its attendance data reaches.
import { reportPeriods } from "./laporan-periods.ts";

try {
  process.stdout.write(JSON.stringify(await reportPeriods()));
} catch (error) {
  process.stderr.write(`loader gagal: ${(error as Error).message}\n`);
  process.exitCode = 1;
}
