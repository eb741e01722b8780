// The one trust line every page and report carries (marts.data_status, docs/aturan.md#kelengkapan):
// up to when the data is complete, and what is still missing after it, with a link to the
// coverage on Kualitas Data. Its style is in palette.js (PALETTE_CSS).
import {html} from "npm:htl";
import {installPrint} from "./print.js";

const qualityPage = new URL("../../pages/kualitas-data#kelengkapan", import.meta.url).href;

/** data: data-status.json ({status: {trust_line, months_not_final, ...}, months}). */
export function trustLine(data) {
  installPrint(); // every page carries the trust line: whole tables on paper
  const status = data?.status;
  if (!status) {
    return html`<p class="trust-line trust-line--partial" data-trust-line>Kelengkapan data belum diketahui: pengolahan data belum menghitungnya pada basis data ini.</p>`;
  }
  // a line with more than the date names something incomplete
  const partial = status.months_not_final > 0 || status.trust_line.includes(";");
  // the one population every page counts (marts.data_status.population_line)
  return html`<p class=${`trust-line ${partial ? "trust-line--partial" : ""}`} data-trust-line role="status">${status.trust_line}.
    ${status.population_line ? html`<span class="trust-line__population" data-population>Populasi: ${status.population_line}.</span>` : ""}
    <a href=${qualityPage}>Kelengkapan per sumber</a></p>`;
}

const STATUS_OF = {presensi: "attendance_status", e_kinerja: "e_kinerja_status", ikp: "ikp_status"};

/** The months (YYYY-MM-01) whose data from `source` ("presensi", "e_kinerja", "ikp" or "semua") is not final. */
export function provisionalMonths(data, source = "semua") {
  const months = data?.months ?? [];
  const open = (d) => (STATUS_OF[source] ? d[STATUS_OF[source]] !== "final" : !d.is_final);
  return new Set(months.filter(open).map((d) => d.month));
}
