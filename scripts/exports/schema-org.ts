/**
 * Export format: schema.org Claim JSON-LD (`schema-org/claims.jsonld`), for fact-checking and
 * claim-tracking tools that read schema.org (ClaimsKG-style pipelines, search engines' structured data):
 *
 *   - one `Claim` per normalised claim: `text` (the proposition), `about` (its subject entities, with
 *     Wikidata `sameAs` where known), `keywords`;
 *   - one `appearance` per claim mention: a CreativeWork (the passage) with the article's `url`
 *     (left out where the recorded URL is only the outlet's home page), its `author` (the outlet that
 *     wrote the content), `datePublished` (only when the day is known exactly; "on or after" dates
 *     are said in `description`), `isPartOf` the article and `text` (the passage);
 *   - `firstAppearance` only where the corpus proves which article came first: its date is exact and
 *     every other article's (earliest possible) day is later. Within that article, the first passage.
 *
 * No ClaimReview and no rating: the corpus records how outlets treat claims, not whether they are true.
 * The context is inline (`@vocab` schema.org), so processors need no network.
 */
import type { Article, Corpus } from '../../src/generated/types.js';
import { recordIri, urlIdentifiesArticle } from './anchors.js';
import type { ExportContext, ExportFormat } from './types.js';

const CONTEXT = { '@vocab': 'https://schema.org/', url: { '@type': '@id' }, sameAs: { '@type': '@id' } };

const TYPE_OF_KIND: Record<string, string> = { person: 'Person', organization: 'Organization', 'government-body': 'GovernmentOrganization', place: 'Place', group: 'Organization', event: 'Event', document: 'CreativeWork', concept: 'Thing' };

/**
 * The mention that provably appeared first, or null when the dates cannot tell.
 *
 * @param mentions - The mentions of one claim.
 * @param articleOf - Article records by ID.
 * @returns The first mention (in text order) of the one article that was certainly published before every other, or null.
 */
export function firstAppearance<M extends { article: string; span: { start: number } }>(mentions: readonly M[], articleOf: ReadonlyMap<string, Article>): M | null {
  const byArticle = [...new Set(mentions.map((m) => m.article))];
  const earliest = byArticle.map((id) => articleOf.get(id) as Article).sort((a, b) => (a.published.date < b.published.date ? -1 : 1))[0];
  if (!earliest) return null;
  const certain = byArticle.length === 1 || (earliest.published.bound === 'exact' && byArticle.every((id) => id === earliest.id || (articleOf.get(id) as Article).published.date > earliest.published.date));
  if (!certain) return null;
  return [...mentions].filter((m) => m.article === earliest.id).sort((a, b) => a.span.start - b.span.start)[0] ?? null;
}

export function claimsDocument(ctx: ExportContext) {
  const { corpus } = ctx;
  const articleOf = new Map<string, Article>(corpus.articles.map((a) => [a.id, a]));
  const outletNode = (id: string) => {
    const o = corpus.outlets.find((x) => x.id === id);
    return { '@id': recordIri('outlet', id), '@type': 'NewsMediaOrganization', name: o?.name ?? id, ...(o?.homepage ? { url: o.homepage } : {}) };
  };
  const mentionsOf = new Map<string, Corpus['claimMentions'][number][]>();
  for (const m of corpus.claimMentions) mentionsOf.set(m.claim, [...(mentionsOf.get(m.claim) ?? []), m]);
  const graph = corpus.claims.map((claim) => {
    const mentions = mentionsOf.get(claim.id) ?? [];
    const first = firstAppearance(mentions, articleOf);
    const appearance = mentions.map((m) => {
      const a = articleOf.get(m.article);
      if (!a) throw new Error(`schema.org export: claim mention "${m.id}" names article "${m.article}", which is not in the corpus`);
      const exact = a.published.bound === 'exact';
      return {
        '@id': recordIri('claim-mention', m.id),
        '@type': 'CreativeWork',
        identifier: m.id,
        ...(urlIdentifiesArticle(a.url) ? { url: a.url } : {}),
        author: outletNode(a.outlet),
        ...(a.publisher ? { publisher: outletNode(a.publisher) } : {}),
        ...(exact ? { datePublished: a.published.date } : { description: `Published on or after ${a.published.date}; the exact day is not known.` }),
        isPartOf: { '@id': recordIri('article', a.id), '@type': 'NewsArticle', ...(urlIdentifiesArticle(a.url) ? { url: a.url } : {}), ...(a.title ? { headline: a.title } : {}), inLanguage: a.language },
        text: m.span.text,
      };
    });
    return {
      '@id': recordIri('claim', claim.id),
      '@type': 'Claim',
      identifier: claim.id,
      text: claim.proposition,
      about: claim.subjects.map((s) => {
        const e = corpus.entities.find((x) => x.id === s);
        return { '@id': recordIri('entity', s), '@type': TYPE_OF_KIND[e?.kind ?? ''] ?? 'Thing', name: e?.name ?? s, ...(e?.wikidata ? { sameAs: `http://www.wikidata.org/entity/${e.wikidata}` } : {}) };
      }),
      ...(claim.keywords.length > 0 ? { keywords: claim.keywords.join(', ') } : {}),
      appearance,
      ...(first ? { firstAppearance: { '@id': recordIri('claim-mention', first.id) } } : {}),
    };
  });
  return { '@context': CONTEXT, '@graph': graph };
}

export const schemaOrgClaims: ExportFormat = {
  id: 'schema-org',
  title: 'schema.org Claim JSON-LD',
  audience: 'Fact-checking and claim-tracking tools that read schema.org (ClaimsKG-style knowledge graphs): one Claim per proposition with its appearances.',
  paths: ['qantar-corpus/schema-org/claims.jsonld'],
  files: (ctx) => ({ 'schema-org/claims.jsonld': `${JSON.stringify(claimsDocument(ctx), null, 1)}\n` }),
};
