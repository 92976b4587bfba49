import type { ExemptionRecord } from '../schema/exemption.js';
import { at, type CorpusIssue } from './issue.js';
import { byArticle, contains, type Range, showText } from './text-tools.js';
import type { ArticleRecord, CorpusRule, RuleCorpus, RuleOptions } from './types.js';

/** Something in a text that must be annotated: a numeral, a quotation, a cue word, a name, a sentence. */
export interface Item extends Range {
  readonly text: string;
}

export interface LayerMeasure {
  readonly total: number;
  readonly covered: number;
  readonly gaps: readonly Item[];
}

/** A completeness rule: finds the items of one kind in each article and checks each is covered. */
export interface CompletenessRule extends CorpusRule {
  /** The coverage-report layer the rule counts toward. */
  readonly layer: string;
  measure(corpus: RuleCorpus, options: RuleOptions): Map<string, LayerMeasure>;
}

interface CompletenessSpec {
  name: string;
  layer: string;
  description: string;
  exemption: ExemptionRecord['layer'];
  /** Finds the items of an article that must be covered. */
  detect(article: ArticleRecord, options: RuleOptions): Item[];
  /** The spans that cover an item in this article (exemptions of the rule's layer are added). */
  covers(corpus: RuleCorpus, article: ArticleRecord): Range[];
  /** How an item counts as covered by a span; containment by default. */
  isCovered?(item: Item, span: Range): boolean;
  what: string;
  fix: string;
}

export function completenessRule(spec: CompletenessSpec): CompletenessRule {
  const measure = (corpus: RuleCorpus, options: RuleOptions) => {
    const exemptions = byArticle(corpus.exemptions.filter((e) => e.layer === spec.exemption));
    const result = new Map<string, LayerMeasure>();
    for (const article of corpus.articles) {
      const covering = [...spec.covers(corpus, article), ...(exemptions.get(article.id) ?? []).map((e) => e.span)];
      const isCovered = spec.isCovered ?? ((item: Item, span: Range) => contains(span, item));
      const items = spec.detect(article, options);
      const gaps = items.filter((item) => !covering.some((span) => isCovered(item, span)));
      result.set(article.id, { total: items.length, covered: items.length - gaps.length, gaps });
    }
    return result;
  };
  return {
    name: spec.name,
    description: spec.description,
    completeness: true,
    layer: spec.layer,
    measure,
    check(corpus, options) {
      const issues: CorpusIssue[] = [];
      const measures = measure(corpus, options);
      corpus.articles.forEach((article, index) => {
        for (const gap of measures.get(article.id)?.gaps ?? []) {
          const context = article.text.slice(Math.max(0, gap.start - 30), Math.min(article.text.length, gap.end + 30));
          issues.push({
            ...at('articles', index, article.id, 'text'),
            rule: spec.name,
            message: `${spec.what} ${showText(gap.text)} at [${gap.start}, ${gap.end}) is not annotated (in ${showText(context)})`,
            fix: `${spec.fix}, or add a \`${spec.exemption}\` exemption with the reason`,
          });
        }
      });
      return issues;
    },
  };
}
