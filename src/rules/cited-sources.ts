import { at, type CorpusIssue } from './issue.js';
import type { CorpusRule, RuleCorpus } from './types.js';

/** A place in the corpus whose value may rest on outside documents. */
interface Citing {
  readonly collection: string;
  readonly index: number;
  readonly id: string | null;
  readonly field: string;
  /** How the value is known; `external` and `world-knowledge` need sources. */
  readonly basis: string | null;
  readonly sources: readonly string[];
}

const NEEDS_SOURCES = new Set(['external', 'world-knowledge']);

/** Every field of the corpus that carries a basis and the sources behind it. */
export function citingFields(corpus: RuleCorpus): Citing[] {
  const out: Citing[] = [];
  corpus.articles.forEach((a, i) => {
    out.push({ collection: 'articles', index: i, id: a.id, field: 'published', basis: a.published.basis, sources: a.published.sources });
    if (a.translatedFrom) out.push({ collection: 'articles', index: i, id: a.id, field: 'translatedFrom', basis: a.translatedFrom.basis, sources: a.translatedFrom.sources });
    a.derivedFrom.forEach((d, j) => out.push({ collection: 'articles', index: i, id: a.id, field: `derivedFrom.${j}`, basis: d.basis, sources: d.source ? [d.source, ...d.sources] : d.sources }));
  });
  corpus.claims.forEach((c, i) => c.narratives.forEach((n, j) => out.push({ collection: 'claims', index: i, id: c.id, field: `narratives.${j}`, basis: 'external', sources: n.sources })));
  corpus.events.forEach((e, i) => out.push({ collection: 'events', index: i, id: e.id, field: 'sources', basis: null, sources: e.sources }));
  corpus.entityMentions.forEach((m, i) => out.push({ collection: 'entityMentions', index: i, id: m.id, field: 'sources', basis: null, sources: m.sources }));
  corpus.dateMentions.forEach((m, i) => out.push({ collection: 'dateMentions', index: i, id: m.id, field: 'basis', basis: m.basis, sources: m.sources }));
  corpus.figures.forEach((f, i) => out.push({ collection: 'figures', index: i, id: f.id, field: 'asOfBasis', basis: f.asOfBasis, sources: f.asOfSources }));
  corpus.citations.forEach((c, i) => {
    out.push({ collection: 'citations', index: i, id: c.id, field: 'channelBasis', basis: c.channelBasis, sources: c.sources });
    if (c.said) out.push({ collection: 'citations', index: i, id: c.id, field: 'said', basis: c.said.basis, sources: c.said.sources });
  });
  return out;
}

/** Outside facts are records: an outside basis cites a source, and every source is cited. */
export const citedSources: CorpusRule = {
  name: 'cited-sources',
  description: 'Every value whose basis is `external` (or `world-knowledge`) cites at least one source record, and every source record is cited by some value.',
  completeness: false,
  check(corpus) {
    const issues: CorpusIssue[] = [];
    const cited = new Set<string>();
    for (const f of citingFields(corpus)) {
      for (const s of f.sources) cited.add(s);
      if (f.basis !== null && NEEDS_SOURCES.has(f.basis) && f.sources.length === 0) {
        issues.push({
          ...at(f.collection, f.index, f.id, f.field),
          rule: 'cited-sources',
          message: `${f.field} has basis ${JSON.stringify(f.basis)} but cites no source`,
          fix: 'add the source record (data/sources/<id>.yaml) that the value rests on and cite its ID, or change the basis to what the text itself shows',
        });
      }
    }
    corpus.sources.forEach((s, i) => {
      if (cited.has(s.id)) return;
      issues.push({
        ...at('sources', i, s.id, null),
        rule: 'cited-sources',
        message: `source ${s.id} is cited by nothing`,
        fix: 'cite it from the field that rests on it (a channel, a said date, an as-of date, a derivation, a resolved speaker, a narrative link), or remove the source file',
      });
    });
    return issues;
  },
};
