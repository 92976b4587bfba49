import { at, type CorpusIssue } from './issue.js';
import { closest } from './text-tools.js';
import type { CorpusRule, RuleCorpus } from './types.js';

type Kind = 'outlet' | 'article' | 'entity' | 'event' | 'claim' | 'citation' | 'figure group' | 'source';

/** Every ID a record refers to names an existing record of the right kind. */
export const references: CorpusRule = {
  name: 'references',
  description: 'Every reference to an outlet, article, entity, event, claim, citation, figure group or source resolves.',
  completeness: false,
  check(corpus: RuleCorpus) {
    const ids: Record<Kind, Set<string>> = {
      outlet: new Set(corpus.outlets.map((r) => r.id)),
      article: new Set(corpus.articles.map((r) => r.id)),
      entity: new Set(corpus.entities.map((r) => r.id)),
      event: new Set(corpus.events.map((r) => r.id)),
      claim: new Set(corpus.claims.map((r) => r.id)),
      citation: new Set(corpus.citations.map((r) => r.id)),
      'figure group': new Set(corpus.figureGroups.map((r) => r.id)),
      source: new Set(corpus.sources.map((r) => r.id)),
    };
    const issues: CorpusIssue[] = [];
    const ref = (collection: string, index: number, id: string | null, field: string, kind: Kind, value: string | null | undefined) => {
      if (value === null || value === undefined || ids[kind].has(value)) return;
      const near = closest(value, ids[kind]);
      issues.push({
        ...at(collection, index, id, field),
        rule: 'references',
        message: `${field} refers to ${kind} ${JSON.stringify(value)}, which does not exist`,
        fix: near.length > 0 ? `use an existing ${kind} ID (closest: ${near.join(', ')}) or create the ${kind}` : `create the ${kind}`,
      });
    };
    corpus.outlets.forEach((o, i) => ref('outlets', i, o.id, 'parent', 'outlet', o.parent));
    corpus.articles.forEach((a, i) => {
      ref('articles', i, a.id, 'outlet', 'outlet', a.outlet);
      ref('articles', i, a.id, 'publisher', 'outlet', a.publisher);
      a.credits.forEach((c, j) => ref('articles', i, a.id, `credits.${j}.entity`, 'entity', c.entity));
      a.derivedFrom.forEach((d, j) => {
        ref('articles', i, a.id, `derivedFrom.${j}.outlet`, 'outlet', d.outlet);
        ref('articles', i, a.id, `derivedFrom.${j}.source`, 'source', d.source);
        d.sources.forEach((s, k) => ref('articles', i, a.id, `derivedFrom.${j}.sources.${k}`, 'source', s));
      });
      a.published.sources.forEach((s, k) => ref('articles', i, a.id, `published.sources.${k}`, 'source', s));
      a.translatedFrom?.sources.forEach((s, k) => ref('articles', i, a.id, `translatedFrom.sources.${k}`, 'source', s));
    });
    corpus.events.forEach((e, i) => {
      ref('events', i, e.id, 'place', 'entity', e.place);
      ref('events', i, e.id, 'parent', 'event', e.parent);
      e.participants.forEach((p, j) => ref('events', i, e.id, `participants.${j}`, 'entity', p));
      e.sources.forEach((s, k) => ref('events', i, e.id, `sources.${k}`, 'source', s));
    });
    corpus.claims.forEach((c, i) => {
      ref('claims', i, c.id, 'event', 'event', c.event);
      c.subjects.forEach((s, j) => ref('claims', i, c.id, `subjects.${j}`, 'entity', s));
      c.narratives.forEach((n, j) => n.sources.forEach((s, k) => ref('claims', i, c.id, `narratives.${j}.sources.${k}`, 'source', s)));
    });
    corpus.figureGroups.forEach((g, i) => ref('figureGroups', i, g.id, 'event', 'event', g.event));
    corpus.entityMentions.forEach((m, i) => {
      ref('entityMentions', i, m.id, 'article', 'article', m.article);
      ref('entityMentions', i, m.id, 'entity', 'entity', m.entity);
      m.sources.forEach((s, k) => ref('entityMentions', i, m.id, `sources.${k}`, 'source', s));
    });
    corpus.dateMentions.forEach((m, i) => {
      ref('dateMentions', i, m.id, 'article', 'article', m.article);
      ref('dateMentions', i, m.id, 'event', 'event', m.event);
      m.sources.forEach((s, k) => ref('dateMentions', i, m.id, `sources.${k}`, 'source', s));
    });
    corpus.figures.forEach((f, i) => {
      ref('figures', i, f.id, 'article', 'article', f.article);
      ref('figures', i, f.id, 'place', 'entity', f.place);
      ref('figures', i, f.id, 'event', 'event', f.event);
      ref('figures', i, f.id, 'group', 'figure group', f.group);
      f.asOfSources.forEach((s, k) => ref('figures', i, f.id, `asOfSources.${k}`, 'source', s));
      if (f.source.kind === 'entity') ref('figures', i, f.id, 'source.entity', 'entity', f.source.entity);
      if (f.source.kind === 'citation') ref('figures', i, f.id, 'source.citation', 'citation', f.source.citation);
    });
    corpus.citations.forEach((c, i) => {
      ref('citations', i, c.id, 'article', 'article', c.article);
      ref('citations', i, c.id, 'speaker', 'entity', c.speaker);
      ref('citations', i, c.id, 'event', 'event', c.event);
      c.relay.forEach((r, j) => ref('citations', i, c.id, `relay.${j}.entity`, 'entity', r.entity));
      c.claims.forEach((cl, j) => ref('citations', i, c.id, `claims.${j}`, 'claim', cl));
      ref('citations', i, c.id, 'addressee', 'entity', c.addressee);
      c.sources.forEach((s, k) => ref('citations', i, c.id, `sources.${k}`, 'source', s));
      c.said?.sources.forEach((s, k) => ref('citations', i, c.id, `said.sources.${k}`, 'source', s));
    });
    corpus.claimMentions.forEach((m, i) => {
      ref('claimMentions', i, m.id, 'article', 'article', m.article);
      ref('claimMentions', i, m.id, 'claim', 'claim', m.claim);
      ref('claimMentions', i, m.id, 'citation', 'citation', m.citation);
    });
    corpus.exemptions.forEach((e, i) => ref('exemptions', i, null, 'article', 'article', e.article));
    corpus.techniques.forEach((t, i) => {
      ref('techniques', i, t.id, 'article', 'article', t.article);
      ref('techniques', i, t.id, 'citation', 'citation', t.citation);
    });
    corpus.entityRoles.forEach((r, i) => {
      ref('entityRoles', i, r.id, 'article', 'article', r.article);
      ref('entityRoles', i, r.id, 'entity', 'entity', r.entity);
      ref('entityRoles', i, r.id, 'citation', 'citation', r.citation);
    });
    corpus.framing.forEach((f, i) => {
      ref('framing', i, f.article, 'article', 'article', f.article);
      f.uncast.forEach((u, j) => ref('framing', i, f.article, `uncast.${j}.entity`, 'entity', u.entity));
    });
    corpus.labels.forEach((l, i) => {
      ref('labels', i, l.id, 'article', 'article', l.article);
      ref('labels', i, l.id, 'citation', 'citation', l.citation);
      if (l.target.kind === 'event') ref('labels', i, l.id, 'target.event', 'event', l.target.event);
      else ref('labels', i, l.id, 'target.entity', 'entity', l.target.entity);
    });
    return issues;
  },
};
