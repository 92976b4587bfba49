import { at, type CorpusIssue } from './issue.js';
import type { CorpusRule } from './types.js';

/** What each narrative scheme's link must point at, so a link cannot cite an unrelated page. */
const SCHEMES = {
  'euvsdisinfo-case': { host: 'euvsdisinfo.eu', ref: /\S/, refWhat: 'the case title as the page shows it' },
  'disarm-technique': { host: null, ref: /^T\d{4}(?:\.\d{3})?: \S/, refWhat: 'the DISARM ID and name, such as "T0022: Leverage Conspiracy Theory Narratives"' },
  'semeval2025-narrative': { host: null, ref: /^[A-Z][A-Za-z]*: \S/, refWhat: 'the taxonomy\'s "Domain: Narrative[: Subnarrative]" label' },
} as const;

/**
 * A claim's narrative links cite the page they were found on: an EUvsDisinfo link cites a case
 * page on euvsdisinfo.eu; DISARM and SemEval-2025 links name the record as the scheme writes it;
 * no claim links the same record twice.
 */
export const narrativeLinks: CorpusRule = {
  name: 'narrative-links',
  description: 'Every narrative link of a claim names its record as its scheme writes it (a DISARM ID and name, a SemEval-2025 domain-prefixed label), an EUvsDisinfo link cites a source on euvsdisinfo.eu, and no claim links the same record twice.',
  completeness: false,
  check(corpus) {
    const issues: CorpusIssue[] = [];
    const sources = new Map(corpus.sources.map((s) => [s.id, s]));
    corpus.claims.forEach((c, i) => {
      const seen = new Set<string>();
      c.narratives.forEach((n, j) => {
        const issue = (field: string, message: string, fix: string) => issues.push({ ...at('claims', i, c.id, `narratives.${j}.${field}`), rule: 'narrative-links', message, fix });
        const scheme = SCHEMES[n.scheme];
        if (!scheme.ref.test(n.ref)) issue('ref', `${n.scheme} reference ${JSON.stringify(n.ref)} is not in the scheme's form`, `write ${scheme.refWhat}`);
        const key = `${n.scheme}|${n.ref}`;
        if (seen.has(key)) issue('ref', `${c.id} links ${n.scheme} ${JSON.stringify(n.ref)} twice`, 'keep one link per record');
        seen.add(key);
        if (scheme.host !== null) {
          const onHost = n.sources.some((id) => {
            const url = sources.get(id)?.url;
            if (!url) return false;
            const host = new URL(url).hostname;
            return host === scheme.host || host.endsWith(`.${scheme.host}`);
          });
          if (!onHost) issue('sources', `${n.scheme} link cites no source on ${scheme.host}`, `cite the source record of the case page on ${scheme.host} where the case was read`);
        }
      });
    });
    return issues;
  },
};
