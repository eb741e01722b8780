// Every input source, in load order: pegawai first (the others' NIPs are checked against it),
// mesin_pegawai before attlog and GLog (their PINs are resolved through it).
import type { Source } from "../ingest/source.ts";
import { pegawai } from "./pegawai.ts";
import { unit } from "./unit.ts";
import { mesinPegawai } from "./mesin_pegawai.ts";
import { attlog } from "./attlog.ts";
import { glog } from "./glog.ts";
import { presensi } from "./presensi.ts";
import { ketidakhadiran } from "./ketidakhadiran.ts";
import { hariLibur } from "./hari_libur.ts";
import { aktivitas } from "./aktivitas.ts";
import { skp } from "./skp.ts";
import { penilaian360 } from "./penilaian360.ts";
import { kompetensi } from "./kompetensi.ts";
import { standarKompetensi } from "./standar_kompetensi.ts";
import { hukumanDisiplin } from "./hukuman_disiplin.ts";
import { ikp } from "./ikp.ts";
import { pelatihan } from "./pelatihan.ts";
import { predikatUnit } from "./predikat_unit.ts";
import { shift } from "./shift.ts";
import { jadwal } from "./jadwal.ts";
import { koreksiPresensi } from "./koreksi_presensi.ts";
import { apel } from "./apel.ts";

export const SOURCES: readonly Source[] = [
  pegawai,
  unit,
  mesinPegawai,
  attlog,
  glog,
  presensi,
  ketidakhadiran,
  hariLibur,
  aktivitas,
  skp,
  penilaian360,
  kompetensi,
  standarKompetensi,
  hukumanDisiplin,
  ikp,
  pelatihan,
  predikatUnit,
  shift,
  jadwal,
  koreksiPresensi,
  apel,
];
