// The Dasar Aturan page: every regulation table (schema `rules`) and every setting the pipeline ran
// with (schema `config`), as {rules: {table: rows}, config: {table: rows}}. All tables are read, so
// a new rules table or setting reaches the page without a new query. The page holds no personal
// data in either build: a column that can hold NIPs (config.work_patterns.nips) is replaced by its
// count.
import { queryEach, queryRows } from "./lib/query.ts";

try {
  const columns = await queryRows(`
    select table_schema as schema, table_name as name, column_name as column, data_type as type
    from information_schema.columns
    where table_schema in ('rules', 'config')
    order by table_schema, table_name, ordinal_position`);
  const tables = new Map<string, string[]>();
  for (const c of columns) {
    const key = `${c.schema}.${c.name}`;
    const column = `"${String(c.column).replaceAll('"', '""')}"`;
    const select = !/nip/i.test(String(c.column))
      ? column
      : String(c.type).endsWith("[]")
        ? `coalesce(len(${column}), 0)::integer as ${column}`
        : null;
    if (!tables.has(key)) tables.set(key, []);
    if (select) tables.get(key)!.push(select);
  }
  const out: Record<string, Record<string, unknown[]>> = { rules: {}, config: {} };
  await queryEach(
    [...tables].map(([key, list]) => [key, `select ${list.join(", ")} from ${key}`]),
    (key, rows) => {
      const [schema, name] = key.split(".");
      out[schema][name] = rows;
    },
  );
  process.stdout.write(JSON.stringify(out));
} catch (error) {
  process.stderr.write(`loader gagal: ${(error as Error).message}\n`);
  process.exitCode = 1;
}
