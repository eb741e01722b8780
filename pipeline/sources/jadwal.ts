// jadwal*.csv: one roster day of one shift worker: the shift code, or `libur` for a rostered day off.
import { column, defineSource } from "../ingest/source.ts";
import { code, date, nip } from "../ingest/fields.ts";

export const jadwal = defineSource({
  name: "jadwal",
  about: "jadwal dinas per pegawai dan hari (kode shift atau libur)",
  file: { prefix: "jadwal" },
  columns: [
    column("nip", nip()),
    column("tanggal", date(), { aliases: ["tgl"] }),
    column("kode_shift", code(), { aliases: ["shift", "kode", "kd_shift"] }),
  ],
  key: ["nip", "tanggal"],
  masterNips: ["nip"],
});
