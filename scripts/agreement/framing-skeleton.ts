/**
 * Turns a blind reader's framing labels (the reading.yaml a reader wrote from the text, the codebook
 * and the label units alone) into data/agreement/framing/<article>.yaml: the first annotation as it
 * stood, the reader's labels resolved to spans, techniques and roles matched one to one, and no
 * adjudication yet. Run once per reading, before adjudicating:
 *
 *   tsx scripts/agreement/framing-skeleton.ts <article> <reading.yaml> [--reader "..."] [--date YYYY-MM-DD] [--out <dir>]
 *
 * A reader's span that is not in the paragraph it names is an error that names it: nothing is
 * fuzzy-matched.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parse, stringify } from 'yaml';
import type { Corpus } from '../../src/generated/types.js';

type Span = { start: number; end: number; text: string };
interface Reading {
  genre: { genre: string; note?: string };
  frames: { frame: string; note?: string }[];
  labels: { unit: string; isLabel: boolean; category?: string; label?: string; target?: string; voice?: string; citation?: string | null; scareQuoted?: boolean; note?: string }[];
  labelsMissing?: { paragraph: number; at: string; why?: string; category?: string; label?: string; voice?: string }[];
  techniques: { paragraph: number; at: string; technique: string; voice: string; citation?: string | null; note?: string }[];
  roles: { entity: string; at: string; paragraph: number; main: string; fine: string[]; voice: string; citation?: string | null; note?: string }[];
}

const { positionals, values } = parseArgs({ allowPositionals: true, options: { reader: { type: 'string' }, date: { type: 'string' }, out: { type: 'string' } } });
const [articleId, readingFile] = positionals;
if (!articleId || !readingFile) {
  console.error('usage: framing-skeleton.ts <article> <reading.yaml> [--reader "..."] [--date YYYY-MM-DD]');
  process.exit(2);
}
const root = path.resolve(import.meta.dirname, '../..');
const corpus = JSON.parse(readFileSync(path.join(root, 'src/generated/corpus.json'), 'utf8')) as Corpus;
const article = corpus.articles.find((a) => a.id === articleId);
if (!article) throw new Error(`unknown article ${articleId}`);
const reading = parse(readFileSync(readingFile, 'utf8')) as Reading;
const articleText = article.text;
const paragraphs = article.segments.filter((s) => s.content).map((s) => s.span);

/** The span of `quote` in content paragraph `n` (1-based), preferring a start in `starts`. */
function locate(n: number, quote: string, what: string, starts?: ReadonlySet<number>): Span {
  const p = paragraphs[n - 1];
  if (!p) throw new Error(`${what}: paragraph ${n} does not exist (the article has ${paragraphs.length} content paragraphs)`);
  const text = articleText.slice(p.start, p.end);
  const hits: number[] = [];
  for (let i = text.indexOf(quote); i !== -1; i = text.indexOf(quote, i + 1)) hits.push(i);
  if (hits.length === 0) throw new Error(`${what}: ${JSON.stringify(quote)} is not in paragraph ${n}`);
  // Offsets in UTF-16 code units, as every span of the corpus.
  const chosen = hits.map((i) => p.start + i).find((s) => starts?.has(s)) ?? p.start + hits[0]!;
  return { start: chosen, end: chosen + quote.length, text: quote };
}

const overlap = (a: Span, b: Span) => Math.min(a.end, b.end) - Math.max(a.start, b.start);
const labels = corpus.labels.filter((l) => l.article === articleId);
const techniques = corpus.techniques.filter((t) => t.article === articleId);
const roles = corpus.entityRoles.filter((r) => r.article === articleId);
const framing = corpus.framing.find((f) => f.article === articleId)!;

const labelUnits = reading.labels.map((u, i) => {
  const l = labels[i];
  if (!l) throw new Error(`label unit ${u.unit}: the article has ${labels.length} labels`);
  const first = { category: l.category, label: l.label, target: l.target.kind === 'event' ? l.target.event : l.target.entity, voice: l.voice, citation: l.citation, scareQuoted: l.scareQuoted };
  const second = { isLabel: u.isLabel, category: u.category ?? '', label: u.label ?? '', target: u.target ?? '', voice: u.voice ?? '', citation: u.citation ?? null, scareQuoted: u.scareQuoted ?? false };
  return { unit: u.unit, record: l.id, span: l.span, first, second, ...(u.note ? { secondNote: u.note } : {}) };
});

const techniquesSecond = reading.techniques.map((t, i) => ({
  technique: t.technique, voice: t.voice, citation: t.citation ?? null, span: locate(t.paragraph, t.at, `techniques[${i}]`), note: t.note,
}));
const usedFirst = new Set<string>();
const techniqueMatched: unknown[] = [];
const techniqueSecondOnly: unknown[] = [];
for (const s of techniquesSecond) {
  const best = techniques
    .filter((t) => !usedFirst.has(t.id) && t.technique === s.technique && overlap(t.span, s.span) > 0)
    .sort((a, b) => overlap(b.span, s.span) - overlap(a.span, s.span))[0];
  const second = { technique: s.technique, voice: s.voice, citation: s.citation, span: s.span };
  if (best) { usedFirst.add(best.id); techniqueMatched.push({ first: best.id, second, ...(s.note ? { secondNote: s.note } : {}) }); }
  else techniqueSecondOnly.push({ second, ...(s.note ? { secondNote: s.note } : {}) });
}
const techniqueFirstOnly = techniques.filter((t) => !usedFirst.has(t.id)).map((t) => ({ record: t.id, first: { technique: t.technique, voice: t.voice, citation: t.citation, span: t.span } }));

const mentionStarts = (entity: string) => new Set(corpus.entityMentions.filter((m) => m.article === articleId && m.entity === entity).map((m) => m.span.start));
const usedRoles = new Set<string>();
const roleMatched: unknown[] = [];
const roleSecondOnly: unknown[] = [];
reading.roles.forEach((r, i) => {
  const second = { entity: r.entity, main: r.main, fine: r.fine, voice: r.voice, citation: r.citation ?? null, span: locate(r.paragraph, r.at, `roles[${i}] (${r.entity})`, mentionStarts(r.entity)) };
  const match = roles.find((x) => !usedRoles.has(x.id) && x.entity === r.entity && x.main === r.main && x.voice === r.voice && (x.citation ?? null) === (r.citation ?? null));
  if (match) { usedRoles.add(match.id); roleMatched.push({ first: match.id, second, ...(r.note ? { secondNote: r.note } : {}) }); }
  else roleSecondOnly.push({ second, ...(r.note ? { secondNote: r.note } : {}) });
});
const roleFirstOnly = roles.filter((r) => !usedRoles.has(r.id)).map((r) => ({ record: r.id, first: { entity: r.entity, main: r.main, fine: r.fine, voice: r.voice, citation: r.citation, span: r.span } }));

const out = {
  article: articleId,
  reading: {
    reader: values.reader ?? 'A blind second reader: a fresh-context helper that saw only the text, the framing sections of the codebook with their worked examples left out, the label units (spans without labels), the citations and the entity mentions.',
    date: values.date ?? new Date().toISOString().slice(0, 10),
    given: 'labels as units to label; techniques, frames, genre and entity roles found by the reader from the text.',
  },
  genre: { first: framing.genre, second: reading.genre.genre, ...(reading.genre.note ? { secondNote: reading.genre.note } : {}) },
  frames: { first: framing.frames.map((f) => f.frame), second: reading.frames.map((f) => f.frame), adjudication: {} },
  labels: labelUnits,
  labelsMissing: [],
  techniques: { matched: techniqueMatched, firstOnly: techniqueFirstOnly, secondOnly: techniqueSecondOnly },
  roles: { matched: roleMatched, firstOnly: roleFirstOnly, secondOnly: roleSecondOnly },
};
const dir = values.out ? path.resolve(values.out) : path.join(root, 'data/agreement/framing');
mkdirSync(dir, { recursive: true });
const header = `# Blind second reading of the framing layer of ${articleId} and its adjudication (docs/annotation-guide.md, "Blind second readings").\n# first: the annotation as the reader was given it or as it stood; second: the reader's labels; adjudication: what changed and why.\n`;
writeFileSync(path.join(dir, `${articleId}.yaml`), header + stringify(out, { lineWidth: 120 }));
console.log(`${articleId}: ${labelUnits.length} label units, techniques ${techniqueMatched.length} matched / ${techniqueFirstOnly.length} first only / ${techniqueSecondOnly.length} blind only, roles ${roleMatched.length} / ${roleFirstOnly.length} / ${roleSecondOnly.length}`);
