// One visual language (docs/arsitektur.md#bahasa-visual): every colour a page or component draws comes from
// src/components/palette.js, and the palette's families never share a colour.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import {
  CATEGORY_COLORS,
  GRADE_COLORS,
  INK,
  MEASURE_COLORS,
  STATUS_COLORS,
  heatmapColor,
  inkOn,
} from "../../src/components/palette.js";

const ROOT = join(import.meta.dirname, "../..");
// a hex, rgb() or hsl() colour; a named colour as a string; Framework's colour classes (.red, .green...),
// whose theme colours are not the palette's: pages use the status-* classes of palette.js
const COLOR_LITERAL = /(?<![\w.\-/&])#(?:[0-9a-fA-F]{3}){1,2}\b|\b(?:rgba?|hsla?)\(|["'`](?:white|black|red|green|blue|orange|yellow)["'`]|class=["'][^"']*\b(?:red|green|blue|orange|yellow)\b/g;

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name.startsWith(".") ? [] : files(path);
    return /\.(js|ts|md|css)$/.test(entry.name) ? [path] : [];
  });
}

/** Comments name anchors (#360) and describe colours; only code and markup draw them. */
function withoutComments(text: string, path: string): string {
  if (path.endsWith(".md")) return text.replace(/<!--[\s\S]*?-->/g, "");
  return text.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:])\/\/.*$/gm, "$1");
}

describe("palette", () => {
  it("no page or component writes a colour of its own", () => {
    const offenders: string[] = [];
    for (const path of [...files(join(ROOT, "src")), join(ROOT, "observablehq.config.ts")]) {
      if (path.endsWith(join("components", "palette.js"))) continue;
      const lines = withoutComments(readFileSync(path, "utf8"), path).split("\n");
      lines.forEach((line, i) => {
        // the print theme of the report sets Framework's own theme variables to greys
        if (/^\s*--theme-[\w-]+:/.test(line)) return;
        for (const match of line.matchAll(COLOR_LITERAL)) offenders.push(`${relative(ROOT, path)}:${i + 1}: ${match[0]}`);
      });
    }
    expect(offenders).toEqual([]);
  });

  it("a measure, a status or a category never share a colour", () => {
    const status = new Set([...GRADE_COLORS, ...Object.values(STATUS_COLORS)]);
    const categories = new Set(CATEGORY_COLORS);
    // the discipline part of a score is drawn in the colour of the TK it counts: one family
    const measures = Object.entries(MEASURE_COLORS).filter(([name]) => name !== "disiplin");
    for (const [name, color] of measures) {
      expect(status.has(color), `${name} ${color}`).toBe(false);
      expect(categories.has(color), `${name} ${color}`).toBe(false);
    }
    expect(new Set(measures.map(([, color]) => color)).size).toBe(measures.length);
    expect(MEASURE_COLORS.disiplin).toBe(MEASURE_COLORS.tanpa_keterangan);
    for (const color of categories) expect(status.has(color)).toBe(false);
  });

  it("text on a fill is readable: dark ink on light fills, light ink on dark ones", () => {
    expect(inkOn(GRADE_COLORS[2])).toBe(INK.dark); // yellow
    expect(inkOn(GRADE_COLORS[1])).toBe(INK.dark); // light green
    expect(inkOn(STATUS_COLORS.bad)).toBe(INK.light);
    expect(inkOn(STATUS_COLORS.good)).toBe(INK.light);
    expect(inkOn(CATEGORY_COLORS[0])).toBe(INK.light);
    expect(inkOn(CATEGORY_COLORS[4])).toBe(INK.dark);
  });

  it("every heatmap is darker for more and says which way is better", () => {
    const lower = heatmapColor({ label: "TK per 100", better: "lower" });
    const higher = heatmapColor({ label: "Produktivitas", better: "higher" });
    expect(lower).toMatchObject({ type: "linear", scheme: "OrRd", label: "TK per 100 · lebih gelap = lebih banyak, rendah lebih baik" });
    expect(higher).toMatchObject({ type: "linear", scheme: "Blues", label: "Produktivitas · lebih gelap = lebih banyak, tinggi lebih baik" });
  });
});
