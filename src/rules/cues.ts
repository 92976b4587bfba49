import { completenessRule } from './completeness.js';
import { byArticle, contentMatches } from './text-tools.js';

/** Reporting verbs and phrases that introduce speech. Lowercase only: "States" in "United States" is a name, not a verb. */
export const CUE_PATTERN =
  /\b(?:said|says|say|saying|told|tells|tell|stated|states|stating|stressed|stresses|urged|urges|warned|warns|warning|announced|announces|claimed|claims|claiming|quoted|quotes|called (?:on|for)|calls (?:on|for)|expressed|expresses|emphasized|emphasizing|emphasised|underlined|noted|notes|highlighted|reiterated?|vowed|vowing|promised|reported|reports|characterized|defined|confessed|thanked|welcomed|blamed|criticizing|criticized|describing|described|declared|insisted|added|accused|denied|condemned)\b/g;

export const cues = completenessRule({
  name: 'cues',
  layer: 'citations',
  description: 'Every reporting verb in article content lies inside the cue span of a citation or a cue exemption.',
  exemption: 'cue',
  what: 'reporting word',
  fix: 'add a citation whose cue span contains it',
  detect: (article) => contentMatches(article, CUE_PATTERN),
  covers(corpus, article) {
    return (byArticle(corpus.citations).get(article.id) ?? []).flatMap((c) => (c.cue ? [c.cue.span] : []));
  },
});
