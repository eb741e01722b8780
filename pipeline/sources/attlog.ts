// *_attlog.dat: one fingerprint punch, as a ZKTeco machine exports it to USB: no header, tab-separated
// PIN (left-padded), `YYYY-MM-DD HH:MM:SS` local time, device, status, verify mode, workcode; CRLF.
import { column, defineSource } from "../ingest/source.ts";
import { code, int, text, timestamp } from "../ingest/fields.ts";

const SUFFIX = "_attlog.dat";

export const attlog = defineSource({
  name: "attlog",
  file: { suffix: SUFFIX },
  header: false,
  columns: [
    column("pin", text()),
    column("waktu", timestamp()),
    // The file name names the device (contract): the column is read but not loaded.
    column("mesin", code(), { optional: true, stored: false }),
    // 0 in, 1 out, 2 break-out, 3 break-in, 4 OT-in, 5 OT-out
    column("status", int(0, 5)),
    column("verify_mode", int(0, 255), { optional: true }),
    column("workcode", text(), { optional: true }),
  ],
  fromFileName: {
    column: "device_id",
    value: (fileName) => fileName.slice(0, -SUFFIX.length).toUpperCase(),
  },
  lookup: {
    column: "nip",
    table: "mesin_pegawai",
    match: { device_id: "device_id", pin: "pin" },
    value: "nip",
    reason: "PIN {pin} pada mesin {device_id} tidak terdaftar di mesin_pegawai",
    reportOn: "pin",
  },
  key: ["device_id", "pin", "waktu"],
});
