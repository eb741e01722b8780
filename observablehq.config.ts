// Observable Framework configuration for the offline dashboard.
// Self-contained on purpose (government intranets have no internet): no web fonts
// (`globalStylesheets: []`), an inline favicon, no DuckDB-wasm. See docs/arsitektur.md#tanpa-internet.
import { opdPageCodes } from "./src/data/opd-pages.ts"; // one page per OPD (src/opd/[opd].md)
import { reportPeriods } from "./src/data/laporan-periods.ts"; // one report per period (src/laporan/[periode].md)
import { distPath, profileSetting, siteRoot } from "./src/data/lib/env.ts";
import { BRAND_COLOR, INK, PALETTE_CSS } from "./src/components/palette.js"; // the status colours and the trust line's style, on every page

// Base64, not percent-encoding: Framework re-encodes the "%" of a percent-encoded data URL.
const favicon =
  "data:image/svg+xml;base64," +
  Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">` +
      `<rect width="32" height="32" rx="6" fill="${BRAND_COLOR}"/>` +
      `<rect x="7" y="17" width="4" height="8" fill="${INK.light}"/><rect x="14" y="11" width="4" height="14" fill="${INK.light}"/>` +
      `<rect x="21" y="7" width="4" height="18" fill="${INK.light}"/></svg>`,
  ).toString("base64");

// Build profiles (issue 6): `internal` (default) for the agency's intranet, `public` for aggregates
// only. Pages that list people are never built into the public site: scripts/build-site.ts builds
// it from a copy of src/ without them (ASN_ROOT), and the sidebar leaves them out.
const PROFILE = profileSetting();

/** Internal-only pages: an exact path, or a folder when it ends in "/". */
export const INTERNAL_ONLY_PAGES: string[] = [
  "/pages/disiplin-tindak-lanjut",
  "/pages/disiplin-peringatan-dini",
  "/pages/presensi-bukti",
  "/pages/karier",
];

export function isInternalOnly(path: string): boolean {
  const clean = path.replace(/\.md$/, "").replace(/\/index$/, "/");
  return INTERNAL_ONLY_PAGES.some((page) => (page.endsWith("/") ? clean.startsWith(page) : clean === page));
}

type SidebarEntry = { name: string; path?: string; pages?: SidebarEntry[]; [key: string]: unknown };

/** The sidebar of this build: in public, without the internal-only pages (and emptied sections). */
function forProfile(entries: SidebarEntry[]): SidebarEntry[] {
  if (PROFILE !== "public") return entries;
  return entries
    .filter((entry) => !(entry.path && isInternalOnly(entry.path)))
    .map((entry) => (entry.pages ? { ...entry, pages: forProfile(entry.pages) } : entry))
    .filter((entry) => !entry.pages || entry.pages.length > 0);
}

export default {
  root: siteRoot(), // the public build's staged copy of src/ (scripts/build-site.ts)
  output: distPath(PROFILE), // set by scripts/build-site.ts (npm test builds elsewhere)
  title: "Dasbor Kinerja & Disiplin ASN",
  theme: "dashboard",
  globalStylesheets: [],
  head: `<link rel="icon" type="image/svg+xml" href="${favicon}">
<style>:root { --serif: var(--sans-serif); }
${PALETTE_CSS}</style>`,
  pages: forProfile([
    { name: "Ringkasan", path: "/" },
    { name: "Profil OPD", path: "/opd/" },
    { name: "Kualitas Data", path: "/pages/kualitas-data" },
    { name: "Laporan Periodik", path: "/laporan/" },
    { name: "Dasar Aturan", path: "/pages/dasar-aturan" }, // both builds: rules and settings, no personal data
    {
      name: "Disiplin",
      pages: [
        { name: "Tren Disiplin", path: "/pages/disiplin-tren" },
        { name: "Tindak Lanjut Disiplin", path: "/pages/disiplin-tindak-lanjut" },
        { name: "Peringatan Dini", path: "/pages/disiplin-peringatan-dini" },
        { name: "Koreksi, Apel & GPS", path: "/pages/presensi-bukti" },
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
  ]),
  home: "Dasbor ASN",
  toc: { show: false, label: "Daftar isi" },
  pager: false,
  search: true, // page text only (no data); the public build indexes only its own pages
  footer:
    "Dasbor Kinerja & Disiplin ASN — data dari ekspor BKPSDM, diolah tanpa koneksi internet. " +
    "Angka adalah hasil olahan aturan dan perlu diverifikasi sebelum ditindaklanjuti.",
  // TypeScript loaders in one node process each (the default `tsx` CLI starts two).
  interpreters: { ".ts": [process.execPath, "--import", "tsx"] },
  // src/opd/[opd].md for every OPD in the database ("/opd/1.02.01"); none before the pipeline ran.
  async *dynamicPaths() {
    for (const code of await opdPageCodes()) yield `/opd/${code}`;
    // src/laporan/[periode].md for every report period ("/laporan/2025-TW1", "/laporan/2025").
    for (const { period } of await reportPeriods()) yield `/laporan/${period}`;
  },
  // No page uses DuckDB-wasm; should one do so, it must not fetch extensions from the internet.
  duckdb: { extensions: { json: null, parquet: null } },
};
