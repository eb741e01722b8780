// *_attlog.dat: one fingerprint punch, as a ZKTeco machine exports it to USB: no header, tab-separated
// PIN (left-padded), `YYYY-MM-DD HH:MM:SS` local time, device, status, verify mode, workcode; CRLF.
import { column, defineSource } from "../ingest/source.ts";
import { code, int, text, timestamp } from "../ingest/fields.ts";
import { pin } from "./shared.ts";

const SUFFIX = "_attlog.dat";

/** PIN -> NIP through mesin_pegawai: this machine's entry, else the PIN's entry without a machine. */
export const PIN_LOOKUP = {
  column: "nip",
  table: "mesin_pegawai",
  match: { device_id: "device_id", pin: "pin" },
  wildcard: "device_id",
  value: "nip",
  reason: "PIN {pin} pada mesin {device_id} tidak terdaftar di mesin_pegawai",
  reportOn: "pin",
};

export const attlog = defineSource({
  name: "attlog",
  about: "log sidik jari mesin ZKTeco",
  file: { suffix: SUFFIX },
  header: false,
  columns: [
    column("pin", pin()),
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
  lookup: PIN_LOOKUP,
  key: ["device_id", "pin", "waktu"],
});
