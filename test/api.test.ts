import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  byOutlet, citations, cite, claimsAbout, corpus, figures, framing, getArticle, getCitation, getClaim, getEntity, getEvent, getFigure, getFigureGroup, getOutlet, getSource, labelMatrix, labels, QantarCorpusError, spanContext, stanceMatrix, techniques,
} from '../src/index.js';
import { figureRange, figureSeries, quoteVariants } from '../src/index.js';

const { outlets, articles, entities, claims, claimMentions, events, figureGroups, figures: allFigures, citations: allCitations } = corpus;

// Naive reference implementations: linear scans written independently of the indexed ones.
const articleOutlet = (id: string) => corpus.articles.find((a) => a.id === id)?.outlet;
const naiveFigures = (f: Record<string, string | undefined>) =>
  corpus.figures.filter((x) => {
    const speaker = x.source.kind === 'citation' ? corpus.citations.find((c) => x.source.kind === 'citation' && c.id === x.source.citation)?.speaker : null;
    const source = x.source.kind === 'outlet' ? 'outlet' : x.source.kind === 'entity' ? x.source.entity : speaker;
    return (!f.article || x.article === f.article) && (!f.outlet || articleOutlet(x.article) === f.outlet) && (!f.measure || x.measure === f.measure) &&
      (!f.group || x.group === f.group) && (!f.source || source === f.source) && (!f.event || x.event === f.event);
  });
const naiveCitations = (f: Record<string, string | undefined>) =>
  corpus.citations.filter((c) => (!f.article || c.article === f.article) && (!f.outlet || articleOutlet(c.article) === f.outlet) && (!f.speaker || c.speaker === f.speaker) &&
    (!f.mode || c.mode === f.mode) && (!f.channel || c.channel === f.channel) && (!f.event || c.event === f.event));

const pick = <T>(xs: readonly T[]) => fc.option(fc.constantFrom(...xs), { nil: undefined });
const figureFilter = fc.record({
  article: pick(articles.map((a) => a.id)), outlet: pick(outlets.map((o) => o.id)), measure: pick([...new Set(allFigures.map((f) => f.measure))]),
  group: pick(figureGroups.map((g) => g.id)), source: pick(['outlet', ...entities.map((e) => e.id)]), event: pick(events.map((e) => e.id)),
}, { requiredKeys: [] });
const citationFilter = fc.record({
  article: pick(articles.map((a) => a.id)), outlet: pick(outlets.map((o) => o.id)), speaker: pick(entities.map((e) => e.id)),
  mode: pick(['direct', 'indirect', 'mixed', 'scare-quote'] as const), channel: pick([...new Set(allCitations.flatMap((c) => (c.channel ? [c.channel] : [])))]),
  event: pick(events.map((e) => e.id)),
}, { requiredKeys: [] });

describe('figures()', () => {
  it('equals a linear scan for any combination of filters, and filters compose', () => {
    fc.assert(fc.property(figureFilter, (filter) => {
      const result = figures(filter as never);
      expect(result).toEqual(naiveFigures(filter as never));
      const all = figures();
      for (const f of result) expect(all).toContain(f);
    }), { numRuns: 300 });
  });
  it('sorts by article date, then position', () => {
    const order = new Map(articles.map((a, i) => [a.id, i]));
    const all = figures();
    for (let i = 1; i < all.length; i++) {
      const a = all[i - 1]!, b = all[i]!;
      expect((order.get(a.article)! - order.get(b.article)!) || a.span.start - b.span.start).toBeLessThanOrEqual(0);
    }
  });
});

describe('citations()', () => {
  it('equals a linear scan for any combination of filters', () => {
    fc.assert(fc.property(citationFilter, (filter) => {
      expect(citations(filter as never)).toEqual(naiveCitations(filter as never));
    }), { numRuns: 300 });
  });
});

describe('byOutlet()', () => {
  it('matches authorship, publisher and services as documented', () => {
    for (const outlet of outlets) {
      const services = new Set([outlet.id]);
      let grew = true;
      while (grew) { grew = false; for (const o of outlets) if (o.parent && services.has(o.parent) && !services.has(o.id)) { services.add(o.id); grew = true; } }
      const byAuthor = articles.filter((a) => services.has(a.outlet));
      const byPublisher = articles.filter((a) => a.publisher !== null && services.has(a.publisher));
      expect(byOutlet(outlet.id)).toEqual(byAuthor);
      expect(byOutlet(outlet.id, { role: 'publisher' })).toEqual(byPublisher);
      expect(byOutlet(outlet.id, { role: 'either' })).toEqual(articles.filter((a) => byAuthor.includes(a) || byPublisher.includes(a)));
      expect(byOutlet(outlet.id, { includeServices: false })).toEqual(articles.filter((a) => a.outlet === outlet.id));
    }
  });
  it('finds the RT DE text under RT, and the republisher by publisher only', () => {
    expect(byOutlet('rt').map((a) => a.id)).toEqual(['rt-2022-04-27-color-revolution-warning']);
    expect(byOutlet('rt', { includeServices: false })).toEqual([]);
    expect(byOutlet('detv-us')).toEqual([]);
    expect(byOutlet('detv-us', { role: 'publisher' }).map((a) => a.outlet)).toEqual(['rt-de']);
  });
});

describe('claimsAbout()', () => {
  it('equals a linear scan for every entity and filter', () => {
    const stances = [undefined, 'asserts', 'endorses', 'reports', 'questions', 'disputes'] as const;
    const voices = [undefined, 'authorial', 'attributed'] as const;
    const assertions = [undefined, 'asserted', 'presupposed', 'insinuated'] as const;
    fc.assert(fc.property(fc.constantFrom(...entities.map((e) => e.id)), fc.constantFrom(...stances), fc.constantFrom(...voices), pick(outlets.map((o) => o.id)), fc.constantFrom(...assertions), (subject, stance, voice, outlet, assertion) => {
      const options = Object.fromEntries(Object.entries({ stance, voice, outlet, assertion }).filter(([, v]) => v !== undefined));
      const filtered = Object.keys(options).length > 0;
      const expected = claims.filter((c) => c.subjects.includes(subject)).map((claim) => ({
        claim,
        mentions: claimMentions.filter((m) => m.claim === claim.id && (!stance || m.stance === stance) && (!voice || m.voice === voice) && (!outlet || articleOutlet(m.article) === outlet) && (!assertion || m.assertion === assertion)),
      })).filter((c) => !filtered || c.mentions.length > 0).sort((a, b) => (a.claim.id < b.claim.id ? -1 : 1));
      expect(claimsAbout(subject as never, options as never)).toEqual(expected);
    }), { numRuns: 300 });
  });
});

describe('stanceMatrix()', () => {
  it('each cell holds exactly the stances of that outlet toward that claim', () => {
    const m = stanceMatrix();
    for (const cell of m.cells) {
      const mentions = claimMentions.filter((x) => x.claim === cell.claim && articleOutlet(x.article) === cell.outlet);
      expect(new Set(cell.stances)).toEqual(new Set(mentions.map((x) => x.stance)));
      expect(cell.mentions).toEqual(mentions);
    }
    expect(m.cells.reduce((n, c) => n + c.mentions.length, 0)).toBe(claimMentions.length);
  });
  it('with an assertion filter, holds exactly the mentions that carry their proposition that way', () => {
    for (const assertion of ['asserted', 'presupposed', 'insinuated'] as const) {
      const m = stanceMatrix({ assertion });
      const expected = claimMentions.filter((x) => x.assertion === assertion);
      expect(m.cells.flatMap((c) => c.mentions).sort((a, b) => (a.id < b.id ? -1 : 1))).toEqual([...expected].sort((a, b) => (a.id < b.id ? -1 : 1)));
    }
    // The accusation Global Times only insinuates ("any attempt by external forces") is not stated by it anywhere.
    const stated = stanceMatrix({ claims: ['external-forces-sought-color-revolution'], assertion: 'asserted' });
    expect(stated.outlets).not.toContain('global-times');
    expect(() => stanceMatrix({ assertion: 'implied' as never })).toThrow(QantarCorpusError);
  });
});

describe('labels() and labelMatrix()', () => {
  const labelsOf = corpus.labels;
  it('labels() equals a linear scan for every combination of filters', () => {
    const names = [...new Set(labelsOf.map((l) => l.label))];
    fc.assert(fc.property(
      pick(articles.map((a) => a.id)), pick(outlets.map((o) => o.id)), pick(names), pick(['unrest', 'participants', 'security-forces', 'intervention', 'response', 'actor']), pick(['authorial', 'attributed']), pick([true, false]),
      (article, outlet, label, category, voice, scareQuoted) => {
        const filter = Object.fromEntries(Object.entries({ article, outlet, label, category, voice, scareQuoted }).filter(([, v]) => v !== undefined));
        const expected = labelsOf.filter((l) => (!article || l.article === article) && (!outlet || articleOutlet(l.article) === outlet) && (!label || l.label === label)
          && (!category || l.category === category) && (!voice || l.voice === voice) && (scareQuoted === undefined || l.scareQuoted === scareQuoted));
        expect(labels(filter as never)).toEqual(expected);
      }), { numRuns: 300 });
  });
  it('labelMatrix() counts every label once, in the cell of its outlet, label and voice', () => {
    const m = labelMatrix();
    expect(m.cells.reduce((n, c) => n + c.count, 0)).toBe(labelsOf.length);
    for (const cell of m.cells) {
      expect(cell.labels).toEqual(labelsOf.filter((l) => articleOutlet(l.article) === cell.outlet && l.label === cell.label && l.voice === cell.voice));
      expect(cell.scareQuoted).toBe(cell.labels.filter((l) => l.scareQuoted).length);
    }
    expect(() => labelMatrix({ category: 'crowd' as never })).toThrow(QantarCorpusError);
  });
});

describe('techniques() and framing()', () => {
  it('techniques() equals a linear scan for every combination of filters', () => {
    const names = [...new Set(corpus.techniques.map((t) => t.technique))];
    const cats = [...new Set(corpus.techniques.map((t) => t.category))];
    fc.assert(fc.property(pick(articles.map((a) => a.id)), pick(outlets.map((o) => o.id)), pick(names), pick(cats), pick(['authorial', 'attributed']), (article, outlet, technique, category, voice) => {
      const filter = Object.fromEntries(Object.entries({ article, outlet, technique, category, voice }).filter(([, v]) => v !== undefined));
      const expected = corpus.techniques.filter((t) => (!article || t.article === article) && (!outlet || articleOutlet(t.article) === outlet) && (!technique || t.technique === technique)
        && (!category || t.category === category) && (!voice || t.voice === voice));
      expect(techniques(filter as never)).toEqual(expected);
    }), { numRuns: 200 });
    expect(() => techniques({ technique: 'Whatabout' as never })).toThrow(QantarCorpusError);
  });
  it('framing() counts every technique span of the article once, by voice', () => {
    for (const a of articles) {
      const f = framing(a.id);
      const spans = corpus.techniques.filter((t) => t.article === a.id);
      expect(f.techniqueCounts.reduce((n, c) => n + c.authorial + c.attributed, 0)).toBe(spans.length);
      for (const c of f.techniqueCounts) expect(c.authorial).toBe(spans.filter((t) => t.technique === c.technique && t.voice === 'authorial').length);
      expect(f.genre).toBe(corpus.framing.find((x) => x.article === a.id)?.genre);
    }
  });
});

describe('spanContext()', () => {
  it('returns the exact span text with the surrounding text, for any figure and width', () => {
    fc.assert(fc.property(fc.constantFrom(...allFigures), fc.nat(200), (figure, chars) => {
      const ctx = spanContext(figure.article, figure.span, { chars });
      const text = getArticle(figure.article).text;
      expect(ctx.text).toBe(figure.span.text);
      expect(text.slice(figure.span.start - ctx.before.length, figure.span.end + ctx.after.length)).toBe(ctx.before + ctx.text + ctx.after);
      expect(ctx.before.length).toBeLessThanOrEqual(chars);
      expect(ctx.after.length).toBeLessThanOrEqual(chars);
    }));
  });
});

describe('errors', () => {
  it('an unknown ID names the value, the kind and the closest IDs', () => {
    try {
      getOutlet('global-time' as never);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(QantarCorpusError);
      const e = error as QantarCorpusError;
      expect(e.code).toBe('UNKNOWN_ID');
      expect(e.message).toContain('"global-time"');
      expect(e.message).toContain('outlet');
      expect(e.suggestions[0]).toBe('global-times');
    }
  });
  it('any input to any helper returns a result or throws QantarCorpusError, never anything else', () => {
    const anything = fc.oneof(fc.anything(), fc.constantFrom(...entities.map((e) => e.id), ...outlets.map((o) => o.id), ...articles.map((a) => a.id), ...figureGroups.map((g) => g.id), 'apa', 'bibtex', 'csl-json', '__proto__', 'constructor', 'toString'),
      fc.dictionary(fc.constantFrom('article', 'outlet', 'speaker', 'mode', 'group', 'source', 'stance', 'voice', 'assertion', 'role', 'event', 'claim', 'claims', 'segment', '__proto__', 'constructor', 'chars'), fc.anything()));
    const calls: ((a: unknown, b: unknown) => unknown)[] = [
      (a) => getOutlet(a as never), (a) => getArticle(a as never), (a) => getEntity(a as never), (a) => getClaim(a as never),
      (a, b) => byOutlet(a as never, b as never), (a, b) => claimsAbout(a as never, b as never), (a) => figures(a as never), (a) => citations(a as never),
      (a) => stanceMatrix(a as never), (a, b) => spanContext(a as never, b as never),
      (a) => getEvent(a as never), (a) => getFigure(a as never), (a) => getFigureGroup(a as never), (a) => getCitation(a as never), (a) => getSource(a as never),
      (a) => figureSeries(a as never), (a) => quoteVariants(a as never), (a, b) => cite(a as never, b as never), (a) => labels(a as never), (a) => labelMatrix(a as never), (a) => techniques(a as never), (a) => framing(a as never),
    ];
    fc.assert(fc.property(fc.constantFrom(...calls), anything, anything, (call, a, b) => {
      try { call(a, b); } catch (error) { expect(error).toBeInstanceOf(QantarCorpusError); }
    }), { numRuns: 2000 });
  });
  it('rejects __proto__ and unknown filter keys by name', () => {
    expect(() => figures(JSON.parse('{"__proto__": {"article": "x"}}'))).toThrow(/unknown option "__proto__"/);
    expect(() => citations({ speakr: 'xi-jinping' } as never)).toThrow(/unknown option "speakr".*speaker/);
  });
});

describe('immutability', () => {
  it('every object and array reachable from the public API is frozen, and writing throws', () => {
    const seen = new Set<object>();
    const walk = (v: unknown) => {
      if (v === null || typeof v !== 'object' || seen.has(v)) return;
      seen.add(v);
      expect(Object.isFrozen(v)).toBe(true);
      for (const k of Object.keys(v)) walk((v as Record<string, unknown>)[k]);
    };
    walk(corpus);
    walk(figures({ group: 'qantar-arrests' }));
    walk(claimsAbout('color-revolution'));
    walk(stanceMatrix());
    expect(seen.size).toBeGreaterThan(1000);
    expect(() => { (articles as unknown as unknown[]).push(1); }).toThrow(TypeError);
    expect(() => { (getOutlet('rt') as { name: string }).name = 'x'; }).toThrow(TypeError);
  });
  it('the collections of corpus are getters of a frozen object: the same frozen array on every read, never replaced', () => {
    for (const key of Object.keys(corpus) as (keyof typeof corpus)[]) {
      const field = Object.getOwnPropertyDescriptor(corpus, key)!;
      expect(field.enumerable).toBe(true);
      expect(field.configurable).toBe(false);
      if (!Array.isArray(corpus[key])) continue;
      expect(field.set).toBeUndefined();
      expect(corpus[key]).toBe(corpus[key]);
      expect(Object.isFrozen(corpus[key])).toBe(true);
      expect(() => { (corpus as unknown as Record<string, unknown>)[key] = []; }).toThrow(TypeError);
      expect(() => { delete (corpus as unknown as Record<string, unknown>)[key]; }).toThrow(TypeError);
    }
    expect(Object.keys(corpus)).toEqual(Object.keys(JSON.parse(JSON.stringify(corpus))));
  });
  it('no call changes the data', () => {
    const before = JSON.stringify(corpus);
    figures({ outlet: 'global-times' }); citations({ mode: 'direct' }); claimsAbout('xi-jinping'); stanceMatrix(); byOutlet('rt');
    expect(JSON.stringify(corpus)).toBe(before);
  });
});


describe('figureSeries()', () => {
  it('holds every figure of the group once, sorted by date, and flags exactly the disjoint same-day pairs', () => {
    for (const group of figureGroups) {
      const series = figureSeries(group.id as never);
      expect(new Set(series.points.map((p) => p.figure))).toEqual(new Set(allFigures.filter((f) => f.group === group.id)));
      const dates = series.points.map((p) => p.date);
      expect(dates).toEqual([...dates].sort());
      for (const p of series.points) expect(p.date).toBe(p.figure.asOf ?? getArticle(p.figure.article).published.date);
      const sameDay = series.disagreements.filter((d) => d.kind === 'same-date');
      const expected = series.points.flatMap((a, i) => series.points.slice(i + 1).filter((b) => a.date === b.date && (a.range[1] < b.range[0] || b.range[1] < a.range[0])).map((b) => [a.figure.id, b.figure.id]));
      expect(sameDay.map((d) => [d.a.figure.id, d.b.figure.id])).toEqual(expected);
    }
  });
  it('reads ranges from qualifiers as the wording allows', () => {
    const base = allFigures[0]!;
    expect(figureRange({ ...base, value: 3000, qualifier: 'more-than' })[0]).toBeGreaterThan(3000);
    expect(figureRange({ ...base, value: 225, qualifier: 'at-least' })).toEqual([225, Number.POSITIVE_INFINITY]);
    expect(figureRange({ ...base, value: 7939, qualifier: 'exact' })).toEqual([7939, 7939]);
    expect(figureRange({ ...base, value: null, qualifier: 'vague', low: 20000, high: 99999 })).toEqual([20000, 99999]);
  });
});

describe('quoteVariants()', () => {
  it('equals a linear scan of citations for any event, speaker and claim', () => {
    fc.assert(fc.property(pick(events.map((e) => e.id)), pick(entities.map((e) => e.id)), pick(claims.map((c) => c.id)), (event, speaker, claim) => {
      if (!event && !speaker && !claim) {
        expect(() => quoteVariants({})).toThrow(QantarCorpusError);
        return;
      }
      const expected = corpus.citations.filter((c) => (!event || c.event === event) && (!speaker || c.speaker === speaker) && (!claim || c.claims.includes(claim as never)));
      const got = quoteVariants(Object.fromEntries(Object.entries({ event, speaker, claim }).filter(([, v]) => v)) as never);
      expect(got.map((v) => v.citation)).toEqual(expected);
      for (const v of got) expect(v.text).toBe(v.citation.content.map((s) => s.text).join(' … '));
    }), { numRuns: 300 });
  });
});

describe('option checks', () => {
  it('names a non-boolean option and what would be valid', () => {
    expect(() => byOutlet('rt', { includeServices: 'yes' as never })).toThrow(/byOutlet options.includeServices: expected true or false, got "yes"/);
    expect(() => spanContext('globaltimes-2022-01-10-wang-yi-call', { start: 0, end: 5 }, { segment: 1 as never })).toThrow(/expected true or false, got number 1/);
  });
  it('segment context widens to the whole paragraph around the span', () => {
    const f = figures({ group: 'qantar-arrests', outlet: 'global-times' })[0]!;
    const ctx = spanContext(f.article, f.span, { segment: true });
    const seg = getArticle(f.article).segments.find((s) => s.span.start <= f.span.start && f.span.end <= s.span.end)!;
    expect(ctx.before + ctx.text + ctx.after).toBe(seg.span.text);
  });
});
