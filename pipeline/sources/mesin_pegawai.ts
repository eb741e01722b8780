// mesin_pegawai*.csv: which employee a PIN on a fingerprint device is.
import { column, defineSource } from "../ingest/source.ts";
import { code, nip, text } from "../ingest/fields.ts";

export const mesinPegawai = defineSource({
  name: "mesin_pegawai",
  file: { prefix: "mesin_pegawai" },
  columns: [
    // Upper-case, as attlog's device id from the file name.
    column("device_id", code(), { aliases: ["mesin", "id_mesin", "sn"] }),
    column("pin", text(), { aliases: ["user_id", "id_finger"] }),
    column("nip", nip()),
  ],
  key: ["device_id", "pin"],
  masterNips: ["nip"],
});
