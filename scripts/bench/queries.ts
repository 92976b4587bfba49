// Query benchmarks: each helper and its common filters, indexed (the library) against a naive
// linear scan over the same records, on the real corpus and on a synthetic one N times larger.
import { Bench, type Task } from 'tinybench';
import type { Article, Citation, ClaimMention, Corpus, Figure } from '../../src/generated/types.js';
import type { Library } from './query-variant.js';
import { median } from './stats.js';

export interface QueryCase {
  name: string;
  helper: 'lookups' | 'byOutlet' | 'claimsAbout' | 'figures' | 'citations';
  indexed: (lib: Library) => unknown;
  naive: (corpus: Corpus) => unknown;
}

export interface QueryResult {
  name: string;
  helper: QueryCase['helper'];
  results: number;
  /** Median ms per call. */
  realMs: number;
  syntheticMs: number;
  naiveMs: number;
  /** Median ms per call of the naive scan of the real corpus. */
  naiveRealMs: number;
  /** naive / indexed on the synthetic corpus. */
  speedup: number;
  /** naive / indexed on the real corpus: what indexing buys at the size the package ships. */
  realSpeedup: number;
  /** indexed on the synthetic corpus / indexed on the real one. */
  scaling: number;
}

// ---- naive linear scans: one pass over each collection involved, no index -----------------------

const articlesOf = (c: Corpus, outlet: string) => {
  const ids = new Set<string>();
  for (const a of c.articles) if (a.outlet === outlet) ids.add(a.id);
  return ids;
};

interface FigureFilter { article?: string; outlet?: string; measure?: string; group?: string; source?: string; event?: string }
function naiveFigures(c: Corpus, f: FigureFilter): Figure[] {
  const inOutlet = f.outlet === undefined ? null : articlesOf(c, f.outlet);
  let quoted: Set<string> | null = null;
  if (f.source !== undefined && f.source !== 'outlet') {
    quoted = new Set();
    for (const ci of c.citations) if (ci.speaker === f.source) quoted.add(ci.id);
  }
  return c.figures.filter((x) =>
    (f.article === undefined || x.article === f.article) &&
    (inOutlet === null || inOutlet.has(x.article)) &&
    (f.measure === undefined || x.measure === f.measure) &&
    (f.group === undefined || x.group === f.group) &&
    (f.event === undefined || x.event === f.event) &&
    (f.source === undefined ||
      (f.source === 'outlet' ? x.source.kind === 'outlet' : x.source.kind === 'entity' ? x.source.entity === f.source : x.source.kind === 'citation' && (quoted as Set<string>).has(x.source.citation))));
}

interface CitationFilter { article?: string; outlet?: string; speaker?: string; mode?: string; channel?: string; event?: string }
function naiveCitations(c: Corpus, f: CitationFilter): Citation[] {
  const inOutlet = f.outlet === undefined ? null : articlesOf(c, f.outlet);
  return c.citations.filter((x) =>
    (f.article === undefined || x.article === f.article) &&
    (inOutlet === null || inOutlet.has(x.article)) &&
    (f.speaker === undefined || x.speaker === f.speaker) &&
    (f.mode === undefined || x.mode === f.mode) &&
    (f.channel === undefined || x.channel === f.channel) &&
    (f.event === undefined || x.event === f.event));
}

interface ClaimFilter { stance?: string; voice?: string; outlet?: string; article?: string }
function naiveClaimsAbout(c: Corpus, subject: string, f: ClaimFilter = {}) {
  const about = c.claims.filter((cl) => cl.subjects.includes(subject as never));
  const ids = new Set(about.map((cl) => cl.id as string));
  const inOutlet = f.outlet === undefined ? null : articlesOf(c, f.outlet);
  const mentions = new Map<string, ClaimMention[]>();
  for (const m of c.claimMentions) {
    if (!ids.has(m.claim)) continue;
    if (f.stance !== undefined && m.stance !== f.stance) continue;
    if (f.voice !== undefined && m.voice !== f.voice) continue;
    if (f.article !== undefined && m.article !== f.article) continue;
    if (inOutlet !== null && !inOutlet.has(m.article)) continue;
    const list = mentions.get(m.claim);
    if (list) list.push(m);
    else mentions.set(m.claim, [m]);
  }
  const filtered = Object.keys(f).length > 0;
  return about
    .filter((cl) => !filtered || mentions.has(cl.id))
    .sort((a, b) => (a.id < b.id ? -1 : 1))
    .map((claim) => ({ claim, mentions: mentions.get(claim.id) ?? [] }));
}

function naiveByOutlet(c: Corpus, outlet: string, role: 'author' | 'publisher' | 'either' = 'author'): Article[] {
  const selected = new Set([outlet]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const o of c.outlets) {
      if (o.parent !== null && selected.has(o.parent) && !selected.has(o.id)) {
        selected.add(o.id);
        grew = true;
      }
    }
  }
  return c.articles.filter((a) => (role !== 'publisher' && selected.has(a.outlet)) || (role !== 'author' && a.publisher !== null && selected.has(a.publisher)));
}

// ---- the cases, with IDs picked from the real corpus so that every result is non-empty ----------

function mostCommon<T>(values: Iterable<T | null | undefined>): T {
  const counts = new Map<T, number>();
  for (const v of values) if (v !== null && v !== undefined) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: T | undefined;
  let n = 0;
  for (const [v, k] of counts) if (k > n) [best, n] = [v, k];
  if (best === undefined) throw new Error('bench: the real corpus has no records to pick a query argument from');
  return best;
}
const middle = <T extends { id: string }>(records: readonly T[]) => (records[records.length >> 1] as T).id;

/** The benchmarked queries: every helper, with the filters researchers combine most. */
export function queryCases(real: Corpus): QueryCase[] {
  const outletOf = new Map(real.articles.map((a) => [a.id as string, a.outlet as string]));
  const parent = mostCommon(real.outlets.map((o) => o.parent)) as string;
  const publisher = mostCommon(real.articles.map((a) => a.publisher)) as string;
  const subject = mostCommon(real.claims.flatMap((cl) => cl.subjects)) as string;
  const voice = mostCommon(real.claimMentions.map((m) => m.voice));
  const stance = mostCommon(real.claimMentions.map((m) => m.stance));
  const mentionOutlet = mostCommon(real.claimMentions.map((m) => outletOf.get(m.article)));
  const speaker = mostCommon(real.citations.map((ci) => ci.speaker)) as string;
  const mode = mostCommon(real.citations.filter((ci) => ci.speaker === speaker).map((ci) => ci.mode));
  const citArticle = mostCommon(real.citations.map((ci) => ci.article)) as string;
  const citOutlet = mostCommon(real.citations.map((ci) => outletOf.get(ci.article)));
  const citEvent = mostCommon(real.citations.map((ci) => ci.event)) as string;
  const group = mostCommon(real.figures.map((f) => f.group)) as string;
  const groupMeasure = mostCommon(real.figures.filter((f) => f.group === group).map((f) => f.measure));
  const figArticle = mostCommon(real.figures.map((f) => f.article)) as string;
  const figOutlet = mostCommon(real.figures.map((f) => outletOf.get(f.article)));
  const speakerOf = new Map(real.citations.map((ci) => [ci.id as string, ci.speaker as string | null]));
  const figSource = mostCommon(real.figures.map((f) => (f.source.kind === 'entity' ? f.source.entity : f.source.kind === 'citation' ? speakerOf.get(f.source.citation) : null))) as string;
  const L = (lib: Library) => lib as unknown as Record<string, (...args: unknown[]) => unknown>;
  const q = (f: string, ...args: unknown[]) => (lib: Library) => L(lib)[f]?.(...args);
  const lookup = (fn: string, collection: keyof Corpus): QueryCase => {
    const id = middle(real[collection] as readonly { id: string }[]);
    return { name: `${fn}('${id}')`, helper: 'lookups', indexed: q(fn, id), naive: (c) => (c[collection] as readonly { id: string }[]).find((r) => r.id === id) };
  };
  const cases: QueryCase[] = [
    lookup('getOutlet', 'outlets'),
    lookup('getArticle', 'articles'),
    lookup('getEntity', 'entities'),
    lookup('getClaim', 'claims'),
    lookup('getEvent', 'events'),
    lookup('getFigureGroup', 'figureGroups'),
    lookup('getFigure', 'figures'),
    lookup('getCitation', 'citations'),
    { name: `byOutlet('${parent}')`, helper: 'byOutlet', indexed: q('byOutlet', parent), naive: (c) => naiveByOutlet(c, parent) },
    { name: `byOutlet('${publisher}', { role: 'publisher' })`, helper: 'byOutlet', indexed: q('byOutlet', publisher, { role: 'publisher' }), naive: (c) => naiveByOutlet(c, publisher, 'publisher') },
    { name: `byOutlet('${parent}', { role: 'either' })`, helper: 'byOutlet', indexed: q('byOutlet', parent, { role: 'either' }), naive: (c) => naiveByOutlet(c, parent, 'either') },
    { name: `claimsAbout('${subject}')`, helper: 'claimsAbout', indexed: q('claimsAbout', subject), naive: (c) => naiveClaimsAbout(c, subject) },
    { name: `claimsAbout('${subject}', { voice: '${voice}' })`, helper: 'claimsAbout', indexed: q('claimsAbout', subject, { voice }), naive: (c) => naiveClaimsAbout(c, subject, { voice }) },
    {
      name: `claimsAbout('${subject}', { stance: '${stance}', outlet: '${mentionOutlet}' })`, helper: 'claimsAbout',
      indexed: q('claimsAbout', subject, { stance, outlet: mentionOutlet }), naive: (c) => naiveClaimsAbout(c, subject, { stance, outlet: mentionOutlet }),
    },
    { name: `figures({ group: '${group}' })`, helper: 'figures', indexed: q('figures', { group }), naive: (c) => naiveFigures(c, { group }) },
    { name: `figures({ group: '${group}', measure: '${groupMeasure}' })`, helper: 'figures', indexed: q('figures', { group, measure: groupMeasure }), naive: (c) => naiveFigures(c, { group, measure: groupMeasure }) },
    { name: `figures({ article: '${figArticle}' })`, helper: 'figures', indexed: q('figures', { article: figArticle }), naive: (c) => naiveFigures(c, { article: figArticle }) },
    { name: `figures({ outlet: '${figOutlet}' })`, helper: 'figures', indexed: q('figures', { outlet: figOutlet }), naive: (c) => naiveFigures(c, { outlet: figOutlet }) },
    { name: `figures({ source: '${figSource}' })`, helper: 'figures', indexed: q('figures', { source: figSource }), naive: (c) => naiveFigures(c, { source: figSource }) },
    { name: `citations({ speaker: '${speaker}' })`, helper: 'citations', indexed: q('citations', { speaker }), naive: (c) => naiveCitations(c, { speaker }) },
    { name: `citations({ speaker: '${speaker}', mode: '${mode}' })`, helper: 'citations', indexed: q('citations', { speaker, mode }), naive: (c) => naiveCitations(c, { speaker, mode }) },
    { name: `citations({ article: '${citArticle}' })`, helper: 'citations', indexed: q('citations', { article: citArticle }), naive: (c) => naiveCitations(c, { article: citArticle }) },
    { name: `citations({ outlet: '${citOutlet}' })`, helper: 'citations', indexed: q('citations', { outlet: citOutlet }), naive: (c) => naiveCitations(c, { outlet: citOutlet }) },
    { name: `citations({ event: '${citEvent}' })`, helper: 'citations', indexed: q('citations', { event: citEvent }), naive: (c) => naiveCitations(c, { event: citEvent }) },
  ];
  return cases;
}

// ---- running them ---------------------------------------------------------------------------------

const count = (result: unknown) => (Array.isArray(result) ? result.length : result === undefined ? 0 : 1);

/**
 * Checks every case (indexed on the synthetic corpus = naive scan of it = indexed on the real
 * corpus, and non-empty), then times the three with tinybench. Fast calls are repeated inside
 * each timed iteration so that a sample is well above the timer's resolution.
 */
export function runQueryBench(
  cases: readonly QueryCase[], real: Library, synthetic: Library, syntheticCorpus: Corpus, options: { time: number; iterations: number }, realCorpus: Corpus,
): QueryResult[] {
  for (const c of cases) {
    const naiveReal = JSON.stringify(c.naive(realCorpus));
    if (naiveReal !== JSON.stringify(c.indexed(real))) throw new Error(`bench: ${c.name} returns a different result from the naive scan of the real corpus`);
    const a = JSON.stringify(c.indexed(synthetic));
    const b = JSON.stringify(c.naive(syntheticCorpus));
    const r = JSON.stringify(c.indexed(real));
    if (a !== b) throw new Error(`bench: ${c.name} returns a different result from the naive scan of the synthetic corpus:\n  indexed ${a.slice(0, 300)}\n  naive   ${b.slice(0, 300)}`);
    if (a !== r) throw new Error(`bench: ${c.name} returns a different result on the synthetic corpus than on the real one (replica 0 is the real corpus):\n  synthetic ${a.slice(0, 300)}\n  real      ${r.slice(0, 300)}`);
    if (count(c.indexed(real)) === 0) throw new Error(`bench: ${c.name} finds nothing in the real corpus; pick an argument that has results`);
  }
  const repsFor = (fn: () => unknown) => {
    const t0 = performance.now();
    let n = 0;
    while (performance.now() - t0 < 5) {
      fn();
      n++;
    }
    return Math.max(1, Math.min(10_000, Math.ceil((20 * 1e-3) / ((performance.now() - t0) / n)))); // aim at 20 µs per sample
  };
  const bench = new Bench({ time: options.time, iterations: options.iterations, warmupTime: Math.min(options.time, 50), warmupIterations: 2, throws: true });
  const reps = new Map<string, number>();
  for (const c of cases) {
    const n = repsFor(() => c.indexed(real));
    const add = (label: string, fn: () => unknown, k: number) => {
      reps.set(`${c.name} ${label}`, k);
      bench.add(`${c.name} ${label}`, () => {
        for (let i = 0; i < k; i++) fn();
      });
    };
    add('real', () => c.indexed(real), n);
    add('synthetic', () => c.indexed(synthetic), n);
    add('naive', () => c.naive(syntheticCorpus), repsFor(() => c.naive(syntheticCorpus)));
    add('naive-real', () => c.naive(realCorpus), repsFor(() => c.naive(realCorpus)));
  }
  const tasks = new Map<string, Task>(bench.runSync().map((t) => [t.name, t]));
  const perCall = (key: string) => {
    const task = tasks.get(key);
    const result = task?.result as { state: string; latency?: { p50?: number; samples?: number[] } } | undefined;
    if (!result || result.state !== 'completed' || result.latency?.p50 === undefined) throw new Error(`bench: task ${key} did not complete (${result?.state})`);
    return result.latency.p50 / (reps.get(key) ?? 1);
  };
  return cases.map((c) => {
    const realMs = perCall(`${c.name} real`);
    const syntheticMs = perCall(`${c.name} synthetic`);
    const naiveMs = perCall(`${c.name} naive`);
    const naiveRealMs = perCall(`${c.name} naive-real`);
    return {
      name: c.name, helper: c.helper, results: count(c.indexed(real)), realMs, syntheticMs, naiveMs, naiveRealMs,
      speedup: naiveMs / syntheticMs, realSpeedup: naiveRealMs / realMs, scaling: syntheticMs / realMs,
    };
  });
}

