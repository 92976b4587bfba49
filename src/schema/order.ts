// The documented order of each collection of a corpus (src/schema/corpus.ts describes it; the data
// build's sortCorpus produces it), as comparators the validator checks a corpus against.
import type { CorpusRecord } from './corpus.js';

type Ordered = { [K in keyof CorpusRecord]: CorpusRecord[K] extends readonly (infer R)[] ? R : never };
type Collection = { [K in keyof Ordered]: Ordered[K] extends never ? never : K }[keyof Ordered];
type Positioned = { article: string; span: { start: number; end: number }; id?: string };

const cmp = (a: string | number, b: string | number) => (a < b ? -1 : a > b ? 1 : 0);

/** For each collection: what its order is, in words, and the comparator (`articleOrder`: article ID -> position). */
export function collectionOrders(articleOrder: ReadonlyMap<string, number>): { [K in Collection]: { readonly by: string; readonly compare: (a: Ordered[K], b: Ordered[K]) => number } } {
  const position = (id: string) => articleOrder.get(id) ?? 0;
  const inText = (a: Positioned, b: Positioned) =>
    cmp(position(a.article), position(b.article)) || cmp(a.span.start, b.span.start) || cmp(a.span.end, b.span.end) || cmp(a.id ?? '', b.id ?? '');
  const byId = (a: { id: string }, b: { id: string }) => cmp(a.id, b.id);
  return {
    outlets: { by: 'ID', compare: byId },
    sources: { by: 'ID', compare: byId },
    articles: { by: 'publication date, then ID', compare: (a, b) => cmp(a.published.date, b.published.date) || cmp(a.id, b.id) },
    entities: { by: 'ID', compare: byId },
    entityMentions: { by: 'article, then position in the text', compare: inText },
    events: { by: 'start date, then ID', compare: (a, b) => cmp(a.start, b.start) || cmp(a.id, b.id) },
    dateMentions: { by: 'article, then position in the text', compare: inText },
    claims: { by: 'ID', compare: byId },
    claimMentions: { by: 'article, then position in the text', compare: inText },
    figureGroups: { by: 'ID', compare: byId },
    figures: { by: 'article, then position in the text', compare: inText },
    citations: {
      by: 'article, then position of the first content span, then ID',
      compare: (a, b) => cmp(position(a.article), position(b.article)) || cmp(a.content[0]?.start ?? 0, b.content[0]?.start ?? 0) || cmp(a.id, b.id),
    },
    exemptions: { by: 'article, then position in the text, then layer', compare: (a, b) => inText(a, b) || cmp(a.layer, b.layer) },
    labels: { by: 'article, then position in the text', compare: inText },
    techniques: { by: 'article, then position in the text', compare: inText },
    entityRoles: { by: 'article, then position in the text', compare: inText },
    framing: { by: 'article', compare: (a, b) => cmp(position(a.article), position(b.article)) },
  };
}
