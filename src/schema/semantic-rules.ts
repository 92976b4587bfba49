// Cross-record rules that the validators and the data build both run (scripts/build/build.ts adds
// them to the rules of src/rules/). They live beside the validators for now; each has the shape of
// a rule of src/rules/ and can move there as it is.
import { at, type CorpusIssue } from '../rules/issue.js';
import type { CorpusRule } from '../rules/types.js';

/** Wording that fixes a figure's qualifier: a span that contains one of these calls for that qualifier. */
const QUALIFIER_CUES: readonly (readonly [qualifier: string, cue: RegExp])[] = [
  ['more-than', /\b(?:more than|over|upwards of|in excess of|exceed(?:s|ed|ing)?)\b/],
  ['at-least', /\b(?:at least|no (?:fewer|less) than|a minimum of)\b/],
  ['up-to', /\b(?:up to|as many as|at most|no more than|a maximum of)\b/],
  ['approximately', /\b(?:about|around|approximately|roughly|nearly|almost|close to|an estimated|some (?=\d))\b/],
];

/** A figure's qualifier fits its wording: "more than 3,000" is `more-than`, "7,939" with no cue is `exact`. */
export const qualifierWording: CorpusRule = {
  name: 'qualifier-wording',
  description: "A figure's qualifier fits its wording: a span that says \"more than\", \"at least\", \"up to\" or \"about\" has that qualifier, an exact figure's span says none of them, and a qualified one says its own.",
  completeness: false,
  check(corpus) {
    const issues: CorpusIssue[] = [];
    corpus.figures.forEach((f, i) => {
      if (f.qualifier === 'vague' || f.value === null) return;
      const wording = f.span.text.toLowerCase();
      const cues = QUALIFIER_CUES.filter(([, cue]) => cue.test(wording)).map(([q]) => q);
      const push = (message: string, fix: string) => issues.push({ ...at('figures', i, f.id, 'qualifier'), rule: 'qualifier-wording', message, fix });
      if (f.qualifier === 'exact' && cues.length > 0) {
        push(`qualifier exact, but the wording ${JSON.stringify(f.span.text)} says ${cues.join(' or ')}`, `use qualifier ${cues[0]}`);
      } else if (f.qualifier !== 'exact' && !cues.includes(f.qualifier)) {
        push(`qualifier ${f.qualifier}, but the wording ${JSON.stringify(f.span.text)} ${cues.length > 0 ? `says ${cues.join(' or ')}` : 'has no word for it'}`, cues.length > 0 ? `use qualifier ${cues[0]}` : 'widen the span to the qualifying words ("more than", "about"), or use qualifier exact');
      }
    });
    return issues;
  },
};

/** Forms of a mention that write one of the entity's names, as opposed to a demonym, descriptor or metonym. */
const NAMING_FORMS = new Set(['name', 'alias', 'misspelling', 'misnaming', 'abbreviation']);
const normalise = (s: string) => s.toLowerCase().replace(/[’‘`]/g, "'").replace(/\s+/g, ' ').trim();

/** A mention that gives a name is on that name, and every mention's ID says where it is. */
export const mentionPlacement: CorpusRule = {
  name: 'mention-placement',
  description: "An entity mention of form name, alias, misspelling, misnaming or abbreviation covers the entity's name or one of its aliases; every mention's ID is `<article>@<start>-<end>` (with `/<entity>` or `/<claim>`) of its own span.",
  completeness: false,
  check(corpus) {
    const issues: CorpusIssue[] = [];
    const entities = new Map(corpus.entities.map((e) => [e.id, e]));
    corpus.entityMentions.forEach((m, i) => {
      const entity = entities.get(m.entity);
      if (entity && NAMING_FORMS.has(m.form)) {
        const names = [entity.name, ...entity.aliases.map((a) => a.name)];
        if (!names.some((n) => normalise(n) === normalise(m.span.text))) {
          issues.push({
            ...at('entityMentions', i, m.id, 'span'), rule: 'mention-placement',
            message: `mention of ${m.entity} (form ${m.form}) is on ${JSON.stringify(m.span.text)}, which is not its name or an alias (${names.map((n) => JSON.stringify(n)).join(', ')})`,
            fix: 'move the mention onto the name, add the wording as an alias of the entity, or use form demonym, descriptor or metonym',
          });
        }
      }
    });
    const checkId = (collection: string, records: readonly { id: string; article: string; span: { start: number; end: number } }[], suffix: (r: never) => string) => {
      records.forEach((r, i) => {
        const expected = `${r.article}@${r.span.start}-${r.span.end}${suffix(r as never)}`;
        if (r.id !== expected) {
          issues.push({ ...at(collection, i, r.id, 'id'), rule: 'mention-placement', message: `mention ID ${JSON.stringify(r.id)} does not match its article and span (${JSON.stringify(expected)})`, fix: `use the ID ${JSON.stringify(expected)}, derived from the span` });
        }
      });
    };
    checkId('entityMentions', corpus.entityMentions, (m: { entity: string }) => `/${m.entity}`);
    checkId('dateMentions', corpus.dateMentions, () => '');
    checkId('claimMentions', corpus.claimMentions, (m: { claim: string }) => `/${m.claim}`);
    return issues;
  },
};

/** The rules of this module, run after those of src/rules/. */
export const SEMANTIC_RULES: readonly CorpusRule[] = [qualifierWording, mentionPlacement];
