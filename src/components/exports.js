// Which export feeds which part of the dashboard (file names from the data contract), so an
// empty chart can say which export is missing instead of drawing nothing.
import {html} from "npm:htl";

export const EXPORTS = {
  pegawai: {label: "pegawai*.csv (atau ekspor data pegawai SIASN)", what: "data pegawai", sources: ["pegawai"], patterns: [/^pegawai/i]},
  kehadiran: {
    label: "presensi*.csv, *_attlog.dat atau GLog GLG_*.TXT (dengan mesin_pegawai*.csv)",
    what: "data kehadiran",
    sources: ["presensi", "attlog", "glog"],
    patterns: [/^presensi/i, /_attlog\.dat$/i]
  },
  hukuman: {label: "hukuman_disiplin*.csv", what: "data hukuman disiplin (SK)", sources: ["hukuman_disiplin"], patterns: [/^hukuman_disiplin/i]},
  aktivitas: {label: "aktivitas*.csv", what: "data aktivitas harian (e-Kinerja)", sources: ["aktivitas"], patterns: [/^aktivitas/i]},
  skp: {label: "skp*.csv (atau laporan SKP e-Kinerja)", what: "data penilaian SKP", sources: ["skp"], patterns: [/^skp/i]},
  penilaian360: {label: "penilaian360*.csv", what: "data penilaian perilaku 360 derajat", sources: ["penilaian360"], patterns: [/^penilaian360/i]},
  predikat_unit: {label: "predikat_unit*.csv", what: "data predikat kinerja organisasi", sources: ["predikat_unit"], patterns: [/^predikat_unit/i]},
  ikp: {label: "ikp*.csv", what: "data instruksi khusus pimpinan (IKP)", sources: ["ikp"], patterns: [/^ikp/i]},
  koreksi: {label: "koreksi_presensi*.csv", what: "data koreksi presensi", sources: ["koreksi_presensi"], patterns: [/^koreksi_presensi/i]},
  apel: {label: "apel*.csv", what: "data apel pagi dan upacara", sources: ["apel"], patterns: [/^apel/i]},
  jadwal: {label: "shift*.csv dan jadwal*.csv", what: "jadwal dinas (shift)", sources: ["jadwal"], patterns: [/^jadwal/i]}
};

// This module is served from <site>/_import/components/, so this is right under any base path.
const qualityPage = new URL("../../pages/kualitas-data", import.meta.url).href;

const baseName = (file) => String(file ?? "").split(/[\\/]/).pop();

/**
 * True when the load report lists at least one file (or sheet) of this export that was
 * recognised: by its source, whatever the file is called (a workbook recognised by its header or
 * by the import map counts); by the file name for a load report without `status`.
 */
export function hasExport(loadReport, key) {
  const {sources, patterns} = EXPORTS[key];
  return loadReport.some((d) => d.status !== undefined
    ? d.status !== "tidak_dikenali" && sources.includes(d.source)
    : patterns.some((p) => p.test(baseName(d.file))));
}

/** The note shown in place of a chart whose mart is empty. */
export function emptyNotice(loadReport, key) {
  const {label, what} = EXPORTS[key];
  if (!loadReport.length) {
    return html`<div class="note" label="Catatan" role="status">Belum ada laporan muat: pengolahan data belum dijalankan pada basis data ini,
      sehingga ${what} belum tersedia.</div>`;
  }
  if (!hasExport(loadReport, key)) {
    return html`<div class="warning" label="Data belum lengkap" role="status"><strong>Ekspor tidak ditemukan: ${label}.</strong>
      Grafik ini memerlukan ${what}. Letakkan berkas ekspor tersebut di folder masukan lalu jalankan pengolahan data lagi.</div>`;
  }
  return html`<div class="warning" label="Data belum lengkap" role="status"><strong>${what[0].toUpperCase() + what.slice(1)} kosong</strong>
    walaupun ekspor ${label} sudah dimuat. Periksa baris yang ditolak di halaman
    <a href=${qualityPage}>Kualitas Data</a>.</div>`;
}
