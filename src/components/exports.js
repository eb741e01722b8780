// Which export feeds which part of the dashboard (file names from the data contract), so an
// empty chart can say which export is missing instead of drawing nothing.
import {html} from "npm:htl";

export const EXPORTS = {
  pegawai: {label: "pegawai*.csv", what: "data pegawai", patterns: [/^pegawai/i]},
  kehadiran: {
    label: "presensi*.csv atau *_attlog.dat (dengan mesin_pegawai*.csv)",
    what: "data kehadiran",
    patterns: [/^presensi/i, /_attlog\.dat$/i]
  },
  hukuman: {label: "hukuman_disiplin*.csv", what: "data hukuman disiplin (SK)", patterns: [/^hukuman_disiplin/i]},
  aktivitas: {label: "aktivitas*.csv", what: "data aktivitas harian (e-Kinerja)", patterns: [/^aktivitas/i]},
  skp: {label: "skp*.csv", what: "data penilaian SKP", patterns: [/^skp/i]},
  penilaian360: {label: "penilaian360*.csv", what: "data penilaian perilaku 360 derajat", patterns: [/^penilaian360/i]},
  predikat_unit: {label: "predikat_unit*.csv", what: "data predikat kinerja organisasi", patterns: [/^predikat_unit/i]},
  ikp: {label: "ikp*.csv", what: "data instruksi khusus pimpinan (IKP)", patterns: [/^ikp/i]}
};

// This module is served from <site>/_import/components/, so this is right under any base path.
const qualityPage = new URL("../../pages/kualitas-data", import.meta.url).href;

const baseName = (file) => String(file ?? "").split(/[\\/]/).pop();

/** True when the load report lists at least one file of this export. */
export function hasExport(loadReport, key) {
  return loadReport.some((d) => EXPORTS[key].patterns.some((p) => p.test(baseName(d.file))));
}

/** The note shown in place of a chart whose mart is empty. */
export function emptyNotice(loadReport, key) {
  const {label, what} = EXPORTS[key];
  if (!loadReport.length) {
    return html`<div class="note" label="Catatan" role="status">Belum ada laporan muat: pipeline belum dijalankan pada basis data ini,
      sehingga ${what} belum tersedia.</div>`;
  }
  if (!hasExport(loadReport, key)) {
    return html`<div class="warning" label="Data belum lengkap" role="status"><strong>Ekspor tidak ditemukan: ${label}.</strong>
      Grafik ini memerlukan ${what}. Letakkan berkas ekspor tersebut di folder masukan lalu jalankan pipeline lagi.</div>`;
  }
  return html`<div class="warning" label="Data belum lengkap" role="status"><strong>${what[0].toUpperCase() + what.slice(1)} kosong</strong>
    walaupun ekspor ${label} sudah dimuat. Periksa baris yang ditolak di halaman
    <a href=${qualityPage}>Kualitas Data</a>.</div>`;
}
