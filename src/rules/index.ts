import { citationClaims } from './citation-claims.js';
import { citationOccasion } from './citation-occasion.js';
import { citedSources } from './cited-sources.js';
import { claimNumbers } from './claim-numbers.js';
import { cues } from './cues.js';
import { datesAndHierarchy } from './dates-and-hierarchy.js';
import { entityRoles } from './entity-roles.js';
import { figureAsOf } from './figure-as-of.js';
import { figureConsistency } from './figure-consistency.js';
import { idForm } from './id-form.js';
import { labelConsistency } from './label-consistency.js';
import { labels } from './labels.js';
import { framingLayer } from './techniques.js';
import { spansInContent } from './in-content.js';
import { names } from './names.js';
import { narrativeLinks } from './narrative-links.js';
import { numerals } from './numerals.js';
import { provenance } from './provenance.js';
import { quotations } from './quotations.js';
import { references } from './references.js';
import { segmentsTile } from './segments-tile.js';
import { sentences } from './sentences.js';
import { spans } from './spans.js';
import { textHash } from './text-hash.js';
import { uniqueIds } from './unique-ids.js';
import type { CorpusIssue } from './issue.js';
import type { CorpusRule, RuleCorpus, RuleOptions } from './types.js';

/** The cross-record rules, in the order their problems are best read. */
export const STRUCTURE_RULES: readonly CorpusRule[] = [
  idForm, uniqueIds, references, textHash, spans, segmentsTile, spansInContent, citationClaims, claimNumbers, figureConsistency, datesAndHierarchy,
  citedSources, citationOccasion, figureAsOf, provenance, labelConsistency, framingLayer, entityRoles, narrativeLinks,
];
/** The completeness rules of DESIGN.md: each finds items in the texts that must be annotated. */
export const COMPLETENESS_RULES = [numerals, quotations, cues, names, sentences, labels] as const;

/** Runs the rules and returns every problem found. */
export function runRules(corpus: RuleCorpus, options: RuleOptions & { completeness?: boolean } = {}): CorpusIssue[] {
  const rules = options.completeness === false ? STRUCTURE_RULES : [...STRUCTURE_RULES, ...COMPLETENESS_RULES];
  return rules.flatMap((rule) => rule.check(corpus, options));
}

export type { CorpusIssue } from './issue.js';
export type { CorpusRule, RuleCorpus, RuleOptions } from './types.js';
