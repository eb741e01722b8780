// The home page's answer cards (marts.briefing_cards via briefing.json): one row a leader reads
// first, each card for the latest period whose data is final, with the figure before it, a
// sparkline and a link to the page that explains it.
import * as Plot from "npm:@observablehq/plot";
import {html} from "npm:htl";
import {formatMonth, formatNumber} from "./format.js";
import {LEVEL_LABELS} from "./discipline-labels.js";
import {INK, PROVISIONAL_COLORS, STATUS_COLORS} from "./palette.js";
import {addStyle} from "./style.js";

const base = new URL("../../", import.meta.url).href;
const href = (link) => new URL(link, base).href;
const num = (v, digits = 0) => (v == null ? "–" : formatNumber(v, digits));

// A sparkline's end label: "TW I" for a quarter ("2025-TW1"), "Jan" for a month ("2025-01-01").
const endLabel = (x) => (/TW\d$/.test(x) ? `TW ${["I", "II", "III", "IV"][Number(x.slice(-1)) - 1]}` : formatMonth(x, "month"));

/** A small line or bar chart without axes, its first and last period named under it: a card's series at a glance. */
function sparkline(points, {bars = false, color = STATUS_COLORS.neutral, highlight} = {}) {
  if (!points?.length) return "";
  const data = points.map((d, i) => ({...d, i, on: highlight?.(d) ?? true}));
  const ends = data.length > 1 ? [data[0], data.at(-1)] : data;
  return Plot.plot({
    width: 240,
    height: 58,
    margin: 3,
    marginBottom: 16,
    axis: null,
    x: {type: "band", padding: bars ? 0.2 : 0},
    y: {zero: bars},
    marks: (bars
      ? [Plot.barY(data, {x: "x", y: "y", fill: (d) => (d.on ? color : PROVISIONAL_COLORS.fill), stroke: (d) => (d.on ? "none" : PROVISIONAL_COLORS.stroke)})]
      : [Plot.lineY(data, {x: "x", y: "y", stroke: color, strokeWidth: 1.5}), Plot.dot(data.slice(-1), {x: "x", y: "y", fill: color, r: 2.5})]
    ).concat(Plot.text(ends, {x: "x", frameAnchor: "bottom", dy: 13, text: (d) => endLabel(d.x), fontSize: 10, fill: INK.muted}))
  });
}

function card({title, big, lines, spark, link, linkText, name}) {
  return html`<div class="card briefing-card" data-card=${name}>
    <h2>${title}</h2>
    <div class="briefing-big">${big}</div>
    ${lines.filter(Boolean).map((line) => html`<p class="briefing-line">${line}</p>`)}
    <div class="briefing-spark">${spark}</div>
    <p class="briefing-link"><a href=${href(link)}>${linkText} →</a></p>
  </div>`;
}

function teladan(d, {internal}) {
  if (!d) return card({name: "teladan", title: "ASN teladan", big: "–", lines: ["Belum ada triwulan dengan data final dan pemenang."], link: "pages/penghargaan", linkText: "Penghargaan ASN Teladan"});
  const margin = d.value != null && d.previous_value != null ? d.value - d.previous_value : null;
  return card({
    name: "teladan",
    title: `ASN teladan ${d.period_label}`,
    big: internal && d.name ? d.name : d.opd_name,
    lines: [
      internal && d.name ? `${d.position_name ?? ""} · ${d.opd_name}` : "Nama dan skor hanya di versi internal.",
      d.value != null ? html`skor <strong>${num(d.value, 2)}</strong>${margin != null ? `, unggul ${num(margin, 2)} poin dari peringkat 2` : ""}` : null
    ],
    spark: sparkline(d.spark, {color: STATUS_COLORS.good}),
    link: d.link,
    linkText: "Penghargaan ASN Teladan"
  });
}

function opdWorse(d) {
  if (!d) return card({name: "opd_memburuk", title: "OPD yang memburuk", big: "Tidak ada", lines: ["Tidak ada OPD yang TK dan terlambatnya naik melampaui toleransi."], link: "pages/disiplin-tren", linkText: "Tren Disiplin"});
  return card({
    name: "opd_memburuk",
    title: `OPD paling memburuk, ${d.period_label}`,
    big: d.opd_name,
    lines: [
      html`<strong>${num(d.value, 2)}</strong> hari TK dan terlambat per 100 hari kerja pegawai (${num(d.n)} dari ${num(d.n_of)})`,
      html`<span class="status-bad">naik ${num(d.value - d.previous_value, 2)}</span> dari ${num(d.previous_value, 2)} pada triwulan sebelumnya`
    ],
    spark: sparkline(d.spark, {bars: true, color: STATUS_COLORS.bad}),
    link: d.link,
    linkText: "Profil OPD"
  });
}

function waiting(d) {
  if (!d) return card({name: "disiplin_menunggu", title: "Rekomendasi disiplin menunggu keputusan", big: "–", lines: [], link: "pages/disiplin-tindak-lanjut", linkText: "Tindak Lanjut Disiplin"});
  const parts = (d.parts ?? []).map((p) => `${(LEVEL_LABELS[p.label] ?? p.label).toLowerCase()} ${p.n == null ? "<5" : num(p.n)}`).join(" · ");
  return card({
    name: "disiplin_menunggu",
    title: `Rekomendasi disiplin menunggu keputusan, ${d.period_label}`,
    big: html`${d.n == null ? "<5" : num(d.n)} <small>dari ${num(d.n_of)} PNS</small>`,
    lines: [parts ? `belum ada SK: ${parts}` : "semua sudah diputus", "rekomendasi PP 94/2021, bukan keputusan; per bulan tingkatnya tercapai:"],
    spark: sparkline(d.spark, {bars: true, color: STATUS_COLORS.attention}),
    link: d.link,
    linkText: d.link.endsWith("disiplin-tren") ? "Tren Disiplin" : "Tindak Lanjut Disiplin"
  });
}

function completeness(d, dataStatus) {
  if (!d) return card({name: "kelengkapan", title: "Kelengkapan data", big: "–", lines: [], link: "pages/kualitas-data", linkText: "Kualitas Data"});
  const open = (dataStatus?.months ?? []).filter((m) => !m.is_final).map((m) => m.month_label);
  return card({
    name: "kelengkapan",
    title: "Kelengkapan data",
    big: html`${num(d.value)} <small>dari ${num(d.previous_value)} bulan final</small>`,
    lines: [open.length ? `belum final: ${open.join(", ")}; angkanya sementara dan tidak dibandingkan` : "semua bulan final"],
    // one bar a month: green final, hatched grey not final
    spark: sparkline((d.spark ?? []).map((p) => ({...p, final: p.y > 0, y: 1})), {bars: true, color: STATUS_COLORS.good, highlight: (p) => p.final}),
    link: d.link,
    linkText: "Kelengkapan per sumber"
  });
}

/** The four cards in one row. cards: briefing.json rows; internal: names shown. */
export function briefingCards(cards, {internal, dataStatus}) {
  addStyle(STYLE_ID, STYLE);
  const of = (name) => cards.find((d) => d.card === name);
  return html`<div class="grid grid-cols-4 briefing">
    ${teladan(of("teladan"), {internal})}
    ${opdWorse(of("opd_memburuk"))}
    ${waiting(of("disiplin_menunggu"))}
    ${completeness(of("kelengkapan"), dataStatus)}
  </div>`;
}

const STYLE_ID = "briefing-style";
const STYLE = `
.briefing-card { display: flex; flex-direction: column; }
.briefing-big { font-size: 1.35rem; font-weight: 700; line-height: 1.25; margin: 0.2rem 0 0.35rem; }
.briefing-big small { font-size: 0.85rem; font-weight: 400; color: var(--theme-foreground-muted); }
.briefing-line { margin: 0.15rem 0; font-size: 0.88rem; line-height: 1.35; }
.briefing-spark { margin-top: auto; padding-top: 0.4rem; }
.briefing-link { margin: 0.3rem 0 0; font-size: 0.88rem; }`;

