// GLog text exports of ZK-type fingerprint machines (`GLG_0001.TXT`, `..._GLog.txt`): one punch a
// line, tab-separated No, Mchn (the machine number), EnNo (the PIN, zero-padded), Name, Mode,
// IOMd (0 in, 1 out), DateTime as `YYYY/MM/DD  HH:MM:SS`. The first line is a header that does not
// line up with the data, so fields are taken by position. Names are typed on the machine, often
// not in UTF-8: they are not needed and never loaded.
import { column, defineSource } from "../ingest/source.ts";
import { code, int, text, timestamp } from "../ingest/fields.ts";
import { PIN_LOOKUP } from "./attlog.ts";
import { pin } from "./shared.ts";

export const glog = defineSource({
  name: "glog",
  about: "log sidik jari GLog",
  file: { pattern: /^(GLG_.*|.*_GL.*)\.txt$/i, shown: "GLG_*.TXT, *_GL*.TXT" },
  header: false,
  titleLine: /^\s*No\s+Mchn\s+EnNo/i,
  columns: [
    column("no", text(), { optional: true, stored: false }),
    column("device_id", code()),
    column("pin", pin()),
    column("nama", text(), { optional: true, stored: false }),
    column("verify_mode", int(0, 255), { optional: true }),
    column("status", int(0, 5)),
    column("waktu", timestamp()),
  ],
  lookup: PIN_LOOKUP,
  key: ["device_id", "pin", "waktu"],
});
