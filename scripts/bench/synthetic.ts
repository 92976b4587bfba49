/**
 * A synthetic corpus N times the real one, for the query benchmarks (scripts/bench.ts).
 *
 * Replica 0 is the real corpus unchanged, so every real ID still exists and a query on the synthetic
 * corpus returns what it returns on the real one. Replicas 1..N-1 copy every record of every kind
 * with a fresh ID (suffix `-r<n>`: `global-times-r12`), every reference rewritten to the same
 * replica, and texts derived from the real ones: ASCII letters rotated by a replica-dependent shift
 * (number words kept), which keeps every offset, so each span's text is still `article.text.slice(start, end)`, and the
 * SHA-256 is recomputed. The collections are put in their published order by the data build's own
 * `sortCorpus`, so the result is a corpus the schema and the structure rules accept.
 *
 *   npx tsx scripts/bench/synthetic.ts [--replicas 1000] [--out synthetic.json]
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { Corpus } from '../../src/generated/types.js';
import { sortCorpus } from '../build/build.js';
import type { LoadedData } from '../build/load.js';
import { NUMBER_WORDS } from '../../src/rules/text-tools.js';
import { LABEL_VOCABULARY } from '../../src/schema/labels.js';

/** Words kept as they are: number words (a figure's span writes its value) and the words of label heads (a label's head is written in its span). */
const KEPT_WORDS = new Set([...Object.keys(NUMBER_WORDS), ...Object.values(LABEL_VOCABULARY).flatMap((l) => (Object.values(l).flat() as string[]).flatMap((form) => form.split(' ')))]);

/** Record fields that hold IDs (or lists of IDs), as in scripts/build/build.ts's ID_FIELDS. */
export const ID_KEYS = new Set(['id', 'outlet', 'publisher', 'parent', 'entity', 'article', 'event', 'place', 'participants', 'subjects', 'claim', 'claims', 'citation', 'group', 'speaker', 'addressee', 'source', 'sources', 'asOfSources']);

const COLLECTIONS = ['outlets', 'articles', 'entities', 'entityMentions', 'events', 'dateMentions', 'claims', 'claimMentions', 'figureGroups', 'figures', 'citations', 'exemptions', 'sources', 'labels', 'techniques', 'entityRoles', 'framing'] as const;
const ID_COLLECTIONS = ['outlets', 'articles', 'entities', 'events', 'claims', 'figureGroups', 'figures', 'citations', 'sources'] as const;

/**
 * Rotates ASCII letters by `shift` places: same length, same offsets, different text. Number words
 * ("three months") and label head words stay as they are, since the build checks that a figure's span
 * writes its value and a label's span its head.
 */
export function rotateLetters(text: string, shift: number): string {
  return text.replace(/[A-Za-z]+/g, (word) => (KEPT_WORDS.has(word.toLowerCase()) ? word : word.replace(/[A-Za-z]/g, (c) => {
    const base = c <= 'Z' ? 65 : 97;
    return String.fromCharCode(((c.charCodeAt(0) - base + shift) % 26) + base);
  })));
}

/** Every ID of every kind in a corpus. */
export function corpusIds(corpus: Corpus): Set<string> {
  const ids = new Set<string>();
  for (const name of ID_COLLECTIONS) for (const r of corpus[name] as readonly { id: string }[]) ids.add(r.id);
  return ids;
}

/** Builds a corpus of `replicas` copies of `real` (replica 0 being `real` itself). */
export function syntheticCorpus(real: Corpus, replicas: number): Corpus {
  if (!Number.isInteger(replicas) || replicas < 1) throw new Error(`syntheticCorpus: replicas must be a positive integer, got ${replicas}`);
  const ids = corpusIds(real);
  const collections = Object.fromEntries(COLLECTIONS.map((name) => [name, [...real[name]]])) as Record<(typeof COLLECTIONS)[number], unknown[]>;
  for (let r = 1; r < replicas; r++) {
    const suffix = `-r${r}`;
    const shift = ((r - 1) % 25) + 1;
    const rotated = new Map<string, string>(); // the same few strings recur across replicas: share them
    const rotate = (s: string) => {
      let out = rotated.get(s);
      if (out === undefined) rotated.set(s, (out = rotateLetters(s, shift)));
      return out;
    };
    const renameId = (id: string) => (ids.has(id) ? id + suffix : id);
    const copy = (value: unknown, key: string | null): unknown => {
      if (typeof value === 'string') {
        if (key === null || !ID_KEYS.has(key)) return value;
        // Mention IDs are composite: `<article>@<start>-<end>` then `/<entity or claim>` (and `/<main role>`) for some kinds.
        const composite = key === 'id' ? /^([^@]+)@(\d+-\d+)(?:\/(.+))?$/.exec(value) : null;
        if (composite) return `${renameId(composite[1] as string)}@${composite[2]}${composite[3] ? `/${composite[3].split('/').map(renameId).join('/')}` : ''}`;
        return renameId(value);
      }
      if (Array.isArray(value)) return value.map((v) => copy(v, key));
      if (value === null || typeof value !== 'object') return value;
      const out: Record<string, unknown> = {};
      const isSpan = 'start' in value && 'end' in value && 'text' in value;
      for (const [k, v] of Object.entries(value)) out[k] = isSpan && k === 'text' ? rotate(v as string) : copy(v, k);
      return out;
    };
    for (const name of COLLECTIONS) {
      for (const record of real[name]) {
        const out = copy(record, null) as Record<string, unknown>;
        if (name === 'articles') {
          out.text = rotate(out.text as string);
          out.sha256 = createHash('sha256').update(out.text as string, 'utf8').digest('hex');
        }
        collections[name].push(out);
      }
    }
  }
  const loaded = { ...collections, notNames: new Set<string>(), origins: new Map() } as unknown as LoadedData;
  return sortCorpus(loaded, real.corpusVersion) as unknown as Corpus;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const { values } = parseArgs({ options: { replicas: { type: 'string', default: '1000' }, out: { type: 'string', default: 'synthetic-corpus.json' } } });
  const root = path.resolve(import.meta.dirname, '../..');
  const real = JSON.parse(readFileSync(path.join(root, 'src/generated/corpus.json'), 'utf8')) as Corpus;
  const corpus = syntheticCorpus(real, Number(values.replicas));
  writeFileSync(values.out, `${JSON.stringify(corpus)}\n`);
  console.log(`Wrote ${values.out}: ${corpus.articles.length} articles, ${corpus.figures.length} figures, ${corpus.citations.length} citations.`);
}
