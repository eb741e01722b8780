// One profile per OPD (issue 6: src/opd/[opd].md and src/opd/index.md) as one archive (one loader
// process, one database open): <kode OPD>.json for every OPD page (its figures and their rank
// among the OPDs, months, counts, curve checks, succession), kabupaten.json (the same for the
// whole kabupaten, plus the years, regulations and settings the figures rest on) and daftar.json
// (every OPD's key figures for the index). Aggregates only: no NIP, no name, in both builds.
// Public build: counts of fewer than config.publishing.min_group_size people and every figure
// about such a group are left out and named in `suppressed` (src/data/opd-suppression.ts).
import JSZip from "jszip";
import { hasOpdPage } from "./opd-pages.ts";
import { OPD_QUERIES } from "./opd-queries.ts";
import { suppressCounts, type Count } from "./opd-suppression.ts";
import { minGroupSize, profile, suppressionThreshold } from "./lib/profile.ts";
import { queryEach } from "./lib/query.ts";

type Row = Record<string, unknown>;

// Figures ranked among the OPDs (marts.opd_figures: better direction and rank), listed on the index.
// Attendance is shown, not ranked: approved leave lowers it without any fault (TK per 100 is ranked).
const RANKED = [
  "tk_per_100", "late_early_minutes_per_day", "recommended_per_100", "tpp_mean_total_pct",
  "productivity_pct", "ikp_on_time_pct", "merit_median", "talent_pool_pct", "succession_ready_pct",
];

// Dimensions whose categories add up to a total shown beside them, and the dimension of that total.
const ROW_TOTALS = new Map([
  ["employee_type", "employees"],
  ["position_type", "employees"],
  ["discipline_level", "discipline_employees"],
  ["box", "talent_mapped"],
  ["predikat", "pred_n"],
  ["ikp_status", "ikp_instructions"],
]);
const IKP_STATUSES: Record<string, string> = { ikp_on_time: "on_time", ikp_late: "late", ikp_overdue: "overdue", ikp_not_due: "not_due" };

const results = new Map<string, Row[]>();
const k = await suppressionThreshold(); // 0 in the internal build: nothing hidden
await queryEach(OPD_QUERIES, (name, rows) => results.set(name, rows));
const rows = (name: string) => results.get(name) ?? [];
const keyOf = (row: Row) => (row.kabupaten ? null : (row.opd_code as string));

// 1. Counts of people, hidden where small (also the cells that would give a small one away).
const counts: Count[] = rows("counts").map((row) => ({ opd_code: keyOf(row), dimension: String(row.dimension), category: String(row.category), n: Number(row.n) }));
// IKP: instructions (not people) by outcome, all hidden when fewer than k people received them; the
// protection below then keeps them from being worked out from the kabupaten's total.
const figureRows = rows("figures");
for (const row of figureRows.filter((r) => r.figure === "ikp_instructions")) {
  const hidden = k > 0 && Number(row.n) < k;
  for (const [key, category] of Object.entries(IKP_STATUSES)) {
    const outcome = figureRows.find((r) => r.figure === key && keyOf(r) === keyOf(row));
    counts.push({ opd_code: keyOf(row), dimension: "ikp_status", category, n: Number(outcome?.value ?? 0), suppressed: hidden });
  }
}
// The totals of discipline levels, boxes, predikat and IKP are shown too ("23 dari 231 pegawai"): cells of their own.
for (const [dimension, total] of ROW_TOTALS) {
  if (total === "employees") continue; // counted in SQL (active employees)
  const sums = new Map<string | null, { n: number; suppressed: boolean }>();
  for (const c of counts.filter((c) => c.dimension === dimension)) {
    const sum = sums.get(c.opd_code) ?? { n: 0, suppressed: false };
    sums.set(c.opd_code, { n: sum.n + c.n, suppressed: sum.suppressed || c.suppressed === true });
  }
  for (const [opd_code, sum] of sums) counts.push({ opd_code, dimension: total, category: "semua", ...sum });
}
for (const row of counts.filter((cell) => cell.dimension === "discipline_level" && cell.category === "none")) {
  // "with a recommendation" is shown as total minus none: a small one hides 'none' too.
  const recommended = counts
    .filter((cell) => cell.dimension === "discipline_level" && cell.opd_code === row.opd_code && cell.category !== "none")
    .reduce((sum, cell) => sum + cell.n, 0);
  if (k > 0 && recommended > 0 && recommended < k) row.suppressed = true;
}
const shownCounts = suppressCounts(counts, k, ROW_TOTALS);
const countsOf = (opd: string | null) => shownCounts.filter((cell) => cell.opd_code === opd);
const cell = (opd: string | null, dimension: string, category = "semua") =>
  shownCounts.find((c) => c.opd_code === opd && c.dimension === dimension && c.category === category);

// 2. Figures per OPD and for the kabupaten; a figure about fewer than k people is hidden.
interface Figures { values: Row; suppressed: Set<string> }
const figures = new Map<string | null, Figures>();
const figuresOf = (opd: string | null): Figures => {
  if (!figures.has(opd)) figures.set(opd, { values: {}, suppressed: new Set() });
  return figures.get(opd)!;
};
const hide = (f: Figures, ...keys: string[]) => {
  for (const key of keys) (f.values[key] = null), f.suppressed.add(key);
};
const small = (n: unknown) => k > 0 && Number(n) < k;
// A figure about fewer than k people, or a share whose part is 1 to k-1 people, is hidden.
const tooSmall = (row: Row) => k > 0 && ((row.n != null && Number(row.n) < k) || (row.part_n != null && Number(row.part_n) > 0 && Number(row.part_n) < k));

// The OPD of a page and the kabupaten: each figure with its rank among the OPDs, as the mart has them.
const ranks = new Map<string, Row>(rows("opds").map((row) => [row.opd_code as string, {}]));
const ties = new Map<string, Row>(rows("opds").map((row) => [row.opd_code as string, {}]));
const rankedOf: Record<string, number> = {};
// the curve period's predikat check, counted in units (not people)
for (const row of rows("predikat")) {
  const { opd_code, kabupaten, ...values } = row;
  Object.assign(figuresOf(keyOf(row)).values, values);
}
// How each figure reads (which way is better, its tolerance, the months it leaves out), from the mart.
const reading: Record<string, Row> = {};
for (const row of figureRows) {
  const f = figuresOf(keyOf(row));
  f.values[row.figure as string] = row.value;
  if (tooSmall(row)) hide(f, row.figure as string);
  if (row.kabupaten) reading[row.figure as string] = { better: row.better, tolerance: row.tolerance, months_left_out: row.months_left_out };
}
for (const opd of [null, ...rows("opds").map((row) => row.opd_code as string)]) {
  const f = figuresOf(opd);
  const v = f.values;
  const fromCell = (key: string, dimension: string) => {
    const c = cell(opd, dimension);
    v[key] = c && !c.suppressed ? c.n : c ? null : 0;
    if (c?.suppressed) f.suppressed.add(key);
  };
  fromCell("employees", "employees");
  fromCell("tpp_deducted", "tpp_deducted");
  fromCell("talent_pool", "talent_pool");
  fromCell("merit_scored", "merit_scored");
  fromCell("discipline_employees", "discipline_employees");
  fromCell("talent_mapped", "talent_mapped");
  fromCell("pred_n", "pred_n");
  // a figure that would give a hidden count away goes with it
  if (countsOf(opd).some((c) => (c.dimension === "ikp_status" || c.dimension === "ikp_instructions") && c.suppressed)) {
    hide(f, "ikp_instructions", "ikp_on_time_pct", ...Object.keys(IKP_STATUSES));
  }
  if (cell(opd, "merit_scored")?.suppressed) hide(f, "merit_median", "merit_p25", "merit_p75", "merit_performance", "merit_discipline", "merit_competency", "merit_development", "merit_ikp");
  const none = countsOf(opd).find((c) => c.dimension === "discipline_level" && c.category === "none");
  if (cell(opd, "discipline_employees")?.suppressed || none?.suppressed) hide(f, "recommended", "recommended_per_100");
  if (cell(opd, "talent_mapped")?.suppressed || cell(opd, "talent_pool")?.suppressed) hide(f, "talent_pool_pct");
}

// 3. Ranks among the OPDs (1 = best; ties share a rank): the mart's order (marts.opd_figures.rank),
// numbered among the figures this build shows, so that a hidden figure neither has a rank nor
// leaves a gap (in the internal build nothing is hidden and the mart's ranks stand).
for (const figure of RANKED) {
  const shown = figureRows.filter((r) => !r.kabupaten && r.figure === figure && r.rank != null && figuresOf(keyOf(r)).values[figure] != null);
  rankedOf[figure] = shown.length;
  for (const row of shown) {
    ranks.get(row.opd_code as string)![figure] = 1 + shown.filter((other) => Number(other.rank) < Number(row.rank)).length;
    ties.get(row.opd_code as string)![figure] = shown.filter((other) => other.rank === row.rank).length - 1; // other OPDs with the same figure
  }
}

// Against the kabupaten (marts.opd_figures.verdict), only where both figures are shown; a figure
// about a small group says so instead (kelompok_kecil).
const verdicts = new Map<string, Row>(rows("opds").map((row) => [row.opd_code as string, {}]));
for (const row of figureRows) {
  if (row.kabupaten || (row.verdict == null && !row.small_group)) continue;
  const figure = row.figure as string;
  if (figuresOf(keyOf(row)).values[figure] == null || figuresOf(null).values[figure] == null) continue;
  if (figuresOf(keyOf(row)).suppressed.has(figure) || figuresOf(null).suppressed.has(figure)) continue;
  verdicts.get(row.opd_code as string)![figure] = row.small_group ? "kelompok_kecil" : row.verdict;
}

// 4. Monthly series (a month about fewer than k people is hidden).
const series = (name: string, value: string) =>
  rows(name).map((row) => ({ opd_code: keyOf(row), month: row.month as string, [value]: small(row.group_size) ? null : row[value], hidden: small(row.group_size) }));
const months = {
  attendance: rows("attendance_months").map((row) => ({
    opd_code: keyOf(row),
    month: row.month as string,
    attendance_rate: small(row.group_size) ? null : row.attendance_rate,
    tk_per_100: small(row.group_size) ? null : row.tk_per_100,
    hidden: small(row.group_size),
  })),
  tpp: series("tpp_months", "tpp_mean_total_pct"),
  // the minutes by approval status hidden with the month; approvals_open is the instansi's, never hidden
  productivity: rows("productivity_months").map((row) => ({
    opd_code: keyOf(row),
    month: row.month as string,
    ...Object.fromEntries(["productivity_pct", "approved_minutes", "pending_minutes", "rejected_minutes"].map((key) => [key, small(row.group_size) ? null : row[key]])),
    approvals_open: row.approvals_open,
    hidden: small(row.group_size),
  })),
};
const monthsOf = (opd: string | null) =>
  Object.fromEntries(Object.entries(months).map(([name, list]) => [name, list.filter((row) => row.opd_code === opd).map(({ opd_code, ...rest }) => rest)]));

// 5. The curve checks: a unit's share is hidden with any hidden predikat count of its OPD.
const curveOf = (opd: string) => {
  const hiddenPredikat = countsOf(opd).some((c) => (c.dimension === "predikat" || c.dimension === "pred_n") && c.suppressed);
  return rows("curve")
    .filter((row) => row.opd_code === opd)
    .map(({ opd_code, ...row }) => {
      const hidden = k > 0 && (hiddenPredikat || small(row.n) || (Number(row.n_matching) > 0 && small(row.n_matching)));
      return hidden ? { ...row, n: small(row.n) ? null : row.n, n_matching: null, actual_pct: null, hidden } : { ...row, hidden: false };
    });
};
const countsPayload = (opd: string | null) =>
  countsOf(opd).map(({ dimension, category, n, suppressed }) => ({ dimension, category, n: suppressed ? null : n, suppressed }));
const successionOf = (opd: string | null) =>
  rows("succession").filter((row) => keyOf(row) === opd).map(({ opd_code, kabupaten, ...row }) => row);
const figuresPayload = (opd: string | null) => {
  const f = figuresOf(opd);
  return { ...f.values, suppressed: [...f.suppressed].sort() };
};

const settings = rows("settings")[0] ?? {};
// Rates to 4 decimals: enough for every figure shown, and a third of the bytes.
const json = (value: unknown) => JSON.stringify(value, (_, x) => (typeof x === "number" && !Number.isInteger(x) ? Math.round(x * 1e4) / 1e4 : x));
const zip = new JSZip();
const opdList = rows("opds").map((row) => ({
  opd_code: row.opd_code as string,
  opd_name: row.opd_name as string,
  units: row.units as number,
  has_page: hasOpdPage(row.opd_code),
}));
// The index shows a few key figures of each OPD; each page has all of its own.
const LISTED = ["employees", "attendance_rate", ...RANKED, "talent_pool", "succ_positions", "succ_without_ready", "pred_units_checked", "pred_units_breaking", "organisation_predikat"];
zip.file("daftar.json", json(opdList.map((opd) => {
  const { suppressed, ...values } = figuresPayload(opd.opd_code) as Row & { suppressed: string[] };
  const listed = Object.fromEntries(LISTED.map((key) => [key, values[key] ?? null]));
  return { ...opd, ...listed, suppressed: suppressed.filter((key) => LISTED.includes(key)), rank: ranks.get(opd.opd_code) };
})));
zip.file("kabupaten.json", json({
  settings: { ...settings, profile: profile(), min_group_size: await minGroupSize(), threshold: k, opd_count: opdList.length },
  ranked_of: rankedOf,
  reading,
  figures: figuresPayload(null),
  months: monthsOf(null),
  counts: countsPayload(null),
  succession: successionOf(null),
}));
for (const opd of opdList.filter((row) => row.has_page)) {
  zip.file(`${opd.opd_code}.json`, json({
    ...opd,
    figures: figuresPayload(opd.opd_code),
    rank: ranks.get(opd.opd_code),
    ties: ties.get(opd.opd_code),
    verdict: verdicts.get(opd.opd_code),
    months: monthsOf(opd.opd_code),
    counts: countsPayload(opd.opd_code),
    curve: curveOf(opd.opd_code),
    succession: successionOf(opd.opd_code),
  }));
}
process.stdout.write(await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
