// Baseline for `citations`: quotation marks plus cue verbs, nothing learned.
//   node examples/baselines/quotes-and-cues.mjs | node dist/cli.js score citations -    (in a clone, after npm run build)
// - A passage in quotation marks ("...", “...”) is a direct citation; its cue is the nearest cue verb
//   in the same sentence, if any.
// - A cue verb with no quotation in its sentence starts an indirect citation: the content is the
//   rest of the sentence after the verb (and after "that").
// No speaker, no speaker span: the baseline does not attribute.
import { printWhenRun } from './run.mjs';

const CUES = ['said', 'says', 'say', 'told', 'stressed', 'noted', 'added', 'urged', 'warned', 'announced', 'claimed', 'stated', 'praised', 'called', 'described', 'accused', 'according to', 'pointed out', 'emphasized', 'expressed', 'reported'];
const CUE = new RegExp(`\\b(?:${CUES.map((c) => c.replace(' ', '\\s+')).join('|')})\\b`, 'giu');
const QUOTE = /"([^"\n]{2,}?)"|“([^”\n]{2,}?)”/gu;

/** Sentence boundaries: a stop followed by space, or a line break. */
function sentences(text) {
  const out = [];
  let start = 0;
  for (const m of text.matchAll(/[.!?](?=\s)|\n+/gu)) {
    out.push({ start, end: m.index + m[0].length });
    start = m.index + m[0].length;
  }
  if (start < text.length) out.push({ start, end: text.length });
  return out;
}

const span = (text, start, end) => ({ start, end, text: text.slice(start, end) });

/** @param {import('qantar-corpus').Corpus} corpus */
export function predict(corpus) {
  const lines = [];
  for (const a of corpus.articles) {
    const text = a.text;
    for (const s of sentences(text)) {
      const sentence = text.slice(s.start, s.end);
      const cues = [...sentence.matchAll(CUE)].map((m) => ({ start: s.start + m.index, end: s.start + m.index + m[0].length }));
      const quotes = [...sentence.matchAll(QUOTE)].map((m) => {
        const inner = m[1] ?? m[2];
        const start = s.start + m.index + 1;
        return { start, end: start + inner.length };
      });
      for (const q of quotes) {
        const near = cues.map((c) => ({ c, d: c.end <= q.start ? q.start - c.end : c.start - q.end })).sort((x, y) => x.d - y.d)[0];
        lines.push({ article: a.id, cue: near ? { verb: text.slice(near.c.start, near.c.end).toLowerCase(), span: span(text, near.c.start, near.c.end) } : null, content: [span(text, q.start, q.end)], mode: 'direct' });
      }
      if (quotes.length > 0) continue;
      for (const c of cues.slice(0, 1)) {
        let start = c.end;
        const rest = text.slice(start, s.end);
        const that = /^\s+(?:that\s+)?/u.exec(rest);
        start += that ? that[0].length : 0;
        let end = s.end;
        while (end > start && /[\s.!?]/u.test(text[end - 1])) end--;
        if (end - start < 3) continue;
        lines.push({ article: a.id, cue: { verb: text.slice(c.start, c.end).toLowerCase(), span: span(text, c.start, c.end) }, content: [span(text, start, end)], mode: 'indirect' });
      }
    }
  }
  return lines;
}

await printWhenRun(import.meta.url, predict);
