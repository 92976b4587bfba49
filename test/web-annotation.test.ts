// The Web Annotation collections read by two JSON-LD processors that are not ours: jsonld.js
// (expansion, with a document loader that serves only the vendored W3C context, so nothing is
// fetched) and Debian's python3-rdflib (the collection parsed into RDF and queried with SPARQL).
// Both must find one annotation per record, targeting its article, whose quote is the article text
// between its code-point positions.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import jsonld from 'jsonld';
import { beforeAll, describe, expect, it } from 'vitest';
import { codePoints, quoteContext } from '../scripts/exports/anchors.js';
import { exportFiles } from '../scripts/exports/index.js';
import { ANNOTATION_CONTEXT, ANNOTATION_LAYERS } from '../scripts/exports/web-annotation.js';
import type { Corpus } from '../src/generated/types.js';
import { debianPythonWith, python, writeTree } from './support/clients.js';

const root = path.resolve(import.meta.dirname, '..');
const readJson = (p: string) => JSON.parse(readFileSync(path.join(root, p), 'utf8')) as unknown;
const corpus = readJson('src/generated/corpus.json') as Corpus;
const contextPath = path.join(root, 'test/fixtures/w3c-anno.jsonld');
const context = JSON.parse(readFileSync(contextPath, 'utf8')) as unknown;
const OA = 'http://www.w3.org/ns/oa#';

let files: Record<string, string>;
beforeAll(() => {
  files = exportFiles({ corpus, schema: readJson('src/generated/corpus.schema.json'), packageJson: readJson('package.json') as never }) as Record<string, string>;
});

/** Serves the vendored W3C context and refuses everything else: no test reaches the network. */
const documentLoader = async (url: string) => {
  if (url !== ANNOTATION_CONTEXT) throw new Error(`the test document loader serves only ${ANNOTATION_CONTEXT}, not ${url}`);
  return { contextUrl: undefined, documentUrl: url, document: context };
};

const RECORDS: Record<string, () => readonly { id: string; article: string }[]> = {
  'entity-mentions': () => corpus.entityMentions, citations: () => corpus.citations, 'claim-mentions': () => corpus.claimMentions,
  figures: () => corpus.figures, labels: () => corpus.labels, techniques: () => corpus.techniques,
};
const articleOf = new Map<string, Corpus["articles"][number]>(corpus.articles.map((a) => [a.id, a]));
const sourceOf = (a: Corpus['articles'][number]) => (new URL(a.url).pathname === '/' ? `urn:qantar-corpus:article:${a.id}` : a.url);

type Node = Record<string, unknown[]> & { '@id'?: string; '@type'?: string[] };
const first = (n: Node, p: string) => n[p]?.[0] as Record<string, unknown> | undefined;

describe('jsonld.js expands every collection with the W3C context', () => {
  it('into one oa:Annotation per record, targeting its article, quote = the text between its code-point positions', async () => {
    expect(ANNOTATION_LAYERS.map((l) => l.name).sort()).toEqual(Object.keys(RECORDS).sort());
    for (const layer of ANNOTATION_LAYERS) {
      const doc = JSON.parse(files[`web-annotation/${layer.name}.jsonld`] as string) as unknown;
      const expanded = (await jsonld.expand(doc as never, { documentLoader: documentLoader as never })) as Node[];
      const collection = expanded[0] as Node;
      expect(collection['@type'], layer.name).toEqual(['http://www.w3.org/ns/activitystreams#OrderedCollection']);
      const page = first(collection, 'http://www.w3.org/ns/activitystreams#first') as Node;
      const items = (first(page, 'http://www.w3.org/ns/activitystreams#items') as { '@list': Node[] })['@list'];
      const records = RECORDS[layer.name]!();
      expect(items.map((a) => a['@id']), layer.name).toEqual(records.map((r) => `urn:qantar-corpus:annotation:${layer.kind}:${r.id}`));
      for (const [i, a] of items.entries()) {
        expect(a['@type']).toEqual([`${OA}Annotation`]);
        const article = articleOf.get(records[i]!.article)!;
        const cp = Array.from(article.text);
        const bodies = a[`${OA}hasBody`] as Node[];
        expect(bodies.map((b) => b['@id'])).toContain(`urn:qantar-corpus:${layer.kind}:${records[i]!.id}`);
        for (const t of a[`${OA}hasTarget`] as Node[]) {
          expect((first(t, `${OA}hasSource`) as { '@id': string })['@id']).toBe(sourceOf(article));
          const selectors = t[`${OA}hasSelector`] as Node[];
          const quote = selectors.find((s) => s['@type']?.[0] === `${OA}TextQuoteSelector`)!;
          const position = selectors.find((s) => s['@type']?.[0] === `${OA}TextPositionSelector`)!;
          const start = Number(first(position, `${OA}start`)?.['@value']);
          const end = Number(first(position, `${OA}end`)?.['@value']);
          const exact = first(quote, `${OA}exact`)?.['@value'];
          expect(cp.slice(start, end).join(''), `${layer.name} ${a['@id']}`).toBe(exact);
          expect(cp.slice(Math.max(0, start - 32), start).join('')).toBe(first(quote, `${OA}prefix`)?.['@value']);
          expect(cp.slice(end, end + 32).join('')).toBe(first(quote, `${OA}suffix`)?.['@value']);
        }
      }
    }
  });

  it('targets the article URN where the recorded URL is only the outlet\'s home page', () => {
    const tdi = corpus.articles.find((a) => a.id === 'tdi-2022-01-11-wang-yi-call')!;
    expect(tdi.url).toBe('https://thediplomaticinsight.com/');
    const doc = files['web-annotation/figures.jsonld'] as string;
    expect(doc).toContain('"source": "urn:qantar-corpus:article:tdi-2022-01-11-wang-yi-call"');
    expect(doc).not.toContain('"source": "https://thediplomaticinsight.com/"');
  });
});

describe('code-point offsets', () => {
  it('convert UTF-16 offsets of any text, astral characters included, to the offsets Python and the Web Annotation model count', () => {
    const text = fc.array(fc.oneof(fc.constantFrom('a', 'é', '’', '😀', '𝄞', '中'), fc.string({ unit: 'binary', maxLength: 3 })), { maxLength: 20 }).map((p) => p.join(''));
    fc.assert(fc.property(text, (t) => {
      const toCp = codePoints(t);
      let utf16 = 0;
      for (const [cp, ch] of Array.from(t).entries()) {
        expect(toCp(utf16)).toBe(cp);
        utf16 += ch.length;
      }
      expect(toCp(t.length)).toBe(Array.from(t).length);
      const { prefix, suffix } = quoteContext(t, 0, t.length);
      expect([prefix, suffix]).toEqual(['', '']);
    }), { numRuns: 300 });
    expect(() => codePoints('abc')(4)).toThrow(/offset 4 is outside a text of 3 code units/);
  });
});

// rdflib resolves a remote @context over the network; the vendored context is put in its place
// (after checking that the document names exactly that context), so the parse stays offline.
const RDFLIB_READER = String.raw`
import json, os, sys
from rdflib import Graph, Namespace, RDF
OA = Namespace('http://www.w3.org/ns/oa#')
d, context_path, corpus_path = sys.argv[1], sys.argv[2], sys.argv[3]
context = json.load(open(context_path, encoding='utf-8'))['@context']
corpus = json.load(open(corpus_path, encoding='utf-8'))
texts = {}
for a in corpus['articles']:
    texts[a['url']] = a['text']
    texts['urn:qantar-corpus:article:' + a['id']] = a['text']
out, problems = {}, []
for name in sorted(os.listdir(d)):
    doc = json.load(open(os.path.join(d, name), encoding='utf-8'))
    if doc['@context'] != 'http://www.w3.org/ns/anno.jsonld': problems.append(name + ': unexpected context')
    doc['@context'] = context
    g = Graph().parse(data=json.dumps(doc), format='json-ld')
    annotations = []
    # Walk the graph by its RDF terms (SPARQL over rdflib is slow for a CI step).
    for a in g.subjects(RDF.type, OA.Annotation):
        annotations.append(str(a))
        targets = list(g.objects(a, OA.hasTarget))
        if not targets: problems.append('%s %s: no target' % (name, a))
        for t in targets:
            text = texts.get(str(g.value(t, OA.hasSource)))
            if text is None: problems.append('%s %s: unknown source' % (name, a)); continue
            quote = [s for s in g.objects(t, OA.hasSelector) if (s, RDF.type, OA.TextQuoteSelector) in g]
            position = [s for s in g.objects(t, OA.hasSelector) if (s, RDF.type, OA.TextPositionSelector) in g]
            if len(quote) != 1 or len(position) != 1: problems.append('%s %s: selectors' % (name, a)); continue
            start, end = int(g.value(position[0], OA.start)), int(g.value(position[0], OA.end))
            if text[start:end] != str(g.value(quote[0], OA.exact)): problems.append('%s %s: quote' % (name, a))
            if text[max(0, start - 32):start] != str(g.value(quote[0], OA.prefix)): problems.append('%s %s: prefix' % (name, a))
    out[name] = sorted(annotations)
print(json.dumps({'problems': problems, 'annotations': out}))
`;

describe('rdflib (Debian\'s python3-rdflib) parses every collection', () => {
  const interpreter = debianPythonWith('rdflib');
  it.runIf(interpreter !== null || process.env.CI === 'true')('into RDF with one annotation per record, each quote and prefix sliced from its article by code points', () => {
    const dir = path.join(writeTree(Object.fromEntries(Object.entries(files).filter(([k]) => k.startsWith('web-annotation/'))), 'qantar-wa-'), 'web-annotation');
    const result = python(RDFLIB_READER, [dir, contextPath, path.join(root, 'src/generated/corpus.json')], interpreter ?? '/usr/bin/python3') as { problems: string[]; annotations: Record<string, string[]> };
    expect(result.problems).toEqual([]);
    for (const layer of ANNOTATION_LAYERS) {
      expect(result.annotations[`${layer.name}.jsonld`], layer.name).toEqual(RECORDS[layer.name]!().map((r) => `urn:qantar-corpus:annotation:${layer.kind}:${r.id}`).sort());
    }
  });
});
