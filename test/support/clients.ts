// Real clients the export tests read the files with: DuckDB (through @duckdb/node-api) and Python.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import type { ExportFiles } from '../../scripts/exports/index.js';

let connection: Promise<DuckDBConnection> | undefined;

/** One in-memory DuckDB for the test file; no extension is installed or downloaded (JSON and Parquet are built in). */
export function duckdb(): Promise<DuckDBConnection> {
  connection ??= DuckDBInstance.create(':memory:', { autoinstall_known_extensions: 'false', autoload_known_extensions: 'true' }).then((db) => db.connect());
  return connection;
}

/** Rows of a query as JSON-friendly objects (BIGINT as strings, DATE as YYYY-MM-DD). */
export async function query(sql: string): Promise<Record<string, unknown>[]> {
  const reader = await (await duckdb()).runAndReadAll(sql);
  return reader.getRowObjectsJson() as Record<string, unknown>[];
}

/** SQL string literal. */
export const sqlString = (s: string) => `'${s.replaceAll("'", "''")}'`;

/** Writes export files into a new temporary folder; returns the folder. */
export function writeTree(files: ExportFiles, prefix = 'qantar-export-'): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

/** Runs a Python script (stdin JSON in, JSON out) with the given interpreter; throws with its stderr. */
export function python(script: string, args: string[], interpreter = 'python3'): unknown {
  const out = execFileSync(interpreter, ['-c', script, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return JSON.parse(out) as unknown;
}

/** Debian's interpreter (/usr/bin/python3), where apt installs python3-rdflib and python3-pandas, if it can import `module`. */
export function debianPythonWith(module: string): string | null {
  const r = spawnSync('/usr/bin/python3', ['-c', `import ${module}`], { encoding: 'utf8' });
  return r.status === 0 ? '/usr/bin/python3' : null;
}
