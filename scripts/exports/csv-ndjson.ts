/**
 * Export format: every table of the tables registry as CSV and NDJSON, described by datapackage.json.
 *
 *   data/<table>.csv      RFC 4180, UTF-8, header row, LF line ends
 *   data/<table>.ndjson   the same rows, one JSON object per line, fields in schema order
 *
 * Cells are written so that readr, pandas, DuckDB and spreadsheets read them the same way:
 *   - null is an empty, unquoted CSV cell and `null` in NDJSON; a cell that starts or ends with
 *     whitespace (the single-space separator segments) is quoted, so readers that trim unquoted
 *     cells (readr's default `trim_ws`) keep it;
 *   - a `number` field always has a fraction part (`7939.0`), so DuckDB and pandas infer a
 *     floating type from the values instead of an integer one;
 *   - a list is joined with `;` in CSV (an empty cell is an empty list; the export fails if an item
 *     itself contains `;`) and a JSON array in NDJSON, never null; an array of objects is a JSON
 *     array in the CSV cell and a native array in NDJSON, its objects keyed like the columns.
 * A column that is null in every row of a release carries no type in NDJSON (JSON has no typed
 * null): DuckDB reads such a column as JSON unless given the declared type (docs/use-from-python-r-duckdb.md).
 * Output is deterministic: same corpus, same bytes (no timestamps; rows in corpus order).
 */
import { LIST_DELIMITER, type TableField } from './schema-columns.js';
import type { TableData } from './tables.js';
import type { DataResource, ExportContext, ExportFiles, ExportFormat } from './types.js';

/** Quotes a CSV cell when it holds a comma, a quotation mark or a line break (RFC 4180), or starts or ends with whitespace. */
export const csvCell = (value: string) => (/[",\r\n]|^\s|\s$/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);

/** A value of a `number` field: always with a fraction part, so that readers infer a floating type. */
export const numberText = (value: number) => (Number.isInteger(value) && Math.abs(value) < 1e21 ? value.toFixed(1) : String(value));

function csvValue(field: TableField, value: unknown, where: string): string {
  if (value === null) return '';
  if (field.type === 'list') {
    const items = value as string[];
    const bad = items.find((item) => item.includes(LIST_DELIMITER));
    if (bad !== undefined) throw new Error(`${where}: list item ${JSON.stringify(bad)} contains the list delimiter "${LIST_DELIMITER}"; make the field an array (JSON) field instead`);
    return items.join(LIST_DELIMITER);
  }
  if (field.type === 'array' || field.type === 'object') return JSON.stringify(value);
  if (field.type === 'number' && typeof value === 'number') return numberText(value);
  return String(value);
}

/** The CSV text of a table. */
export function tableCsv(table: TableData): string {
  const lines = [table.fields.map((f) => csvCell(f.name)).join(',')];
  for (const [r, row] of table.rows.entries()) {
    lines.push(row.map((value, i) => csvCell(csvValue(table.fields[i] as TableField, value, `${table.name} row ${r} column ${table.fields[i]?.name}`))).join(','));
  }
  return `${lines.join('\n')}\n`;
}

/** The NDJSON text of a table: one object per row, keys in field order. */
export function tableNdjson(table: TableData): string {
  const line = (row: readonly unknown[]) => table.fields.map((f, i) => {
    const v = row[i];
    return `${JSON.stringify(f.name)}:${f.type === 'number' && typeof v === 'number' ? numberText(v) : JSON.stringify(v)}`;
  }).join(',');
  return table.rows.map((row) => `{${line(row)}}\n`).join('');
}

/** The Table Schema of a table; foreign keys name the resource of the same format (`suffix`). */
function tableSchema(table: TableData, suffix: string) {
  const foreignKeys = table.columns
    .filter((c) => c.references)
    .map((c) => ({
      fields: [c.field.name],
      reference: c.references === table.name ? { fields: ['id'] } : { resource: `${c.references}${suffix}`, fields: ['id'] },
    }));
  return { fields: table.fields, primaryKey: table.primaryKey, ...(foreignKeys.length > 0 ? { foreignKeys } : {}), missingValues: [''] };
}

export const csvNdjson: ExportFormat = {
  id: 'tables',
  title: 'CSV and NDJSON tables with a Frictionless Data Package',
  audience: 'Spreadsheet, pandas, R (readr), DuckDB and SQL users: one flat table per record kind, described by `datapackage.json`.',
  paths: ['qantar-corpus/data/<table>.csv', 'qantar-corpus/data/<table>.ndjson', 'qantar-corpus/datapackage.json'],
  files(ctx: ExportContext): ExportFiles {
    const files: ExportFiles = {};
    for (const table of ctx.tables) {
      files[`data/${table.name}.csv`] = tableCsv(table);
      files[`data/${table.name}.ndjson`] = tableNdjson(table);
    }
    return files;
  },
  resources(ctx: ExportContext) {
    const csv: DataResource[] = [];
    const ndjson: DataResource[] = [];
    for (const table of ctx.tables) {
      const { title, description } = table.spec;
      const n = table.rows.length;
      csv.push({
        name: table.name, type: 'table', path: `data/${table.name}.csv`, format: 'csv', mediatype: 'text/csv', encoding: 'utf-8', title,
        description: `${description} ${n} rows. The same rows as NDJSON: resource \`${table.name}-ndjson\`.`,
        dialect: { header: true, delimiter: ',', lineTerminator: '\n', quoteChar: '"', doubleQuote: true },
        schema: tableSchema(table, ''),
      });
      ndjson.push({
        name: `${table.name}-ndjson`, type: 'table', path: `data/${table.name}.ndjson`, format: 'ndjson', mediatype: 'application/x-ndjson', encoding: 'utf-8', title: `${title} (NDJSON)`,
        description: `${description} ${n} rows, one JSON object per line with the fields of the schema in order; lists and arrays are native JSON arrays, null is null.`,
        schema: tableSchema(table, '-ndjson'),
      });
    }
    return [...csv, ...ndjson];
  },
};
