import type { ArticleRecord, SegmentRecord } from '../schema/article.js';
import type { CitationRecord } from '../schema/citation.js';
import type { ClaimMentionRecord, ClaimRecord } from '../schema/claim.js';
import type { EntityMentionRecord, EntityRecord } from '../schema/entity.js';
import type { DateMentionRecord, EventRecord } from '../schema/event.js';
import type { ExemptionRecord } from '../schema/exemption.js';
import type { FigureGroupRecord, FigureRecord } from '../schema/figure.js';
import type { OutletRecord } from '../schema/outlet.js';
import type { SourceRecord } from '../schema/source.js';
import type { LabelRecord } from '../schema/label.js';
import type { FramingRecord, TechniqueRecord } from '../schema/technique.js';
import type { EntityRoleRecord } from '../schema/role.js';
import type { CorpusIssue } from './issue.js';

/** The collections the rules read: a built corpus, or the build's records before sorting. */
export interface RuleCorpus {
  readonly outlets: readonly OutletRecord[];
  readonly articles: readonly ArticleRecord[];
  readonly entities: readonly EntityRecord[];
  readonly entityMentions: readonly EntityMentionRecord[];
  readonly events: readonly EventRecord[];
  readonly dateMentions: readonly DateMentionRecord[];
  readonly claims: readonly ClaimRecord[];
  readonly claimMentions: readonly ClaimMentionRecord[];
  readonly figureGroups: readonly FigureGroupRecord[];
  readonly figures: readonly FigureRecord[];
  readonly citations: readonly CitationRecord[];
  readonly exemptions: readonly ExemptionRecord[];
  readonly sources: readonly SourceRecord[];
  readonly labels: readonly LabelRecord[];
  readonly techniques: readonly TechniqueRecord[];
  readonly entityRoles: readonly EntityRoleRecord[];
  readonly framing: readonly FramingRecord[];
}

export interface RuleOptions {
  /** Capitalised words the name check skips (data/lexicon/not-names.yaml). */
  readonly notNames?: ReadonlySet<string>;
}

/** A corpus rule: one module, one check, one test beside it. */
export interface CorpusRule {
  readonly name: string;
  /** One sentence: what the rule guarantees. */
  readonly description: string;
  /** True for the completeness rules, which apply to the corpus's own annotations but may be relaxed for third-party corpora. */
  readonly completeness: boolean;
  check(corpus: RuleCorpus, options: RuleOptions): CorpusIssue[];
}

export type { ArticleRecord, SegmentRecord };
