// The build profile on pages (issue 6): the public build carries aggregates only, so pages hide
// their person-level sections there and show a suppressed figure (null in the data: fewer than
// min_group_size people behind it) as "<5". profile: src/data/profile.json.
import {html} from "npm:htl";

/** True in the public build. */
export const isPublic = (profile) => profile?.profile === "public";

/** "<5": how a suppressed figure reads. */
export const suppressedText = (profile) => `<${profile?.min_group_size ?? 5}`;

/** `format(value)`, or "<5" when the public build suppressed the value (null). */
export function orSuppressed(profile, value, format = String) {
  return value == null && isPublic(profile) ? suppressedText(profile) : format(value);
}

/** In place of a person-level section of the public build. */
export function internalOnly(what) {
  return html`<div class="note" label="Versi publik" role="status">${what} tersedia di versi internal (intranet BKPSDM).</div>`;
}

/** The one-line note under figures that may be suppressed (public build only). */
export function smallGroupNote(profile) {
  if (!isPublic(profile)) return "";
  return html`<p class="small muted">Versi publik: angka tentang kurang dari ${profile.min_group_size} orang disembunyikan
    (ditulis "${suppressedText(profile)}" atau tidak ditampilkan) untuk melindungi data pribadi (UU 27/2022).</p>`;
}

/** The lead's closing sentence: who the page is for, in this build. */
export function audienceText(profile) {
  return isPublic(profile)
    ? "Versi publik: hanya angka agregat, tanpa nama dan NIP."
    : "Untuk BKPSDM: halaman ini memuat nama dan NIP.";
}

/**
 * The sum of `key` over rows, formatted; in the public build "12+" when some rows were suppressed
 * (their people are not counted) and "<5" when all were.
 */
export function sumText(profile, rows, key, format = String) {
  const known = rows.filter((d) => d[key] != null);
  const total = known.reduce((sum, d) => sum + d[key], 0);
  if (!isPublic(profile) || known.length === rows.length) return format(total);
  return known.length ? `${format(total)}+` : suppressedText(profile);
}
