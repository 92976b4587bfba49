import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { at, bareCorpus, check, MINI_ARTICLE, miniCorpus, spanOf, where } from '../../test/support/mini-corpus.js';
import { cues } from './cues.js';

const VERBS = ['said', 'told', 'stressed', 'urged', 'warned', 'announced', 'claimed', 'quoted', 'called on', 'calls for', 'declared', 'denied', 'reiterate', 'reiterated'];

describe('cues', () => {
  it('accepts the valid mini corpus', () => {
    expect(check(cues, miniCorpus())).toEqual([]);
  });

  it('reports a reporting verb no citation cue covers, naming it with its offsets', () => {
    const corpus = miniCorpus();
    corpus.citations[0]!.cue = null;
    const { start, end } = at('said');
    const issues = check(cues, corpus);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ ...where('articles', 0, MINI_ARTICLE, 'text'), rule: 'cues' });
    expect(issues[0]!.message).toContain(`reporting word "said" at [${start}, ${end}) is not annotated`);
  });

  it('does not count the citation content as cover, but counts a cue exemption', () => {
    const corpus = miniCorpus();
    corpus.citations[0]!.cue = null;
    corpus.citations[0]!.content = [at('Xi Jinping said the riots were “an attempt at a coup”')];
    expect(check(cues, corpus)).toHaveLength(1);
    corpus.exemptions = [{ article: MINI_ARTICLE, layer: 'cue', span: at('said'), reason: 'test' }];
    expect(check(cues, corpus)).toEqual([]);
  });

  it('finds any reporting verb as a whole word, and no capitalised form or longer word', () => {
    fc.assert(fc.property(fc.constantFrom(...VERBS), fc.constantFrom('', 'x', 'un'), (verb, affix) => {
      const text = `The minister ${verb} that it was over.`;
      const issues = check(cues, bareCorpus(text));
      const span = spanOf(text, verb);
      if (!(issues.length === 1 && issues[0]!.message.startsWith(`reporting word ${JSON.stringify(verb)} at [${span.start}, ${span.end})`))) return false;
      const capital = `The minister ${verb[0]!.toUpperCase()}${verb.slice(1)} that.`;
      const longer = `The minister ${affix}${verb}x that.`;
      return check(cues, bareCorpus(capital)).length === 0 && check(cues, bareCorpus(longer)).length === 0;
    }));
  });

  it('does not take "States" in "United States" for a verb', () => {
    expect(check(cues, bareCorpus('The United States expressed concern.')).map((i) => i.message.split(' at ')[0])).toEqual(['reporting word "expressed"']);
  });
});
