// Figure cards of the OPD profile (src/opd/[opd].md): the OPD's figure, the kabupaten's beside
// it, the OPD's rank among the OPDs and which way is better. A figure the public build left out
// (about fewer than min_group_size people) reads "<5"; the loader names those in `suppressed`.
import {html} from "npm:htl";
import {formatNumber} from "./format.js";

/** "<5" for the threshold of this build. */
export const hiddenText = (settings) => `<${settings?.min_group_size ?? 5}`;

/** Public build: why a figure of 5 or more can read "<5" too (secondary suppression). */
export function secondaryNote(settings) {
  if (!(settings?.threshold > 0)) return "";
  return html`<p class="small muted" data-note="small-groups">Agar angka yang disembunyikan tidak dapat dihitung dari selisih dengan jumlah atau angka kabupaten,
    satu angka lain di baris atau kolom yang sama ikut ditulis "${hiddenText(settings)}", walaupun mungkin ${settings.min_group_size} orang atau lebih.</p>`;
}

/** True when the loader left this figure out of this build. */
export const isHidden = (figures, key) => Boolean(figures?.suppressed?.includes(key));

/** The figure as text: "<5" when hidden, "–" when there is no data, else format(value). */
export function show(figures, key, format, settings) {
  if (isHidden(figures, key)) return hiddenText(settings);
  const value = figures?.[key];
  return value == null ? "–" : format(value);
}

/** A count of the loader's counts list ({dimension, category, n, suppressed}): n, null when hidden, 0 when absent. */
export function countOf(counts, dimension, category) {
  const cell = counts.find((d) => d.dimension === dimension && String(d.category) === String(category));
  return cell ? (cell.suppressed ? null : cell.n) : 0;
}

/**
 * "peringkat 3 dari 32 OPD" (1 = best; "sama dengan 4 OPD lain" on a tie; "yang angkanya tampil" when
 * the public build left some OPDs' figure out), or "tanpa peringkat".
 */
export function rankText(rank, rankedOf, ties = 0, opdCount = rankedOf) {
  if (rank == null) return "tanpa peringkat";
  const of = `${formatNumber(rankedOf)} OPD${rankedOf < opdCount ? " yang angkanya tampil" : ""}`;
  return `peringkat ${formatNumber(rank)} dari ${of}${ties > 0 ? ` (sama dengan ${formatNumber(ties)} OPD lain)` : ""}`;
}

/** The mart's verdict against the kabupaten (marts.opd_figures.verdict: within the figure's tolerance it is setara). */
const VERDICTS = {
  lebih_baik: {text: "lebih baik dari kabupaten", tone: "status-good"},
  setara: {text: "setara kabupaten", tone: null},
  lebih_buruk: {text: "lebih buruk dari kabupaten", tone: "status-bad"},
  // fewer people than completeness.min_compared_n: one person moves the figure too far to judge it
  kelompok_kecil: {text: "kelompok kecil, tidak dinilai", tone: "status-neutral"}
};

const READING = {higher: "semakin tinggi semakin baik", lower: "semakin rendah semakin baik"};

/**
 * One card: {title, key, format, note, rule} with the OPD's and the kabupaten's figures objects, the
 * OPD's ranks and verdicts, how many OPDs were ranked, and how each figure reads (reading: which
 * way is better, its tolerance and the months its data left out, all from marts.opd_figures).
 */
export function figureCard({title, key, format, note, rule}, {opd, kabupaten, rank, ties, rankedOf, settings, verdicts, reading}) {
  const how = reading?.[key] ?? {};
  const v = VERDICTS[verdicts?.[key]];
  const ranked = rankedOf?.[key] != null;
  const tolerance = how.tolerance ? `setara bila selisihnya paling banyak ${format(how.tolerance)}` : null;
  return html`<div class="card opd-figure" id=${`angka-${key}`} data-figure=${key} data-verdict=${verdicts?.[key] ?? ""}>
    <h2>${title}</h2>
    ${isHidden(opd, key)
      ? html`<span class="big">${hiddenText(settings)}</span> <span class="muted">orang</span>` // the group behind a hidden rate
      : html`<span class="big">${show(opd, key, format, settings)}</span>`}
    <p class="opd-figure__compare">Kabupaten <strong>${show(kabupaten, key, format, settings)}</strong>${
      ranked ? html` · ${rankText(rank?.[key], rankedOf[key], ties?.[key], settings?.opd_count)}` : ""}${v ? html` · <span class=${v.tone ?? ""}>${v.text}</span>` : ""}</p>
    ${how.months_left_out ? html`<p class="small opd-figure__left-out" data-left-out>Tanpa ${how.months_left_out}: datanya belum final.</p>` : ""}
    <p class="muted small">${[note, how.better ? READING[how.better] : null, v && verdicts[key] !== "kelompok_kecil" ? tolerance : null,
      verdicts?.[key] === "kelompok_kecil" && settings?.min_compared_n ? `angka tentang kurang dari ${formatNumber(settings.min_compared_n)} orang tidak dinilai lebih baik/buruk` : null].filter(Boolean).join(" · ")}${rule ? html`<br>${rule}` : ""}</p>
  </div>`;
}

/**
 * The scorecard a profile opens with: one row per ranked figure ({title, key, format, href}), the
 * OPD beside the kabupaten, its rank and the mart's verdict, so that the first screen answers "how
 * does this OPD stand"; the cards below explain each figure.
 */
export function scorecard(specs, {opd, kabupaten, rank, ties, rankedOf, settings, verdicts, reading}) {
  const rows = specs.filter((d) => opd?.[d.key] != null || isHidden(opd, d.key));
  // a hidden share reads "<5 orang", never "<5" beside percentages
  const shown = (figures, d) => (isHidden(figures, d.key) ? `${hiddenText(settings)} orang` : show(figures, d.key, d.format, settings));
  if (!rows.length) return html`<p class="muted">Belum ada angka untuk dibandingkan.</p>`;
  return html`<table class="opd-table opd-scorecard" data-scorecard>
    <thead><tr><th>Angka</th><th class="num">OPD ini</th><th class="num">Kabupaten</th><th>Peringkat</th><th>Dibanding kabupaten</th></tr></thead>
    <tbody>${rows.map((d) => {
      const v = VERDICTS[verdicts?.[d.key]];
      const better = reading?.[d.key]?.better;
      return html`<tr data-figure=${d.key}>
        <td><a href=${d.href}>${d.title}</a>${better ? html`<br><small class="muted">${READING[better]}</small>` : ""}</td>
        <td class="num"><strong>${shown(opd, d)}</strong></td>
        <td class="num">${shown(kabupaten, d)}</td>
        <td>${rankedOf?.[d.key] != null && rank?.[d.key] != null ? `${formatNumber(rank[d.key])} dari ${formatNumber(rankedOf[d.key])}${ties?.[d.key] > 0 ? " (seri)" : ""}` : "–"}</td>
        <td>${v ? html`<span class=${v.tone ?? ""}>${v.text}</span>` : "–"}</td>
      </tr>`;
    })}</tbody>
  </table>`;
}

/** The scorecard's finding ("Lebih buruk dari kabupaten pada 2 dari 7 angka (TK, merit)..."), by each spec's `short` name. */
export function scorecardHeadline(specs, verdicts = {}) {
  const of = (verdict) => specs.filter((d) => verdicts[d.key] === verdict).map((d) => d.short ?? d.title);
  const worse = of("lebih_buruk");
  const better = of("lebih_baik");
  const judged = specs.filter((d) => ["lebih_baik", "setara", "lebih_buruk"].includes(verdicts[d.key])).length;
  if (!judged) return "Belum ada angka yang dapat dinilai terhadap kabupaten.";
  const part = (list, word) => (list.length ? `${word} pada ${formatNumber(list.length)} dari ${formatNumber(judged)} angka (${list.join(", ")})` : null);
  const parts = [part(worse, "Lebih buruk dari kabupaten"), part(better, worse.length ? "lebih baik" : "Lebih baik dari kabupaten")].filter(Boolean);
  return parts.length ? `${parts.join("; ")}; selebihnya setara.` : `Setara dengan kabupaten pada ${formatNumber(judged)} angka yang dinilai.`;
}

/** Headcount of one dimension (employee_type, position_type): OPD count, its share, the kabupaten's share. */
export function headcountTable(categories, labels, {opdCounts, kabCounts, dimension, settings}) {
  const pct = (n, all) => (n == null || !all ? "–" : `${formatNumber((100 * n) / all, 1)}%`);
  const opdAll = countOf(opdCounts, "employees", "semua");
  const kabAll = countOf(kabCounts, "employees", "semua");
  const present = categories.filter((c) => opdCounts.some((d) => d.dimension === dimension && d.category === c) || countOf(kabCounts, dimension, c));
  return html`<table class="opd-table">
    <thead><tr><th></th><th class="num">Orang</th><th class="num">% OPD</th><th class="num">% kab.</th></tr></thead>
    <tbody>${present.map((category) => {
      const n = countOf(opdCounts, dimension, category);
      return html`<tr><td>${labels[category] ?? category}</td>
        <td class="num">${n == null ? hiddenText(settings) : formatNumber(n)}</td>
        <td class="num">${n == null ? "–" : pct(n, opdAll)}</td>
        <td class="num">${pct(countOf(kabCounts, dimension, category), kabAll)}</td></tr>`;
    })}</tbody>
  </table>`;
}
