/**
 * Export format: CSL-JSON items of the articles (`data/articles.csl.json`), for Zotero, citeproc
 * (citation-js, pandoc) and every tool that formats citations with a CSL style. The items are the
 * ones `cite(articleId, 'csl-json')` returns (src/cite.ts is the one formatter).
 */
import { formatArticleCitation } from '../../src/cite.js';
import type { ExportFormat } from './types.js';

export const cslJson: ExportFormat = {
  id: 'csl-json',
  title: 'CSL-JSON citations of the articles',
  audience: 'Reference managers and citation processors (Zotero, citation-js, pandoc): one CSL-JSON item per article, ready for APA or any CSL style.',
  paths: ['qantar-corpus/data/articles.csl.json'],
  files(ctx) {
    const outlets = new Map(ctx.corpus.outlets.map((o) => [o.id as string, o]));
    const items = ctx.corpus.articles.map((a) => JSON.parse(formatArticleCitation(a, outlets, 'csl-json')) as unknown);
    return { 'data/articles.csl.json': `${JSON.stringify(items, null, 2)}\n` };
  },
};
