// Small helpers shared by the charts: long OPD names on a band axis, and the left margin they need.

/** "Dinas Kependudukan dan Pencatatan Sipil" → "Dinas Kependudukan dan Pencata…" past `max` chars. */
export function shortLabel(label, max = 30) {
  const text = String(label ?? "");
  return text.length > max ? text.slice(0, max - 1).trimEnd() + "…" : text;
}

/** Characters that fit in the left margin at this chart width, and that margin in pixels. */
export function labelSpace(labels, width, {min = 12, max = 34, share = 0.4, charWidth = 6.2} = {}) {
  const longest = Math.max(0, ...Array.from(labels, (d) => String(d ?? "").length));
  const chars = Math.max(min, Math.min(max, longest, Math.floor((width * share) / charWidth)));
  return {chars, margin: Math.ceil(chars * charWidth) + 12};
}

/**
 * The width to draw a chart with a left label margin: never narrower than the margin plus room for
 * the marks, so a transient tiny width during layout cannot give marks a negative width.
 */
export function plotWidth(width, margin, room = 160) {
  return Math.max(width ?? 640, margin + room);
}

/** Wraps a label on spaces into lines of at most `max` characters (at most `lines` lines). */
export function wrapLabel(label, max = 30, lines = 2) {
  const out = [];
  let line = "";
  for (const word of String(label ?? "").split(/\s+/)) {
    if (line && (line + " " + word).length > max) out.push(line), (line = word);
    else line = line ? line + " " + word : word;
  }
  if (line) out.push(line);
  if (out.length <= lines) return out.join("\n");
  return [...out.slice(0, lines - 1), shortLabel(out.slice(lines - 1).join(" "), max)].join("\n");
}

/** Every month when there is room for "Agu", else every 2nd, 3rd, … month (about 34 px a label). */
export function monthTicks(dates, plotWidth, minSpacing = 34) {
  const unique = [...new Map(dates.map((d) => [+d, d])).values()].sort((a, b) => a - b);
  const step = Math.max(1, Math.ceil((minSpacing * unique.length) / Math.max(1, plotWidth)));
  return unique.filter((_, i) => i % step === 0);
}
