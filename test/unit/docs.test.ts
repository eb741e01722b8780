// docs/aturan.md and docs/kontrak-data.md carry tables made by scripts/docs.ts from the rules
// tables, the config defaults, the source declarations and the marts of a run: the committed
// docs must be what the script writes, so that a changed rung, default, column or mart cannot
// leave the documentation behind. Fix a failure with `npx tsx scripts/docs.ts`.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { configSchema } from "../../pipeline/config/schema.ts";
import { aturanSections, fillSections, generatedDocs, markedSections, martColumns, MART_GRAINS } from "../../scripts/docs.ts";

type Docs = Awaited<ReturnType<typeof generatedDocs>>;

describe("docs/ dibuat dari tabel aturan, konfigurasi, sumber dan mart", () => {
  let docs: Docs;
  beforeAll(async () => {
    docs = await generatedDocs();
  }, 120_000);

  it("setiap bagian yang dibuat skrip punya penandanya di dokumen", () => {
    for (const [file, { current, sections }] of Object.entries(docs)) {
      expect(markedSections(current).sort(), relative(process.cwd(), file)).toEqual([...sections].sort());
    }
  });

  it("isi dokumen sama dengan keluaran scripts/docs.ts (jalankan npx tsx scripts/docs.ts bila gagal)", () => {
    for (const [file, { current, expected }] of Object.entries(docs)) {
      expect(current, relative(process.cwd(), file)).toBe(expected);
    }
  });

  it("tangga PP 94/2021 di docs/aturan.md berisi setiap baris pp94_2021_ladder.csv", () => {
    const aturan = Object.entries(docs).find(([file]) => file.endsWith("aturan.md"))![1].current;
    const csv = readFileSync("pipeline/rules/pp94_2021_ladder.csv", "utf8").trim().split("\n").slice(1);
    for (const line of csv) {
      const sanction = line.split(",")[3];
      expect(aturan, sanction).toContain(`| \`${sanction}\` |`);
    }
  });

  it("setiap mart punya keterangan 'satu baris per' di scripts/docs.ts (MART_GRAINS)", async () => {
    const names = (await martColumns()).map((m) => m.name);
    expect(names.length).toBeGreaterThan(20);
    expect(names.filter((n) => !(n in MART_GRAINS))).toEqual([]);
  }, 60_000);

  it("anak tangga yang diubah di salinan tabel aturan mengubah dokumen", () => {
    // the check is not vacuous: a changed rung in a copy of pipeline/rules gives another text
    const dir = mkdtempSync(join(tmpdir(), "asn-docs-rules-"));
    try {
      cpSync("pipeline/rules", dir, { recursive: true });
      const ladder = join(dir, "pp94_2021_ladder.csv");
      writeFileSync(ladder, readFileSync(ladder, "utf8").replace("3,3,ringan,teguran_lisan,Teguran lisan", "3,3,ringan,teguran_lisan,Teguran lisan di depan umum"));
      const config = configSchema.parse({});
      const [, { current }] = Object.entries(docs).find(([f]) => f.endsWith("aturan.md"))!;
      const shipped = fillSections(current, { ...aturanSections(config) });
      const changed = fillSections(current, { ...aturanSections(config, dir) });
      expect(shipped).toBe(current);
      expect(changed).not.toBe(current);
      expect(changed).toContain("Teguran lisan di depan umum");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
