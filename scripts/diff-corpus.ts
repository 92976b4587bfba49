/**
 * npm run diff:corpus — release notes: the records added, removed and changed since an earlier corpus.
 *
 *   --from <git-ref>     build the earlier corpus from data/ and package.json at that ref (git archive
 *                        into a temporary folder, then buildCorpus from scripts/build/build.ts; the
 *                        generated files are not committed, so they cannot be read from git directly)
 *   --repo <dir>         the git repository for --from (default: this repository)
 *   --old <path>         or read the earlier corpus from a file: a corpus.json, a folder holding
 *                        corpus.json or dist/corpus.json, or a published tarball (npm pack .tgz)
 *   --new <path>         the current corpus.json (default src/generated/corpus.json)
 *   --out <file>         write the Markdown notes there (default: standard output)
 *
 * Exit status 1 when an ID of a named collection (outlets, articles, entities, events, claims, figure
 * groups, figures, citations) disappears without a major version bump: IDs are never removed
 * silently (docs/versioning.md). Mention and exemption keys are derived from positions; their
 * removals are listed but are not errors.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

/** Any corpus: the versions and arrays of records by collection name. */
export type CorpusLike = { corpusVersion: string; schemaVersion: string } & Record<string, unknown>;

export interface CollectionDiff {
  collection: string;
  /** True for collections whose IDs are public, literal-typed and may not disappear before a major release. */
  stableIds: boolean;
  added: string[];
  removed: string[];
  /** Records present in both, with the paths of the fields that differ (`published.date`, `span`, `keywords`). */
  changed: { id: string; fields: string[] }[];
}

export type ReleaseType = 'major' | 'minor' | 'patch' | 'none';

export interface CorpusDiff {
  from: { corpusVersion: string; schemaVersion: string };
  to: { corpusVersion: string; schemaVersion: string };
  /** Collections with at least one difference, in corpus order. */
  collections: CollectionDiff[];
  /** The release type the version numbers make (npm caret semantics: 0.1.x → 0.2.0 is breaking). */
  release: ReleaseType;
  /** The smallest release type the changes need: major for removed IDs or a schema major change, minor for additions, patch for corrections. */
  needed: ReleaseType;
  /** Violations of the versioning policy that must fail the release. */
  errors: string[];
  /** Things to look at that do not fail the release. */
  warnings: string[];
  /** The release notes, in Markdown. */
  markdown: string;
}

const STABLE = new Set(['outlets', 'articles', 'entities', 'events', 'claims', 'figureGroups', 'figures', 'citations', 'sources']);
const ORDER = ['outlets', 'articles', 'entities', 'entityMentions', 'events', 'dateMentions', 'claims', 'claimMentions', 'figureGroups', 'figures', 'citations', 'exemptions', 'sources'];
const TITLES: Record<string, string> = {
  outlets: 'Outlets', articles: 'Articles', entities: 'Entities', entityMentions: 'Entity mentions', events: 'Events', dateMentions: 'Date mentions',
  claims: 'Claims', claimMentions: 'Claim mentions', figureGroups: 'Figure groups', figures: 'Figures', citations: 'Citations', exemptions: 'Exemptions', sources: 'Sources',
};

type Rec = Record<string, unknown>;

/** The key of a record: its `id`, or for an exemption (which has none) `<article>@<start>-<end>/<layer>`. */
function keyOf(collection: string, record: Rec, index: number): string {
  if (typeof record.id === 'string') return record.id;
  const span = record.span as { start?: number; end?: number } | undefined;
  if (typeof record.article === 'string' && span && typeof span.start === 'number') {
    return `${record.article}@${span.start}-${span.end}${typeof record.layer === 'string' ? `/${record.layer}` : ''}`;
  }
  return `${collection}[${index}]`;
}

const isPlainObject = (v: unknown): v is Rec => v !== null && typeof v === 'object' && !Array.isArray(v);
const isSpan = (v: Rec) => 'start' in v && 'end' in v && 'text' in v;

/** Canonical JSON (keys sorted), so that key order never counts as a change. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (isPlainObject(value)) return `{${Object.keys(value).sort().map((k) => `${JSON.stringify(k)}:${canonical(value[k])}`).join(',')}}`;
  return JSON.stringify(value) ?? 'undefined';
}

/** Paths of the fields that differ; plain objects are entered (except spans), arrays compared whole. */
function changedFields(a: Rec, b: Rec, prefix = ''): string[] {
  const out: string[] = [];
  for (const key of [...new Set([...Object.keys(a), ...Object.keys(b)])].sort()) {
    const x = a[key];
    const y = b[key];
    if (canonical(x) === canonical(y)) continue;
    if (isPlainObject(x) && isPlainObject(y) && !isSpan(x) && !isSpan(y)) out.push(...changedFields(x, y, `${prefix}${key}.`));
    else out.push(`${prefix}${key}`);
  }
  return out;
}

const hasPath = (record: Rec, dotted: string) => {
  let current: unknown = record;
  for (const key of dotted.split('.')) {
    if (!isPlainObject(current) || !(key in current)) return false;
    current = current[key];
  }
  return true;
};

interface Version {
  major: number;
  minor: number;
  patch: number;
}

function parseVersion(v: string, which: string): Version {
  const m = /^(\d+)\.(\d+)\.(\d+)(?:[-+].*)?$/.exec(v);
  if (!m) throw new Error(`${which} corpusVersion ${JSON.stringify(v)} is not a semantic version such as 1.2.3`);
  return { major: Number(m[1]), minor: Number(m[2]), patch: Number(m[3]) };
}

/** The release type from `a` to `b`, where a bump that leaves npm's caret range of `a` is major. */
function releaseType(a: Version, b: Version): ReleaseType {
  const cmp = a.major - b.major || a.minor - b.minor || a.patch - b.patch;
  if (cmp >= 0) return 'none';
  if (b.major > a.major) return 'major';
  if (a.major === 0 && b.minor > a.minor) return 'major';
  if (a.major === 0 && a.minor === 0) return 'major';
  return b.minor > a.minor ? 'minor' : 'patch';
}

const RANK: Record<ReleaseType, number> = { none: 0, patch: 1, minor: 2, major: 3 };

function collections(corpus: CorpusLike): string[] {
  return Object.keys(corpus).filter((k) => Array.isArray(corpus[k]));
}

/**
 * Compares two corpora and writes release notes: per collection, the records added, removed and
 * changed (with the changed fields), and the violations of the versioning policy.
 *
 * @param before - The earlier corpus (parsed corpus.json).
 * @param after - The current corpus.
 * @returns The differences, the release type the versions make and the one the changes need,
 *   errors (an ID of a named collection removed without a major bump), warnings, and Markdown notes.
 * @throws Error when a corpusVersion is not a semantic version.
 *
 * @example
 * ```ts
 * import { diffCorpora } from './scripts/diff-corpus.js';
 * const d = diffCorpora({ corpusVersion: '1.0.0', schemaVersion: '1.0.0', claims: [{ id: 'a' }] },
 *                       { corpusVersion: '1.1.0', schemaVersion: '1.0.0', claims: [{ id: 'a' }, { id: 'b' }] });
 * console.log(d.collections[0]?.added); //=> [ 'b' ]
 * ```
 */
export function diffCorpora(before: CorpusLike, after: CorpusLike): CorpusDiff {
  const from = { corpusVersion: before.corpusVersion, schemaVersion: before.schemaVersion };
  const to = { corpusVersion: after.corpusVersion, schemaVersion: after.schemaVersion };
  const release = releaseType(parseVersion(from.corpusVersion, 'earlier'), parseVersion(to.corpusVersion, 'current'));
  const names = [...new Set([...collections(before), ...collections(after)])].sort(
    (a, b) => (ORDER.indexOf(a) + 1 || 99) - (ORDER.indexOf(b) + 1 || 99) || (a < b ? -1 : 1),
  );
  const result: CollectionDiff[] = [];
  const errors: string[] = [];
  const warnings: string[] = [];
  const newFields: string[] = [];
  for (const name of names) {
    const index = (c: CorpusLike) => new Map(((c[name] as Rec[] | undefined) ?? []).map((r, i) => [keyOf(name, r, i), r]));
    const old = index(before);
    const now = index(after);
    const sort = (xs: string[]) => xs.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    const added = sort([...now.keys()].filter((k) => !old.has(k)));
    const removed = sort([...old.keys()].filter((k) => !now.has(k)));
    const changed = sort([...now.keys()].filter((k) => old.has(k)))
      .map((id) => ({ id, fields: changedFields(old.get(id) as Rec, now.get(id) as Rec) }))
      .filter((c) => c.fields.length > 0);
    for (const c of changed) {
      for (const f of c.fields) if (!hasPath(old.get(c.id) as Rec, f)) newFields.push(`${name}.${f}`);
    }
    if (added.length + removed.length + changed.length === 0) continue;
    result.push({ collection: name, stableIds: STABLE.has(name), added, removed, changed });
    if (STABLE.has(name) && release !== 'major') {
      for (const id of removed) {
        errors.push(`${name}: ID ${JSON.stringify(id)} was removed without a major version bump (${from.corpusVersion} → ${to.corpusVersion}); removing or renaming an ID needs a major release, or keep the record`);
      }
    }
  }

  const schemaFrom = parseVersion(from.schemaVersion, 'earlier schema');
  const schemaTo = parseVersion(to.schemaVersion, 'current schema');
  const schemaChange = schemaTo.major !== schemaFrom.major ? 'major' : schemaTo.minor !== schemaFrom.minor ? 'minor' : schemaTo.patch !== schemaFrom.patch ? 'patch' : 'none';
  const removedStable = result.some((c) => c.stableIds && c.removed.length > 0);
  // A field present now and absent before (a new field) needs a minor release, like a new record.
  const addedAny = result.some((c) => c.added.length > 0) || newFields.length > 0;
  const changedAny = result.some((c) => c.changed.length > 0 || c.removed.length > 0);
  const needed: ReleaseType =
    removedStable || schemaChange === 'major' ? 'major'
    : addedAny || schemaChange === 'minor' ? 'minor'
    : changedAny || schemaChange === 'patch' ? 'patch'
    : 'none';
  if (schemaChange === 'major' && release !== 'major') {
    errors.push(`schemaVersion moved from ${from.schemaVersion} to ${to.schemaVersion} (a breaking change of the record shape) without a major version bump (${from.corpusVersion} → ${to.corpusVersion})`);
  }
  if (RANK[release] < RANK[needed] && !(needed === 'major' && errors.length > 0)) {
    warnings.push(`the changes need a ${needed} release, but ${from.corpusVersion} → ${to.corpusVersion} is ${release === 'none' ? 'no version increase' : `a ${release} release`}`);
  }

  const md: string[] = [];
  md.push(`# qantar-corpus ${to.corpusVersion}`, '');
  md.push(
    `Compared with ${from.corpusVersion} (schema ${from.schemaVersion}${from.schemaVersion === to.schemaVersion ? ', unchanged' : ` → ${to.schemaVersion}`}). ` +
      `Release type: ${release === 'none' ? 'no version increase' : release}; the changes need at least: ${needed === 'none' ? 'nothing' : needed}.`,
    '',
  );
  if (result.length === 0) md.push('No records were added, removed or changed.', '');
  else {
    md.push('| Collection | Added | Removed | Changed |', '| --- | ---: | ---: | ---: |');
    for (const c of result) md.push(`| ${TITLES[c.collection] ?? c.collection} | ${c.added.length} | ${c.removed.length} | ${c.changed.length} |`);
    md.push('');
    for (const c of result) {
      md.push(`## ${TITLES[c.collection] ?? c.collection}`, '');
      if (c.added.length > 0) md.push('Added:', '', ...c.added.map((id) => `- \`${id}\``), '');
      if (c.removed.length > 0) md.push(`Removed${c.stableIds ? '' : ' (derived keys: the record moved or was re-annotated)'}:`, '', ...c.removed.map((id) => `- \`${id}\``), '');
      if (c.changed.length > 0) md.push('Changed:', '', ...c.changed.map((x) => `- \`${x.id}\`: ${x.fields.map((f) => `\`${f}\``).join(', ')}`), '');
    }
  }
  if (errors.length > 0) md.push('## Errors', '', ...errors.map((e) => `- ${e}`), '');
  if (warnings.length > 0) md.push('## Warnings', '', ...warnings.map((w) => `- ${w}`), '');
  return { from, to, collections: result, release, needed, errors, warnings, markdown: `${md.join('\n').trimEnd()}\n` };
}

/** Reads an earlier corpus from a corpus.json, a folder holding one, or a published tarball. */
export function readCorpusFrom(file: string): CorpusLike {
  const stat = statSync(file);
  if (stat.isDirectory()) {
    const candidates = ['corpus.json', 'dist/corpus.json', 'package/dist/corpus.json'].map((p) => path.join(file, p));
    const found = candidates.find((p) => existsSync(p));
    if (!found) throw new Error(`${file}: no corpus.json, dist/corpus.json or package/dist/corpus.json in this folder`);
    return JSON.parse(readFileSync(found, 'utf8')) as CorpusLike;
  }
  if (/\.(tgz|tar\.gz)$/.test(file)) {
    const tmp = mkdtempSync(path.join(tmpdir(), 'qantar-old-'));
    try {
      execFileSync('tar', ['-xzf', path.resolve(file), '-C', tmp, 'package/dist/corpus.json']);
      return JSON.parse(readFileSync(path.join(tmp, 'package/dist/corpus.json'), 'utf8')) as CorpusLike;
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  }
  return JSON.parse(readFileSync(file, 'utf8')) as CorpusLike;
}

/** Builds the corpus of a git ref: data/ and package.json from `git archive`, then the current build code. */
export async function buildCorpusAt(repo: string, ref: string): Promise<CorpusLike> {
  const tmp = mkdtempSync(path.join(tmpdir(), 'qantar-ref-'));
  try {
    const tar = execFileSync('git', ['archive', '--format=tar', ref, 'data', 'package.json'], { cwd: repo, maxBuffer: 512 * 1024 * 1024 });
    execFileSync('tar', ['-x', '-C', tmp], { input: tar });
    const version = (JSON.parse(readFileSync(path.join(tmp, 'package.json'), 'utf8')) as { version: string }).version;
    const { buildCorpus } = await import('./build/build.js');
    const result = buildCorpus({ root: tmp, dataDir: path.join(tmp, 'data'), corpusVersion: version });
    if (!result.corpus) {
      const first = result.issues.slice(0, 5).map((i) => `${i.file} ${i.record}: ${i.message}`).join('\n  ');
      throw new Error(`the data at ${ref} does not build into a corpus with the current schema:\n  ${first}`);
    }
    return result.corpus as unknown as CorpusLike;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const { values } = parseArgs({
    options: { from: { type: 'string' }, repo: { type: 'string' }, old: { type: 'string' }, new: { type: 'string' }, out: { type: 'string' } },
  });
  if ((values.from === undefined) === (values.old === undefined)) {
    console.error('diff-corpus: give exactly one of --from <git-ref> or --old <corpus.json | folder | package.tgz>');
    process.exit(2);
  }
  try {
    const before = values.from !== undefined ? await buildCorpusAt(path.resolve(values.repo ?? root), values.from) : readCorpusFrom(path.resolve(values.old as string));
    const after = JSON.parse(readFileSync(path.resolve(values.new ?? path.join(root, 'src/generated/corpus.json')), 'utf8')) as CorpusLike;
    const diff = diffCorpora(before, after);
    if (values.out) writeFileSync(values.out, diff.markdown);
    else process.stdout.write(diff.markdown);
    for (const w of diff.warnings) console.error(`warning: ${w}`);
    for (const e of diff.errors) console.error(`error: ${e}`);
    process.exit(diff.errors.length > 0 ? 1 : 0);
  } catch (error) {
    console.error(`diff-corpus: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(2);
  }
}
