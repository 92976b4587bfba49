// The citation files read by citation-js (@citation-js/core with its CSL and BibTeX plugins), as a
// reference manager or pandoc user would: the CSL-JSON and the BibTeX render in APA with the right
// authors, dates (an "on or after" date never printed as the day), titles or descriptions,
// translation and original; and CITATION.cff is valid Citation File Format 1.2.0.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { exportFiles } from '../scripts/exports/index.js';
import { cite } from '../src/index.js';
import type { Corpus } from '../src/generated/types.js';
import { EXPECTED_APA, EXPECTED_APA_FROM_BIBTEX } from './support/expected-citations.js';

const root = path.resolve(import.meta.dirname, '..');
const readJson = (p: string) => JSON.parse(readFileSync(path.join(root, p), 'utf8')) as unknown;
const corpus = readJson('src/generated/corpus.json') as Corpus;
const files = exportFiles({ corpus, schema: readJson('src/generated/corpus.schema.json'), packageJson: readJson('package.json') as never });
const apa = (data: unknown) => new Cite(data).format('bibliography', { format: 'text', template: 'apa', lang: 'en-US' }).trim();
type Item = { id: string; type: string; issued: { 'date-parts'?: number[][]; literal?: string }; genre?: string };

describe('citation-js reads data/articles.csl.json', () => {
  const items = JSON.parse(files['data/articles.csl.json'] as string) as Item[];

  it('and renders every article in APA as cite(id, "apa") reads and as written by hand from the records', () => {
    expect(items.map((i) => i.id)).toEqual(corpus.articles.map((a) => a.id));
    for (const item of items) {
      expect(apa(item), item.id).toBe(EXPECTED_APA[item.id]);
      expect(cite(item.id as never, 'apa')).toBe(apa(item));
    }
  });

  it('with no internal label in brackets and no "on or after" date printed as the day', () => {
    for (const item of items) {
      const text = apa(item);
      expect(text).not.toMatch(/\[(News|Republication|Analysis|news|republication)\]/);
      const article = corpus.articles.find((a) => a.id === item.id)!;
      const [y, m, d] = article.published.date.split('-').map(Number) as [number, number, number];
      const day = `(${y}, ${new Date(Date.UTC(y, m - 1, d)).toLocaleString('en-US', { month: 'long', timeZone: 'UTC' })} ${d})`;
      if (article.published.bound === 'not-before') expect(text, item.id).not.toContain(day);
      else expect(text, item.id).toContain(day);
    }
  });
});

describe('citation-js reads data/articles.bib', () => {
  const parsed = new Cite(files['data/articles.bib'] as string).data as Item[];

  it('as one web page per article, with day and month kept and a lower-bound date left a literal', () => {
    expect(parsed.map((i) => i.id)).toEqual(corpus.articles.map((a) => a.id));
    for (const item of parsed) {
      const article = corpus.articles.find((a) => a.id === item.id)!;
      expect(item.type).toBe('webpage');
      if (article.published.bound === 'exact') expect(item.issued['date-parts']?.[0]).toEqual(article.published.date.split('-').map(Number));
      else expect(item.issued.literal).toMatch(/ or later$/);
    }
  });

  it('and renders every entry in APA with the same facts as the CSL-JSON', () => {
    for (const item of parsed) expect(apa(item), item.id).toBe(EXPECTED_APA_FROM_BIBTEX[item.id]);
  });
});

describe('CITATION.cff', () => {
  it('is valid Citation File Format 1.2.0 (the vendored schema) and names this release', () => {
    const ajv = new Ajv({ allErrors: true, strict: false });
    const validate = ajv.compile(readJson('test/fixtures/cff-schema-1.2.0.json') as object);
    const cff = parse(readFileSync(path.join(root, 'CITATION.cff'), 'utf8')) as Record<string, unknown>;
    expect(validate(cff), JSON.stringify(validate.errors)).toBe(true);
    expect(cff.version).toBe((readJson('package.json') as { version: string }).version);
    // The schema is no rubber stamp: a CFF without authors is refused.
    const { authors: _authors, ...noAuthors } = cff;
    expect(validate(noAuthors)).toBe(false);
  });
});
