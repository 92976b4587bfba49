/**
 * Each directory of test/fixtures/ is a tiny data corpus (shaped like data/) broken in one way;
 * `valid` is the one that builds clean. The build must reject each broken one with an issue that
 * names the data file to edit and the record in it. test/fixtures/README.md lists what each breaks.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../scripts/build/build.js';

const root = path.resolve(import.meta.dirname, '..');
const fixtures = path.join(import.meta.dirname, 'fixtures');
const A = 'articles/mini-news-2022-01-10';
const ARTICLE = 'mini-news-2022-01-10';

interface Expected {
  rule: string;
  /** Data file, relative to the fixture directory. */
  file: string;
  record: string;
  field: string | null;
  /** Words the message must contain: the bad value, mostly. */
  message: string;
}

const BROKEN: Record<string, Expected> = {
  'anchor-not-found': { rule: 'anchor', file: `${A}/mentions.yaml`, record: 'mentions[1] (entity xi-jinping)', field: 'at', message: 'quote "Xi  Jinping" is not in the text' },
  'anchor-ambiguous': { rule: 'anchor', file: `${A}/figures.yaml`, record: 'mini-arrests', field: 'at', message: 'quote "0" occurs 3 times' },
  'unknown-reference': { rule: 'references', file: `${A}/citations.yaml`, record: 'mini-xi-coup', field: 'speaker', message: 'entity "xi-jinpin", which does not exist' },
  'duplicate-id': { rule: 'unique-ids', file: 'articles/mini-news-2022-01-11/figures.yaml', record: 'mini-arrests', field: 'id', message: 'ID "mini-arrests" is used twice in figures' },
  'bad-id-form': { rule: 'id-form', file: `${A}/figures.yaml`, record: 'Mini_Arrests', field: null, message: 'Figure ID "Mini_Arrests" is not lowercase kebab-case' },
  'segment-gap': { rule: 'segments-tile', file: `${A}/article.yaml`, record: ARTICLE, field: 'segments.1', message: 'gap: characters [22, 27) "\\n\\nOn " belong to no segment' },
  'segment-overlap': { rule: 'segments-tile', file: `${A}/article.yaml`, record: ARTICLE, field: 'segments.1', message: '"On Monday" is in both' },
  'numeral-not-covered': { rule: 'numerals', file: `${A}/figures.yaml`, record: ARTICLE, field: 'text', message: 'numeral "3,000" at [106, 111) is not annotated' },
  'quotation-not-covered': { rule: 'quotations', file: `${A}/citations.yaml`, record: ARTICLE, field: 'text', message: 'quotation "“an attempt at a coup”" at [66, 88) is not annotated' },
  'cue-not-covered': { rule: 'cues', file: `${A}/citations.yaml`, record: ARTICLE, field: 'text', message: 'reporting word "said" at [46, 50)' },
  'name-not-covered': { rule: 'names', file: `${A}/mentions.yaml`, record: ARTICLE, field: 'text', message: 'capitalised word "Almaty" at [16, 22)' },
  'sentence-not-covered': { rule: 'sentences', file: `${A}/claims.yaml`, record: ARTICLE, field: 'text', message: 'sentence "Police arrested 3,000 people." at [90, 119)' },
  'malformed-date': { rule: 'schema', file: 'events/qantar-unrest.yaml', record: 'qantar-unrest', field: 'start', message: 'date is not a real calendar day (got "2022-01-32")' },
  'malformed-date-mention': { rule: 'schema', file: `${A}/dates.yaml`, record: `dates[0] (article ${ARTICLE})`, field: 'date', message: 'date must be YYYY-MM-DD (got "2022-1-10")' },
  'text-edited': { rule: 'text-hash', file: `${A}/text.txt`, record: ARTICLE, field: 'sha256', message: 'the text was changed' },
  'attributed-without-citation': { rule: 'citation-claims', file: `${A}/claims.yaml`, record: 'claims[1] (claim unrest-was-coup)', field: 'citation', message: 'attributed mention of unrest-was-coup names no citation' },
  'figure-value-not-in-span': { rule: 'figure-consistency', file: `${A}/figures.yaml`, record: 'mini-arrests', field: 'value', message: 'value 30000 is not written in the span "3,000"' },
  'claim-number-not-in-mention': { rule: 'claim-numbers', file: 'claims/arrests-reached-3000.yaml', record: 'arrests-reached-3000', field: 'proposition', message: 'proposition has the number 5,000' },
  'vague-figure-with-value': { rule: 'figure-consistency', file: `${A}/figures.yaml`, record: 'mini-arrests', field: 'value', message: 'vague figure has value 3000' },
  'event-ends-before-start': { rule: 'dates-and-hierarchy', file: 'events/qantar-unrest.yaml', record: 'qantar-unrest', field: 'end', message: 'event ends 2022-01-01, before it starts 2022-01-02' },
  'figure-outside-content': { rule: 'in-content', file: `${A}/figures.yaml`, record: 'mini-arrests', field: 'span', message: 'span "3,000" at [106, 111) is not in article content' },
  'wrong-type': { rule: 'schema', file: `${A}/article.yaml`, record: ARTICLE, field: 'genre', message: '(got 7)' },
  'external-without-source': { rule: 'cited-sources', file: `${A}/article.yaml`, record: ARTICLE, field: 'published', message: 'published has basis "external" but cites no source' },
  'source-not-cited': { rule: 'cited-sources', file: 'sources/orphan-readout.yaml', record: 'orphan-readout', field: null, message: 'source orphan-readout is cited by nothing' },
  'citation-event-after-article': { rule: 'citation-occasion', file: `${A}/citations.yaml`, record: 'mini-xi-coup', field: 'event', message: 'event qantar-unrest starts 2022-01-11, after the article was published (2022-01-10)' },
  'as-of-not-in-text': { rule: 'figure-as-of', file: `${A}/figures.yaml`, record: 'mini-arrests', field: 'asOf', message: 'asOf 2022-01-09 is inferred from the text, but no date mention in the article covers that day' },
  'translation-without-chain': { rule: 'provenance', file: `${A}/article.yaml`, record: ARTICLE, field: 'derivedFrom', message: 'translated from ru but its derivation chain does not start with translation-of' },
  'segment-origin-missing': { rule: 'segment-origin', file: `${A}/article.yaml`, record: 'segments[0] (headline)', field: 'origin', message: 'the article has a publisher (mini-aggregator) but the segment does not say who put it there' },
  'label-not-covered': { rule: 'labels', file: `${A}/labels.yaml`, record: ARTICLE, field: 'text', message: 'label head "coup" at [83, 87) is not annotated' },
  'label-voice-wrong': { rule: 'label-consistency', file: `${A}/labels.yaml`, record: 'labels[0] (riots)', field: 'voice', message: 'the span is inside the content of mini-xi-coup' },
  'yaml-syntax': { rule: 'yaml-syntax', file: 'entities/almaty.yaml', record: 'almaty', field: null, message: 'Map keys must be unique' },
};

const build = (name: string) => buildCorpus({ root, dataDir: path.join(fixtures, name), corpusVersion: '0.0.0-test' });
const rel = (name: string, file: string) => `test/fixtures/${name}/${file}`;

describe('test fixtures', () => {
  it('has an expectation for every fixture directory, and a fixture for every expectation', () => {
    const dirs = readdirSync(fixtures, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
    expect(dirs).toEqual(['valid', ...Object.keys(BROKEN)].sort());
  });

  it('builds the valid fixture with zero issues, full coverage and the published shape', () => {
    const result = build('valid');
    expect(result.issues).toEqual([]);
    expect(result.coverage.every((row) => row.covered === row.total)).toBe(true);
    expect(result.corpus).not.toBeNull();
    const corpus = result.corpus!;
    expect(corpus.articles.map((a) => a.segments.map((s) => s.kind))).toEqual([['headline', 'separator', 'body', 'separator']]);
    expect(corpus.labels.map((l) => [l.span.text, l.voice, l.citation])).toEqual([['riots', 'attributed', 'mini-xi-coup'], ['coup', 'attributed', 'mini-xi-coup']]);
    const text = corpus.articles[0]!.text;
    expect(corpus.figures.map((f) => [f.id, f.span.text, text.slice(f.span.start, f.span.end)])).toEqual([['mini-arrests', '3,000', '3,000']]);
    expect(Object.keys(result.files).sort()).toEqual(['corpus.json', 'corpus.schema.json', 'freeze-plan.ts', 'guards.ts', 'ids.ts', 'types.ts']);
  });

  it.each(Object.entries(BROKEN))('rejects %s, naming the file and the record', (name, expected) => {
    const result = build(name);
    const want = { ...expected, file: rel(name, expected.file) };
    const match = result.issues.find((i) => i.rule === want.rule && i.file === want.file && i.record === want.record && i.field === want.field && i.message.includes(want.message));
    expect(match, `no issue like ${JSON.stringify(want)} among:\n${result.issues.map((i) => JSON.stringify(i)).join('\n')}`).toBeDefined();
    expect(match!.fix.length).toBeGreaterThan(0);
    // Every issue points into the fixture (or, for the final shape check, at the data as a whole).
    for (const issue of result.issues) expect(issue.file === 'data' || issue.file.startsWith(`test/fixtures/${name}/`)).toBe(true);
  });
});
