import { at, type CorpusIssue } from './issue.js';
import { closest } from './text-tools.js';
import type { CorpusRule, RuleCorpus } from './types.js';

type Kind = 'outlet' | 'article' | 'entity' | 'event' | 'claim' | 'citation' | 'figure group';

/** Every ID a record refers to names an existing record of the right kind. */
export const references: CorpusRule = {
  name: 'references',
  description: 'Every reference to an outlet, article, entity, event, claim, citation or figure group resolves.',
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
      a.derivedFrom.forEach((d, j) => ref('articles', i, a.id, `derivedFrom.${j}.outlet`, 'outlet', d.outlet));
    });
    corpus.events.forEach((e, i) => {
      ref('events', i, e.id, 'place', 'entity', e.place);
      ref('events', i, e.id, 'parent', 'event', e.parent);
      e.participants.forEach((p, j) => ref('events', i, e.id, `participants.${j}`, 'entity', p));
    });
    corpus.claims.forEach((c, i) => {
      ref('claims', i, c.id, 'event', 'event', c.event);
      c.subjects.forEach((s, j) => ref('claims', i, c.id, `subjects.${j}`, 'entity', s));
    });
    corpus.figureGroups.forEach((g, i) => ref('figureGroups', i, g.id, 'event', 'event', g.event));
    corpus.entityMentions.forEach((m, i) => {
      ref('entityMentions', i, m.id, 'article', 'article', m.article);
      ref('entityMentions', i, m.id, 'entity', 'entity', m.entity);
    });
    corpus.dateMentions.forEach((m, i) => {
      ref('dateMentions', i, m.id, 'article', 'article', m.article);
      ref('dateMentions', i, m.id, 'event', 'event', m.event);
    });
    corpus.figures.forEach((f, i) => {
      ref('figures', i, f.id, 'article', 'article', f.article);
      ref('figures', i, f.id, 'place', 'entity', f.place);
      ref('figures', i, f.id, 'event', 'event', f.event);
      ref('figures', i, f.id, 'group', 'figure group', f.group);
      if (f.source.kind === 'entity') ref('figures', i, f.id, 'source.entity', 'entity', f.source.entity);
      if (f.source.kind === 'citation') ref('figures', i, f.id, 'source.citation', 'citation', f.source.citation);
    });
    corpus.citations.forEach((c, i) => {
      ref('citations', i, c.id, 'article', 'article', c.article);
      ref('citations', i, c.id, 'speaker', 'entity', c.speaker);
      ref('citations', i, c.id, 'event', 'event', c.event);
      c.relay.forEach((r, j) => ref('citations', i, c.id, `relay.${j}.entity`, 'entity', r.entity));
      c.claims.forEach((cl, j) => ref('citations', i, c.id, `claims.${j}`, 'claim', cl));
    });
    corpus.claimMentions.forEach((m, i) => {
      ref('claimMentions', i, m.id, 'article', 'article', m.article);
      ref('claimMentions', i, m.id, 'claim', 'claim', m.claim);
      ref('claimMentions', i, m.id, 'citation', 'citation', m.citation);
    });
    corpus.exemptions.forEach((e, i) => ref('exemptions', i, null, 'article', 'article', e.article));
    return issues;
  },
};
