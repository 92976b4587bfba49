import { at, type CorpusIssue } from './issue.js';
import { overlaps } from './text-tools.js';
import type { CorpusRule } from './types.js';

const AUTHORIAL_STANCES = new Set(['asserts', 'questions', 'disputes']);
const ATTRIBUTED_STANCES = new Set(['endorses', 'reports', 'questions', 'disputes']);

/**
 * Voice, stance and citation agree: an attributed claim mention names a citation of its article
 * that lists the claim, and every claim a citation lists has such a mention.
 */
export const citationClaims: CorpusRule = {
  name: 'citation-claims',
  description: 'Attributed claim mentions link a citation of the same article that lists the claim (and vice versa); authorial ones link none; stances fit the voice.',
  completeness: false,
  check(corpus) {
    const issues: CorpusIssue[] = [];
    const citations = new Map(corpus.citations.map((c) => [c.id, c]));
    corpus.claimMentions.forEach((m, i) => {
      const here = at('claimMentions', i, m.id, null);
      if (m.voice === 'authorial') {
        if (m.citation !== null) issues.push({ ...here, field: 'citation', rule: 'citation-claims', message: `authorial mention of ${m.claim} links citation ${m.citation}`, fix: 'make the voice attributed, or remove the citation' });
        if (!AUTHORIAL_STANCES.has(m.stance)) issues.push({ ...here, field: 'stance', rule: 'citation-claims', message: `authorial mention of ${m.claim} has stance ${m.stance}`, fix: 'an outlet speaking in its own voice asserts, questions or disputes; endorses/reports are for attributed claims' });
        return;
      }
      if (!ATTRIBUTED_STANCES.has(m.stance)) issues.push({ ...here, field: 'stance', rule: 'citation-claims', message: `attributed mention of ${m.claim} has stance ${m.stance}`, fix: 'use endorses, reports, questions or disputes for an attributed claim (asserts is for the outlet\'s own voice)' });
      if (m.citation === null) {
        issues.push({ ...here, field: 'citation', rule: 'citation-claims', message: `attributed mention of ${m.claim} names no citation`, fix: 'set `citation` to the citation that carries the claim' });
        return;
      }
      const citation = citations.get(m.citation);
      if (!citation) return; // reported by references
      if (citation.article !== m.article) issues.push({ ...here, field: 'citation', rule: 'citation-claims', message: `citation ${m.citation} is in article ${citation.article}, not ${m.article}`, fix: 'link a citation of the same article' });
      else if (!citation.claims.includes(m.claim)) issues.push({ ...here, field: 'claim', rule: 'citation-claims', message: `citation ${m.citation} does not list claim ${m.claim}`, fix: `add ${m.claim} to the citation's claims, or link the right citation` });
      else if (!citation.content.some((s) => overlaps(s, m.span)) && !(citation.cue && overlaps(citation.cue.span, m.span))) {
        issues.push({ ...here, field: 'span', rule: 'citation-claims', message: `mention of ${m.claim} does not overlap the content of citation ${m.citation}`, fix: "anchor the mention on the citation's content (or the sentence holding it)" });
      }
    });
    corpus.citations.forEach((c, i) => {
      for (const claim of c.claims) {
        const mentioned = corpus.claimMentions.some((m) => m.citation === c.id && m.claim === claim);
        if (!mentioned) {
          issues.push({ ...at('citations', i, c.id, 'claims'), rule: 'citation-claims', message: `citation ${c.id} lists claim ${claim}, but no claim mention links them`, fix: `add an attributed claim mention of ${claim} with citation ${c.id} in the article's claims.yaml` });
        }
      }
      if (c.mode !== 'scare-quote' && c.speaker === null) {
        issues.push({ ...at('citations', i, c.id, 'speaker'), rule: 'citation-claims', message: `${c.mode} citation ${c.id} has no speaker`, fix: 'name the entity whose words these are (collective speakers are entities too)' });
      }
      if (c.mode !== 'scare-quote' && c.channel === null) {
        issues.push({ ...at('citations', i, c.id, 'channel'), rule: 'citation-claims', message: `${c.mode} citation ${c.id} has no channel`, fix: 'give the channel, or `unspecified` when the text does not say' });
      }
    });
    return issues;
  },
};
