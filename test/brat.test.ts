// The brat standoff export read by an independent reader in Python's standard library: it parses
// annotation.conf and every .ann line the way brat's format defines them, slices each fragment out
// of the .txt (Python indexes code points, as brat's server does) and checks it against the
// annotation text, the declared types, relation arguments and attribute values.
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fragments } from '../scripts/exports/brat.js';
import { exportFiles } from '../scripts/exports/index.js';
import type { Corpus } from '../src/generated/types.js';
import { python, writeTree } from './support/clients.js';

const root = path.resolve(import.meta.dirname, '..');
const readJson = (p: string) => JSON.parse(readFileSync(path.join(root, p), 'utf8')) as unknown;
const corpus = readJson('src/generated/corpus.json') as Corpus;

const BRAT_READER = String.raw`
import json, os, re, sys, hashlib
d = sys.argv[1]
problems, counts, texts_by_article = [], {}, {}
def read_conf(p):
    section, conf = None, {'entities': set(), 'relations': {}, 'attributes': {}}
    for line in open(p, encoding='utf-8').read().splitlines():
        line = line.strip()
        if not line or line.startswith('#'): continue
        m = re.match(r'^\[(\w+)\]$', line)
        if m: section = m.group(1); continue
        if section == 'entities': conf['entities'].add(line)
        elif section == 'relations':
            name, args = line.split('\t')
            if name.startswith('<'): continue
            conf['relations'][name] = {k: set(v.split('|')) for k, v in (a.strip().split(':') for a in args.split(','))}
        elif section == 'attributes':
            name, args = line.split('\t')
            spec = dict(a.strip().split(':', 1) for a in args.split(','))
            conf['attributes'][name] = (set(spec['Arg'].split('|')), set(spec['Value'].split('|')))
    return conf
for article in sorted(os.listdir(d)):
    folder = os.path.join(d, article)
    conf = read_conf(os.path.join(folder, 'annotation.conf'))
    raw = open(os.path.join(folder, article + '.txt'), 'rb').read()
    text = raw.decode('utf-8')
    texts_by_article[article] = hashlib.sha256(raw).hexdigest()
    types, per = {}, {}
    for line in open(os.path.join(folder, article + '.ann'), encoding='utf-8').read().splitlines():
        ident, rest = line.split('\t', 1)
        if ident.startswith('T'):
            head, ann_text = rest.split('\t', 1)
            kind, offsets = head.split(' ', 1)
            if kind not in conf['entities']: problems.append('%s %s: type %s not in annotation.conf' % (article, ident, kind))
            pieces = []
            for frag in offsets.split(';'):
                s, e = (int(x) for x in frag.split(' '))
                if not (0 <= s < e <= len(text)): problems.append('%s %s: offsets %d %d' % (article, ident, s, e))
                pieces.append(text[s:e])
            if ' '.join(pieces) != ann_text: problems.append('%s %s: %r != %r' % (article, ident, ' '.join(pieces), ann_text))
            if any(ch in p for p in pieces for ch in '\n\r\t'): problems.append('%s %s: fragment crosses a line' % (article, ident))
            types[ident] = kind
            per[kind] = per.get(kind, 0) + 1
        elif ident.startswith('A'):
            name, target, value = rest.split(' ')
            args, values = conf['attributes'].get(name, (set(), set()))
            if types.get(target) not in args or value not in values: problems.append('%s %s: attribute %s' % (article, ident, rest))
            per['A:' + name + ':' + value] = per.get('A:' + name + ':' + value, 0) + 1
        elif ident.startswith('R'):
            name, a1, a2 = rest.split(' ')
            spec = conf['relations'].get(name)
            t1, t2 = a1.split(':')[1], a2.split(':')[1]
            if not spec or types.get(t1) not in spec['Arg1'] or types.get(t2) not in spec['Arg2']: problems.append('%s %s: relation %s' % (article, ident, rest))
            per['R:' + name] = per.get('R:' + name, 0) + 1
        elif ident.startswith('#'):
            kind, target = rest.split('\t')[0].split(' ')
            if kind != 'AnnotatorNotes' or target not in types: problems.append('%s %s: note' % (article, ident))
        else:
            problems.append('%s: unknown line %r' % (article, line))
    counts[article] = per
print(json.dumps({'problems': problems, 'counts': counts, 'sha256': texts_by_article}))
`;

let dir = '';
let result: { problems: string[]; counts: Record<string, Record<string, number>>; sha256: Record<string, string> };
beforeAll(() => {
  const files = exportFiles({ corpus, schema: readJson('src/generated/corpus.schema.json'), packageJson: readJson('package.json') as never });
  dir = writeTree(Object.fromEntries(Object.entries(files).filter(([k]) => k.startsWith('brat/'))), 'qantar-brat-');
  result = python(BRAT_READER, [path.join(dir, 'brat')]) as typeof result;
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('brat standoff, read by an independent Python reader', () => {
  it('ships every text byte for byte and annotations whose fragments slice the .txt to their text, with declared types, relations and values', () => {
    expect(result.problems).toEqual([]);
    expect(result.sha256).toEqual(Object.fromEntries(corpus.articles.map((a) => [a.id, a.sha256])));
  });

  it('has one annotation per record of each layer, typed by entity kind, with the records\' attribute values', () => {
    for (const a of corpus.articles) {
      const got = result.counts[a.id] ?? {};
      const here = <T extends { article: string }>(xs: readonly T[]) => xs.filter((x) => x.article === a.id);
      const kinds = new Map<string, number>();
      for (const m of here(corpus.entityMentions)) {
        const kind = corpus.entities.find((e) => e.id === m.entity)!.kind;
        const name = `${kind[0]!.toUpperCase()}${kind.slice(1)}`.replaceAll('-', '_');
        kinds.set(name, (kinds.get(name) ?? 0) + 1);
      }
      for (const [name, n] of kinds) expect([a.id, name, got[name]]).toEqual([a.id, name, n]);
      expect([a.id, got.Figure ?? 0, got.Date ?? 0, got.Claim_mention ?? 0, got.Label ?? 0, got.Technique ?? 0]).toEqual([a.id, here(corpus.figures).length, here(corpus.dateMentions).length, here(corpus.claimMentions).length, here(corpus.labels).length, here(corpus.techniques).length]);
      expect([a.id, got.Quote ?? 0]).toEqual([a.id, here(corpus.citations).filter((c) => c.content.length > 0).length]);
      for (const stance of ['asserts', 'reports', 'disputes'] as const) expect(got[`A:Stance:${stance}`] ?? 0).toBe(here(corpus.claimMentions).filter((m) => m.stance === stance).length);
    }
  });

  it('counts offsets in code points of the .txt: the RFA article\'s non-ASCII text comes before annotated spans', () => {
    const rfa = corpus.articles.find((a) => a.id === 'rfa-2022-01-07-xi-praises-measures')!;
    const firstNonAscii = [...rfa.text].findIndex((c) => c.charCodeAt(0) > 127);
    expect(firstNonAscii).toBeGreaterThan(-1);
    // UTF-8 byte offsets would differ from code points after it; the reader above slices by code points and found no mismatch.
    expect(Buffer.byteLength(rfa.text.slice(0, firstNonAscii + 1))).toBeGreaterThan(firstNonAscii + 1);
    const after = corpus.entityMentions.filter((m) => m.article === rfa.id && m.span.start > firstNonAscii).length;
    expect(after).toBeGreaterThan(10);
    expect(result.problems).toEqual([]);
  });

  it('splits a span at line breaks into fragments whose joined text is what brat writes', () => {
    const text = 'one\ntwo\r\nthree\tfour';
    expect(fragments(text, { start: 0, end: text.length }).map((f) => text.slice(f.start, f.end))).toEqual(['one', 'two', 'three', 'four']);
    expect(fragments(text, { start: 3, end: 4 })).toEqual([]);
  });
});
