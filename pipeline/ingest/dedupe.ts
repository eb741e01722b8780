// One raw row per natural key: an export overlapping another (January twice) must not count
// twice. The row kept is the one from the last file in name order, last line; the others are
// counted per file as duplicates (loaded, not rejected: they are not errors).
import type { DuckDBConnection } from "@duckdb/node-api";
import { rawTable, unitKey } from "./load.ts";
import { ident, queryRows } from "./sql.ts";
import type { Source } from "./source.ts";

export async function dropDuplicates(conn: DuckDBConnection, source: Source): Promise<Map<string, number>> {
  const key = source.key.map(ident);
  const hash = `hash(${key.join(", ")})`;
  const same = key.map((k) => `c.${k} IS NOT DISTINCT FROM k.${k}`).join(" AND ");
  // Grouping on a 64-bit hash of the key is several times cheaper than on the key itself (long
  // texts in aktivitas); only rows whose hash repeats are then grouped on the real key, and a
  // source whose hashes never repeat (attlog, most files) has no duplicate: no second pass.
  await conn.run(`CREATE OR REPLACE TEMP TABLE _ingest_repeated AS SELECT ${hash} AS h FROM ${rawTable(source)} GROUP BY h HAVING count(*) > 1`);
  const [{ n }] = await queryRows<{ n: number }>(conn, "SELECT count(*)::INTEGER AS n FROM _ingest_repeated");
  if (!n) {
    await conn.run("DROP TABLE _ingest_repeated");
    return new Map();
  }
  await conn.run(
    `CREATE OR REPLACE TEMP TABLE _ingest_dup AS ` +
      `WITH c AS (SELECT ${key.join(", ")}, rowid AS _ord, source_file, source_sheet FROM ${rawTable(source)} WHERE ${hash} IN (SELECT h FROM _ingest_repeated)), ` +
      `k AS (SELECT ${key.join(", ")}, max(_ord) AS keep FROM c GROUP BY ALL HAVING count(*) > 1) ` +
      `SELECT c._ord, c.source_file, c.source_sheet FROM c JOIN k ON ${same} WHERE c._ord <> k.keep`,
  );
  await conn.run("DROP TABLE _ingest_repeated");
  await conn.run(`DELETE FROM ${rawTable(source)} WHERE rowid IN (SELECT _ord FROM _ingest_dup)`);
  const counts = await queryRows<{ file: string; sheet: string | null; n: number }>(
    conn,
    "SELECT source_file AS file, source_sheet AS sheet, count(*)::INTEGER AS n FROM _ingest_dup GROUP BY ALL",
  );
  await conn.run("DROP TABLE _ingest_dup");
  return new Map(counts.map((c) => [unitKey(c.file, c.sheet), c.n]));
}
