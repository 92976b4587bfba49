import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { at, bareCorpus, check, MINI_ARTICLE, miniCorpus, tile, where } from '../../test/support/mini-corpus.js';
import { findSentences, sentences } from './sentences.js';

/** A sentence: words with no sentence-ending punctuation inside, then an end mark (and maybe a closing quote). */
const sentence = fc
  .tuple(fc.stringMatching(/^[A-Za-z][A-Za-z ,;:-]{0,30}[A-Za-z]$/), fc.constantFrom('.', '!', '?', '.”', '?"', '.)'))
  .map(([words, end]) => words + end);
const find = (text: string, cuts: number[] = []) => findSentences(bareCorpus(text, tile(text, cuts)).articles[0]!);

describe('sentences', () => {
  it('accepts the valid mini corpus', () => {
    expect(check(sentences, miniCorpus())).toEqual([]);
  });

  it('reports a sentence no claim mention overlaps, naming it with its offsets', () => {
    const corpus = miniCorpus();
    corpus.claimMentions = corpus.claimMentions.filter((m) => m.claim !== 'arrests-reached-3000');
    const { start, end } = at('Police arrested 3,000 people.');
    const issues = check(sentences, corpus);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ ...where('articles', 0, MINI_ARTICLE, 'text'), rule: 'sentences' });
    expect(issues[0]!.message).toContain(`sentence "Police arrested 3,000 people." at [${start}, ${end}) is not annotated`);
  });

  it('counts any overlapping claim mention, or a sentence exemption, as cover', () => {
    const corpus = miniCorpus();
    corpus.claimMentions[2]!.span = at('3,000');
    expect(check(sentences, corpus)).toEqual([]);
    corpus.claimMentions.pop();
    corpus.exemptions = [{ article: MINI_ARTICLE, layer: 'sentence', span: at('Police'), reason: 'test' }];
    expect(check(sentences, corpus)).toEqual([]);
  });

  it('splits any run of sentences into exactly those sentences, at their offsets', () => {
    fc.assert(fc.property(fc.array(sentence, { minLength: 1, maxLength: 6 }), fc.constantFrom(' ', '  ', '\n', '\n\n'), (list, gap) => {
      const text = list.join(gap);
      const items = find(text);
      let from = 0;
      return items.length === list.length && items.every((item, i) => {
        const start = text.indexOf(list[i]!, from);
        from = start + list[i]!.length;
        return item.text === list[i] && item.start === start && item.end === from;
      });
    }));
  });

  it('ends a sentence at the end of its segment even without an end mark', () => {
    const text = 'Calm returns\n\nPolice left. Then';
    expect(find(text, [12, 14]).map((s) => s.text)).toEqual(['Calm returns', 'Police left.', 'Then']);
  });

  it('does not split at a decimal point or any dot not followed by white space', () => {
    expect(find('It cost 2.5 million (U.S.A.rates). Done').map((s) => s.text)).toEqual(['It cost 2.5 million (U.S.A.rates).', 'Done']);
  });
});
