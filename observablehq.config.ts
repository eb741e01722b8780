// Observable Framework configuration for the offline dashboard.
// Self-contained on purpose (government intranets have no internet): no web fonts
// (`globalStylesheets: []`), an inline favicon, no DuckDB-wasm. See /work/shared/platform.md.

// Base64, not percent-encoding: Framework re-encodes the "%" of a percent-encoded data URL.
const favicon =
  "data:image/svg+xml;base64," +
  Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">` +
      `<rect width="32" height="32" rx="6" fill="#1f5f8b"/>` +
      `<rect x="7" y="17" width="4" height="8" fill="#fff"/><rect x="14" y="11" width="4" height="14" fill="#fff"/>` +
      `<rect x="21" y="7" width="4" height="18" fill="#fff"/></svg>`,
  ).toString("base64");

export default {
  root: "src",
  output: process.env.ASN_DIST ?? "dist", // set by scripts/build-site.ts (npm test builds elsewhere)
  title: "Dasbor Kinerja & Disiplin ASN",
  theme: "dashboard",
  globalStylesheets: [],
  head: `<link rel="icon" type="image/svg+xml" href="${favicon}">
<style>:root { --serif: var(--sans-serif); }</style>`,
  pages: [
    { name: "Ringkasan", path: "/" },
    { name: "Kualitas Data", path: "/pages/kualitas-data" },
    {
      name: "Disiplin",
      pages: [
        { name: "Tren Disiplin", path: "/pages/disiplin-tren" },
        { name: "Tindak Lanjut Disiplin", path: "/pages/disiplin-tindak-lanjut" },
        { name: "Peringatan Dini", path: "/pages/disiplin-peringatan-dini" },
        { name: "Potongan TPP", path: "/pages/tpp-potongan" },
      ],
    },
    {
      name: "Kinerja & Penghargaan",
      pages: [
        { name: "Peta Produktivitas", path: "/pages/produktivitas" },
        { name: "Predikat Kinerja", path: "/pages/predikat" },
        { name: "Penghargaan ASN Teladan", path: "/pages/penghargaan" },
        { name: "Instruksi Khusus Pimpinan", path: "/pages/ikp" },
      ],
    },
    {
      name: "Talenta & Merit",
      pages: [
        { name: "Manajemen Talenta (Nine-Box)", path: "/pages/talenta" },
        { name: "Kelompok Rencana Suksesi", path: "/pages/talenta-suksesi" },
        { name: "Sistem Merit", path: "/pages/merit" },
        { name: "Peta Karier Pegawai", path: "/pages/karier" },
      ],
    },
  ],
  home: "Dasbor ASN",
  toc: { show: false, label: "Daftar isi" },
  pager: false,
  search: false,
  footer:
    "Dasbor Kinerja & Disiplin ASN — data dari ekspor BKPSDM, diolah tanpa koneksi internet. " +
    "Angka adalah hasil olahan aturan dan perlu diverifikasi sebelum ditindaklanjuti.",
  // TypeScript loaders in one node process each (the default `tsx` CLI starts two).
  interpreters: { ".ts": [process.execPath, "--import", "tsx"] },
  // No page uses DuckDB-wasm; should one do so, it must not fetch extensions from the internet.
  duckdb: { extensions: { json: null, parquet: null } },
};
