/**
 * npm run release:notes — after `changeset version`, adds the data release notes (records added,
 * removed and changed, from diff-corpus) to the new version's entry in CHANGELOG.md.
 *
 *   --from <git-ref> | --old <corpus.json | folder | package.tgz>   the previous release's corpus
 *   --new <corpus.json>   the corpus being released (default: built from data/ at the new version)
 *   --changelog <file>    default CHANGELOG.md
 *   --package <file>      package.json giving the new version (default ./package.json)
 *
 * Exits 1, changing nothing, when the diff has errors (an ID removed without a major bump).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { buildCorpus } from './build/build.js';
import { buildCorpusAt, type CorpusLike, diffCorpora, readCorpusFrom } from './diff-corpus.js';

/** Inserts the notes (headings demoted under the version's `##` heading) into a changelog. */
export function insertReleaseNotes(changelog: string, version: string, notes: string): string {
  const heading = `## ${version}`;
  const at = changelog.split('\n').findIndex((line) => line.trim() === heading);
  if (at === -1) throw new Error(`CHANGELOG has no "${heading}" entry: run \`changeset version\` first`);
  const body = notes
    .replace(/^# qantar-corpus .*\n\n?/, '')
    .replace(/^(#+) /gm, (_, hashes: string) => `${hashes}### `.replace(/^#{5,}/, '####'))
    .trimEnd();
  const lines = changelog.split('\n');
  // After the version heading and the changesets' own entries, before the next version.
  let end = lines.findIndex((line, i) => i > at && /^## /.test(line));
  if (end === -1) end = lines.length;
  while (end > at + 1 && lines[end - 1]?.trim() === '') end--;
  lines.splice(end, 0, '', '### Data changes', '', body);
  return `${lines.join('\n').trimEnd()}\n`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const { values } = parseArgs({ options: { from: { type: 'string' }, old: { type: 'string' }, new: { type: 'string' }, changelog: { type: 'string' }, package: { type: 'string' } } });
  if ((values.from === undefined) === (values.old === undefined)) {
    console.error('release-notes: give exactly one of --from <git-ref> or --old <corpus.json | folder | package.tgz>');
    process.exit(2);
  }
  const version = (JSON.parse(readFileSync(path.resolve(values.package ?? path.join(root, 'package.json')), 'utf8')) as { version: string }).version;
  const before = values.from !== undefined ? await buildCorpusAt(root, values.from) : readCorpusFrom(path.resolve(values.old as string));
  let after: CorpusLike;
  if (values.new) after = JSON.parse(readFileSync(path.resolve(values.new), 'utf8')) as CorpusLike;
  else {
    const built = buildCorpus({ root, corpusVersion: version });
    if (!built.corpus || built.issues.length > 0) {
      console.error(`release-notes: the data build reports ${built.issues.length} problem(s); run npm run build:data`);
      process.exit(1);
    }
    after = built.corpus as unknown as CorpusLike;
  }
  const diff = diffCorpora(before, { ...after, corpusVersion: version });
  for (const w of diff.warnings) console.error(`warning: ${w}`);
  if (diff.errors.length > 0) {
    for (const e of diff.errors) console.error(`error: ${e}`);
    process.exit(1);
  }
  const file = path.resolve(values.changelog ?? path.join(root, 'CHANGELOG.md'));
  writeFileSync(file, insertReleaseNotes(readFileSync(file, 'utf8'), version, diff.markdown));
  console.log(`Added the data changes since ${before.corpusVersion} to ${path.relative(process.cwd(), file)} under ${version}.`);
}
