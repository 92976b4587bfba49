import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { at, bareCorpus, check, MINI_ARTICLE, MINI_OPTIONS, miniCorpus, spanOf, where } from '../../test/support/mini-corpus.js';
import { names } from './names.js';

const capitalised = fc.tuple(fc.constantFrom('A', 'K', 'Z', 'Ü', 'Ж'), fc.stringMatching(/^[a-z]{1,8}$/)).map(([a, b]) => a + b);

describe('names', () => {
  it('accepts the valid mini corpus', () => {
    expect(check(names, miniCorpus())).toEqual([]);
  });

  it('reports a capitalised word no mention covers, naming it with its offsets', () => {
    const corpus = miniCorpus();
    corpus.entityMentions = corpus.entityMentions.filter((m) => m.entity !== 'almaty');
    const { start, end } = at('Almaty');
    const issues = check(names, corpus);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ ...where('articles', 0, MINI_ARTICLE, 'text'), rule: 'names' });
    expect(issues[0]!.message).toContain(`capitalised word "Almaty" at [${start}, ${end}) is not annotated`);
  });

  it('skips the words of the not-names lexicon, and only those', () => {
    const corpus = miniCorpus();
    expect(check(names, corpus, {}).map((i) => i.message.split(' at ')[0])).toEqual(['capitalised word "Calm"', 'capitalised word "On"', 'capitalised word "Police"']);
  });

  it('counts a mention covering the first letter of a word as cover (both words of "Xi Jinping"), but not one that starts inside it', () => {
    const corpus = miniCorpus();
    const xi = corpus.entityMentions.find((m) => m.entity === 'xi-jinping')!;
    xi.span = at('Xi J');
    expect(check(names, corpus)).toEqual([]);
    xi.span = at('i Jinping');
    expect(check(names, corpus).map((i) => i.message.split(' at ')[0])).toEqual(['capitalised word "Xi"']);
  });

  it('counts a date mention and a name exemption as cover', () => {
    const corpus = miniCorpus();
    corpus.entityMentions = [];
    corpus.dateMentions.push({ ...corpus.dateMentions[0]!, id: 'd2', span: at('Almaty') });
    corpus.exemptions = [{ article: MINI_ARTICLE, layer: 'name', span: at('Xi Jinping'), reason: 'test' }];
    expect(check(names, corpus)).toEqual([]);
  });

  it('finds any capitalised word (hyphenated and with apostrophes too) unless it is in the lexicon', () => {
    fc.assert(fc.property(capitalised, fc.constantFrom('', '-Ata', '’s', "'s"), fc.boolean(), (word, tail, listed) => {
      const token = word + tail;
      const text = `the visit of ${token} ended.`;
      const options = listed ? { notNames: new Set([token]) } : MINI_OPTIONS;
      const issues = check(names, bareCorpus(text), options);
      const span = spanOf(text, token);
      return listed ? issues.length === 0 : issues.length === 1 && issues[0]!.message.startsWith(`capitalised word ${JSON.stringify(token)} at [${span.start}, ${span.end})`);
    }));
  });

  it('does not take a capital inside a word for a new name ("iPhone", "McDonald")', () => {
    expect(check(names, bareCorpus('an iPhone and a 4K screen at McDonald.'), {}).map((i) => i.message.split(' at ')[0])).toEqual(['capitalised word "McDonald"']);
  });
});
