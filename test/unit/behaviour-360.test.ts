import { DuckDBInstance } from "@duckdb/node-api";
import { describe, expect, it } from "vitest";
import { configSchema } from "../../pipeline/config/schema.ts";
import { loadConfigTables } from "../../pipeline/config/load.ts";
import { ingest } from "../../pipeline/ingest/index.ts";
import { modelDb, rows, runOnly } from "./helpers/models.ts";
import { table } from "./helpers/tables.ts";

const BERAKHLAK = ["berorientasi_pelayanan", "akuntabel", "kompeten", "harmonis", "loyal", "adaptif", "kolaboratif"];
const RAW_360 = {
  tahun: "integer", periode: "varchar", nip_dinilai: "varchar", nip_penilai: "varchar", hubungan: "varchar",
  ...Object.fromEntries(BERAKHLAK.map((c) => [c, "integer"])), source_file: "varchar", source_line: "integer",
};
const MODELS = ["stg_behaviour_ratings", "int_behaviour_ratings", "behaviour_360", "behaviour_360_exclusions"];

/** One rating of A: [rater, relation, the seven scores (or one score for all seven), file, line]. */
type Rating = [rater: string, relation: string, scores: number | number[], file?: string, line?: number];

async function score360(ratings: Rating[], config: unknown = {}) {
  const conn = await modelDb(config);
  await table(conn, "raw.penilaian360", RAW_360, ratings.map(([rater, relation, scores, file, line], i) => [
    2025, "TW2", "A", rater, relation, ...(Array.isArray(scores) ? scores : BERAKHLAK.map(() => scores)), file ?? "penilaian360_2025.csv", line ?? i + 2,
  ]));
  await runOnly(conn, ...MODELS);
  const [result] = await rows(conn, "select * exclude (period_start, period_end) from marts.behaviour_360");
  const excluded = await rows(conn, "select rater_nip, exclusion, reason, source_file, source_line from marts.behaviour_360_exclusions order by source_file, source_line");
  return { result, excluded };
}

const peers = (...scores: number[]): Rating[] => scores.map((s, i) => [`P${i + 1}`, "rekan", s]);

describe("360: weighted mean of the relation means (docs/aturan.md#360)", () => {
  it("atasan 50, rekan 30, bawahan 20 when there are subordinate ratings", async () => {
    const { result } = await score360([["S", "atasan", 4], ...peers(3, 3, 3), ["B1", "bawahan", 5], ["B2", "bawahan", 4]]);
    // (50 x 4 + 30 x 3 + 20 x 4,5) / 100
    expect(result).toMatchObject({ status: "final", raters_superior: 1, raters_peer: 3, raters_subordinate: 2, weights_used: "atasan 50 + rekan 30 + bawahan 20" });
    expect(result.score).toBeCloseTo(3.8, 10);
    expect(result.mean_subordinate).toBe(4.5);
  });

  it("atasan 50, rekan 50 without subordinates", async () => {
    const { result } = await score360([["S", "atasan", 4], ...peers(3, 3, 3)]);
    expect(result).toMatchObject({ status: "final", raters_subordinate: 0, weights_used: "atasan 50 + rekan 50" });
    expect(result.score).toBeCloseTo(3.5, 10);
  });

  it("a rater's value is the mean of the seven BerAKHLAK scores", async () => {
    const { result } = await score360([["S", "atasan", [5, 5, 5, 5, 5, 5, 5]], ["P1", "rekan", [1, 2, 3, 4, 5, 4, 2]], ...peers(3, 3).map((r, i) => [`Q${i}`, ...r.slice(1)] as Rating)]);
    expect(result.mean_peer).toBeCloseTo((3 + 3 + 3) / 3, 10);
    expect(result.score).toBeCloseTo(4, 10);
  });

  it("takes the instansi's weights", async () => {
    const config = { behaviour_360: { weights: { atasan: 60, rekan: 20, bawahan: 20 }, weights_without_subordinates: { atasan: 70, rekan: 30 } } };
    const withSubordinates = await score360([["S", "atasan", 5], ...peers(3, 3, 3), ["B1", "bawahan", 1]], config);
    expect(withSubordinates.result.score).toBeCloseTo(3.8, 10);
    const without = await score360([["S", "atasan", 5], ...peers(3, 3, 3)], config);
    expect(without.result.score).toBeCloseTo(4.4, 10);
  });

  it("with no superior rating (the top official), the other weights are rescaled", async () => {
    const { result } = await score360([...peers(4, 4, 4), ["B1", "bawahan", 3]]);
    // (30 x 4 + 20 x 3) / 50
    expect(result).toMatchObject({ raters_superior: 0, weights_used: "rekan 30 + bawahan 20" });
    expect(result.score).toBeCloseTo(3.6, 10);
  });
});

describe("360: pending with fewer than 3 peers", () => {
  it("two peers: pending, no score, and the reason", async () => {
    const { result } = await score360([["S", "atasan", 4], ...peers(5, 5), ["B1", "bawahan", 5]]);
    expect(result).toMatchObject({ status: "pending", score: null, raters_peer: 2, pending_reason: "Penilai rekan 2, kurang dari 3" });
  });

  it("three peers are enough; the minimum is configurable", async () => {
    expect((await score360([["S", "atasan", 4], ...peers(4, 4, 4)])).result.status).toBe("final");
    const strict = await score360([["S", "atasan", 4], ...peers(4, 4, 4)], { behaviour_360: { min_peers: 4 } });
    expect(strict.result).toMatchObject({ status: "pending", score: null, pending_reason: "Penilai rekan 3, kurang dari 4" });
  });
});

describe("360: self-ratings and duplicate raters are left out and listed", () => {
  it("a self-rating does not count, nor make up the three peers", async () => {
    const { result, excluded } = await score360([["S", "atasan", 4], ...peers(3, 3), ["A", "rekan", 5]]);
    expect(result).toMatchObject({ status: "pending", raters_peer: 2, self_ratings_excluded: 1 });
    expect(excluded).toEqual([{ rater_nip: "A", exclusion: "penilaian_diri", reason: "Pegawai menilai dirinya sendiri: penilaian tidak dihitung", source_file: "penilaian360_2025.csv", source_line: 5 }]);
  });

  it("the same rater twice: the later file wins, then the later line; the other is listed", async () => {
    const { result, excluded } = await score360([
      ["S", "atasan", 4],
      ["P1", "rekan", 1, "penilaian360_2025_b.csv", 2],
      ["P1", "rekan", 2, "penilaian360_2025_a.csv", 9],
      ["P2", "rekan", 3, "penilaian360_2025_a.csv", 3],
      ["P2", "rekan", 5, "penilaian360_2025_a.csv", 4],
      ["P3", "rekan", 3],
    ]);
    // counted: P1 = 1 (file b), P2 = 5 (line 4), P3 = 3
    expect(result).toMatchObject({ status: "final", raters_peer: 3, duplicate_ratings_excluded: 2 });
    expect(result.mean_peer).toBeCloseTo(3, 10);
    expect(excluded.map((e) => [e.rater_nip, e.exclusion, e.source_file, e.source_line])).toEqual([
      ["P2", "duplikat", "penilaian360_2025_a.csv", 3],
      ["P1", "duplikat", "penilaian360_2025_a.csv", 9],
    ]);
    expect(excluded[0].reason).toMatch(/hanya penilaian terakhir yang dihitung/);
  });

  it("through ingestion: the later file's rating is the one kept, and the duplicate is counted in the load report", async () => {
    const conn = await (await DuckDBInstance.create(":memory:")).connect();
    await loadConfigTables(conn, configSchema.parse({}));
    await ingest(conn, "test/fixtures/penilaian360", () => {});
    for (const schema of ["staging", "intermediate", "marts"]) await conn.run(`create schema ${schema}`);
    await runOnly(conn, ...MODELS);
    const [result] = await rows(conn, "select score, status, raters_superior, raters_peer, mean_peer, self_ratings_excluded, duplicate_ratings_excluded from marts.behaviour_360");
    // peers 5 (file b replaces 2 from file a), 3, 3; atasan 4; no subordinates: 50/50
    expect(result).toMatchObject({ status: "final", raters_superior: 1, raters_peer: 3, self_ratings_excluded: 1, duplicate_ratings_excluded: 0 });
    expect(result.mean_peer).toBeCloseTo(11 / 3, 10);
    expect(result.score).toBeCloseTo((4 + 11 / 3) / 2, 10);
    const report = await rows(conn, "select file, rows_duplicate from raw.load_report where source = 'penilaian360' order by file");
    expect(report).toEqual([{ file: "penilaian360_2025_a.csv", rows_duplicate: 1 }, { file: "penilaian360_2025_b.csv", rows_duplicate: 0 }]);
  });
});
