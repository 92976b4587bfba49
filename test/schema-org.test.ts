// schema.org Claims read by jsonld.js (a document loader that refuses every URL proves the context
// needs no network): one Claim per claim, one appearance per mention with the article's URL, author
// outlet and date, firstAppearance only where the dates prove it, and no review or rating.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import jsonld from 'jsonld';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportFiles } from '../scripts/exports/index.js';
import type { Corpus } from '../src/generated/types.js';

const root = path.resolve(import.meta.dirname, '..');
const readJson = (p: string) => JSON.parse(readFileSync(path.join(root, p), 'utf8')) as unknown;
const corpus = readJson('src/generated/corpus.json') as Corpus;
const S = 'https://schema.org/';

type Node = Record<string, { '@id'?: string; '@value'?: unknown }[]> & { '@id': string; '@type': string[] };
let text = '';
let nodes: Node[] = [];
beforeAll(async () => {
  text = exportFiles({ corpus, schema: readJson('src/generated/corpus.schema.json'), packageJson: readJson('package.json') as never })['schema-org/claims.jsonld'] as string;
  const refuse = async (url: string) => { throw new Error(`no network in tests: ${url}`); };
  const flat = (await jsonld.flatten(JSON.parse(text) as never, undefined, { documentLoader: refuse as never })) as unknown;
  nodes = (Array.isArray(flat) ? flat : (flat as { '@graph': Node[] })['@graph']) as Node[];
});

const byId = () => new Map(nodes.map((n) => [n['@id'], n]));
const value = (n: Node | undefined, p: string) => n?.[`${S}${p}`]?.[0]?.['@value'];
const ref = (n: Node | undefined, p: string) => n?.[`${S}${p}`]?.[0]?.['@id'];

describe('schema.org Claim JSON-LD, flattened by jsonld.js', () => {
  it('has one Claim per claim with its proposition, and one appearance per mention: URL, author outlet, date, passage', () => {
    const ids = byId();
    const claims = nodes.filter((n) => n['@type']?.includes(`${S}Claim`));
    expect(claims.map((c) => c['@id']).sort()).toEqual(corpus.claims.map((c) => `urn:qantar-corpus:claim:${c.id}`).sort());
    for (const claim of corpus.claims) {
      const node = ids.get(`urn:qantar-corpus:claim:${claim.id}`);
      expect(value(node, 'text')).toBe(claim.proposition);
      const mentions = corpus.claimMentions.filter((m) => m.claim === claim.id);
      const appearances = (node?.[`${S}appearance`] ?? []).map((a) => ids.get(a['@id'] as string));
      expect(appearances.map((a) => a?.['@id']).sort()).toEqual(mentions.map((m) => `urn:qantar-corpus:claim-mention:${m.id}`).sort());
      for (const m of mentions) {
        const a = ids.get(`urn:qantar-corpus:claim-mention:${m.id}`);
        const article = corpus.articles.find((x) => x.id === m.article)!;
        expect(value(a, 'text')).toBe(article.text.slice(m.span.start, m.span.end));
        expect(ref(a, 'author')).toBe(`urn:qantar-corpus:outlet:${article.outlet}`);
        // The home page is not the article's address; an "on or after" day is not a publication date.
        expect(ref(a, 'url')).toBe(new URL(article.url).pathname === '/' ? undefined : article.url);
        expect(value(a, 'datePublished')).toBe(article.published.bound === 'exact' ? article.published.date : undefined);
      }
    }
  });

  it('gives firstAppearance only where one article was certainly published before every other', () => {
    const ids = byId();
    let given = 0;
    for (const claim of corpus.claims) {
      const mentions = corpus.claimMentions.filter((m) => m.claim === claim.id);
      const articles = [...new Set(mentions.map((m) => m.article))].map((id) => corpus.articles.find((a) => a.id === id)!);
      const first = [...articles].sort((a, b) => a.published.date.localeCompare(b.published.date))[0]!;
      const provable = articles.length === 1 || (first.published.bound === 'exact' && articles.filter((a) => a !== first).every((a) => a.published.date > first.published.date));
      const expected = provable ? mentions.filter((m) => m.article === first.id).sort((a, b) => a.span.start - b.span.start)[0] : undefined;
      expect(ref(ids.get(`urn:qantar-corpus:claim:${claim.id}`), 'firstAppearance'), claim.id).toBe(expected ? `urn:qantar-corpus:claim-mention:${expected.id}` : undefined);
      if (expected) given++;
    }
    expect(given).toBeGreaterThan(0);
    expect(given).toBeLessThan(corpus.claims.length);
  });

  it('invents no review or rating', () => {
    expect(text).not.toMatch(/ClaimReview|reviewRating|ratingValue|alternateName/);
  });
});
