/**
 * What an export format is: one entry of the registry in scripts/exports/index.ts. A format turns
 * the built corpus into files under the package's dist/ folder and may describe some of them as
 * resources of datapackage.json.
 */
import type { Corpus } from '../../src/generated/types.js';
import type { TableData } from './tables.js';

export interface PackageJson {
  name: string;
  version: string;
  description?: string;
  homepage?: string;
  keywords?: string[];
  author?: string;
  license?: string;
  repository?: { type?: string; url: string };
}

export interface ExportInput {
  corpus: Corpus;
  /** Parsed src/generated/corpus.schema.json: field types and descriptions come from it. */
  schema: unknown;
  /** Parsed package.json (name, version, description, homepage, keywords, author). */
  packageJson: PackageJson;
}

/** File contents keyed by path relative to the output folder (dist/): text, or bytes for binary formats. */
export type ExportFiles = Record<string, string | Uint8Array>;

/** What every format may read: the input, and the tables derived once from it. */
export interface ExportContext extends ExportInput {
  /** Every table of the tables registry, with its fields and rows (scripts/exports/tables.ts). */
  readonly tables: readonly TableData[];
  /** Outlet names by ID. */
  readonly outletName: (id: string) => string;
}

/** A Frictionless Data Package v2 resource (the part of it the formats fill in). */
export interface DataResource {
  name: string;
  path: string;
  format: string;
  mediatype: string;
  title: string;
  description: string;
  [key: string]: unknown;
}

export interface ExportFormat {
  /** Short stable name (`tables`, `huggingface`). */
  readonly id: string;
  readonly title: string;
  /** One line: who this format is for and which tools read it (the README lists it). */
  readonly audience: string;
  /** Where the files are, as package subpaths (`qantar-corpus/data/<table>.csv`), for the docs. */
  readonly paths: readonly string[];
  /** The files, keyed by path under dist/. */
  files(ctx: ExportContext): ExportFiles;
  /** Resources of datapackage.json for some of those files (byte counts and hashes are added from the files). */
  resources?(ctx: ExportContext): DataResource[];
}
