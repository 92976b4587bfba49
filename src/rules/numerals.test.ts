import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { at, bareCorpus, check, MINI_ARTICLE, miniCorpus, spanOf, tile, where } from '../../test/support/mini-corpus.js';
import { numerals } from './numerals.js';

const WORDS = ['one', 'three', 'twelve', 'twenty', 'hundreds', 'thousand', 'Thousands', 'millions', 'dozens', 'tens', 'several', 'half', 'twice'];
const number = fc.oneof(
  fc.integer({ min: 0, max: 10_000_000 }).map(String),
  fc.integer({ min: 1000, max: 10_000_000 }).map((n) => n.toLocaleString('en-US')),
  fc.tuple(fc.nat({ max: 999 }), fc.nat({ max: 99 })).map(([a, b]) => `${a}.${b}`),
  fc.constantFrom(...WORDS),
);

describe('numerals', () => {
  it('accepts the valid mini corpus', () => {
    expect(check(numerals, miniCorpus())).toEqual([]);
  });

  it('reports a numeral that no figure covers, naming it with its offsets and context', () => {
    const corpus = miniCorpus();
    corpus.figures = [];
    const { start, end } = at('3,000');
    const issues = check(numerals, corpus);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ ...where('articles', 0, MINI_ARTICLE, 'text'), rule: 'numerals' });
    expect(issues[0]!.message).toMatch(new RegExp(`^numeral "3,000" at \\[${start}, ${end}\\) is not annotated \\(in ".*Police arrested 3,000 people\\."\\)$`));
    expect(issues[0]!.fix).toContain('`numeral` exemption');
  });

  it('counts a date mention, a figure\'s alternate span or a numeral exemption as cover, but not an exemption of another layer', () => {
    const base = () => {
      const c = miniCorpus();
      c.figures = [];
      return c;
    };
    const dated = base();
    dated.dateMentions.push({ ...dated.dateMentions[0]!, id: 'x', span: at('3,000') });
    expect(check(numerals, dated)).toEqual([]);
    const alternate = miniCorpus();
    alternate.figures[0]!.span = at('people');
    alternate.figures[0]!.alternate = { value: 3000, unit: 'people', span: at('3,000') };
    expect(check(numerals, alternate)).toEqual([]);
    for (const layer of ['numeral', 'name'] as const) {
      const exempt = base();
      exempt.exemptions = [{ article: MINI_ARTICLE, layer, span: at('arrested 3,000'), reason: 'test' }];
      expect(check(numerals, exempt)).toHaveLength(layer === 'numeral' ? 0 : 1);
    }
  });

  it('finds any numeral or number word in content, and only in content', () => {
    fc.assert(fc.property(number, fc.boolean(), (n, content) => {
      const text = `Head\n\nPolice arrested ${n} people.`;
      const segments = tile(text, [6]);
      segments[0] = { ...segments[0]!, kind: 'site-furniture', content: false };
      segments[1] = { ...segments[1]!, content };
      const issues = check(numerals, bareCorpus(text, segments));
      if (!content) return issues.length === 0;
      const span = spanOf(text, n);
      return issues.length === 1 && issues[0]!.message.startsWith(`numeral ${JSON.stringify(n)} at [${span.start}, ${span.end})`);
    }));
  });

  it('accepts a text whose every numeral is inside a figure', () => {
    fc.assert(fc.property(fc.array(number, { minLength: 1, maxLength: 4 }), (ns) => {
      const text = ns.map((n) => `About ${n} came.`).join(' ');
      const corpus = bareCorpus(text);
      let from = 0;
      ns.forEach((n, i) => {
        const start = text.indexOf(`About ${n}`, from);
        from = start + 1;
        const span = { start, end: start + 6 + n.length, text: text.slice(start, start + 6 + n.length) };
        corpus.figures.push({ ...miniCorpus().figures[0]!, id: `f${i}`, span });
      });
      return check(numerals, corpus).length === 0 && check(numerals, bareCorpus(text)).length >= ns.length;
    }));
  });

  it('finds every cardinal word from one to twenty and every ten up to ninety, in any letter case', () => {
    const cardinals = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen',
      'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
    fc.assert(fc.property(fc.constantFrom(...cardinals), fc.constantFrom('lower', 'Capital', 'UPPER'), (word, form) => {
      const w = form === 'lower' ? word : form === 'UPPER' ? word.toUpperCase() : word[0]!.toUpperCase() + word.slice(1);
      const issues = check(numerals, bareCorpus(`They saw ${w} trucks.`));
      return issues.length === 1 && issues[0]!.message.startsWith(`numeral ${JSON.stringify(w)} at [9, ${9 + w.length})`);
    }));
  });

  it('does not take digits inside a word for a number word ("someone", "often" are not numerals)', () => {
    expect(check(numerals, bareCorpus('Someone often spoke at tenth hour, alone.'))).toEqual([]);
  });

  it('measures total and covered numerals per article for the coverage report', () => {
    const corpus = miniCorpus();
    corpus.figures = [];
    const m = numerals.measure(corpus, {}).get(MINI_ARTICLE)!;
    expect([m.total, m.covered, m.gaps.map((g) => g.text)]).toEqual([1, 0, ['3,000']]);
  });
});
