// mesin_pegawai*.csv: which employee a PIN on a fingerprint device is. An empty device_id means
// that PIN is that employee on every machine (agencies that enrol one PIN everywhere).
import { column, defineSource } from "../ingest/source.ts";
import { code, nip } from "../ingest/fields.ts";
import { pin } from "./shared.ts";

export const mesinPegawai = defineSource({
  name: "mesin_pegawai",
  about: "PIN mesin sidik jari per NIP",
  file: { prefix: "mesin_pegawai" },
  columns: [
    // Upper-case, as attlog's device id from the file name.
    column("device_id", code(), { optional: true, aliases: ["mesin", "id_mesin", "sn", "mchn", "no_mesin"] }),
    column("pin", pin(), { aliases: ["user_id", "id_finger", "enno"] }),
    column("nip", nip()),
  ],
  key: ["device_id", "pin"],
  masterNips: ["nip"],
});
