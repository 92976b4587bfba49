// The PTC / SemEval-2020 Task 11 span metric with partial credit, and the SemEval span TSV.
import type { Counts } from '../counts.js';
import { get, prf } from '../counts.js';
import { lineError, type ParseContext, readArticle, type Line } from '../parse.js';
import { mergeRanges, overlap, type Range } from '../spans.js';

export interface TechniqueSpan {
  readonly article: string;
  readonly technique: string;
  readonly span: Range;
}

/**
 * Counts of the PTC measure for one article (Da San Martino et al., EMNLP 2019, section 4;
 * SemEval-2020 Task 11): for a predicted span s and a gold span t of the same technique,
 * C(s, t, h) = |s ∩ t| / h. Precision sums C(s, t, |s|) over pairs and divides by the number of
 * predicted spans; recall sums C(s, t, |t|) and divides by the number of gold spans. Overlapping
 * spans of the same technique in one article are merged first (on both sides), so that no
 * character earns credit twice.
 */
export function ptcCounts(gold: readonly TechniqueSpan[], predicted: readonly TechniqueSpan[]): Counts {
  const c: Counts = {};
  const group = (list: readonly TechniqueSpan[]) => {
    const m = new Map<string, Range[]>();
    for (const x of list) {
      if (!m.has(x.technique)) m.set(x.technique, []);
      (m.get(x.technique) as Range[]).push(x.span);
    }
    return new Map([...m].map(([k, v]) => [k, mergeRanges(v)]));
  };
  const g = group(gold);
  const p = group(predicted);
  for (const technique of new Set([...g.keys(), ...p.keys()])) {
    const gs = g.get(technique) ?? [];
    const ps = p.get(technique) ?? [];
    let precisionSum = 0;
    let recallSum = 0;
    for (const s of ps) for (const t of gs) {
      const o = overlap(s, t);
      precisionSum += o / (s.end - s.start);
      recallSum += o / (t.end - t.start);
    }
    c[`p_sum|${technique}`] = precisionSum;
    c[`p_n|${technique}`] = ps.length;
    c[`r_sum|${technique}`] = recallSum;
    c[`r_n|${technique}`] = gs.length;
  }
  return c;
}

/** Per-technique and micro-averaged PTC precision, recall and F1 from (summed) counts. */
export function ptcScores(c: Readonly<Counts>): { micro: ReturnType<typeof prf>; perTechnique: Record<string, ReturnType<typeof prf>> } {
  const techniques = [...new Set(Object.keys(c).map((k) => k.split('|')[1] as string))].sort();
  const perTechnique: Record<string, ReturnType<typeof prf>> = {};
  let ps = 0;
  let pn = 0;
  let rs = 0;
  let rn = 0;
  for (const t of techniques) {
    perTechnique[t] = prf(get(c, `p_sum|${t}`), get(c, `p_n|${t}`), get(c, `r_sum|${t}`), get(c, `r_n|${t}`));
    ps += get(c, `p_sum|${t}`);
    pn += get(c, `p_n|${t}`);
    rs += get(c, `r_sum|${t}`);
    rn += get(c, `r_n|${t}`);
  }
  return { micro: prf(ps, pn, rs, rn), perTechnique };
}

/**
 * Reads the SemEval-2020 Task 11 span format: one span per line, `article_id<TAB>technique<TAB>start<TAB>end`
 * (end exclusive, character offsets), into prediction lines. Returns null when the text does not look
 * like that format (its first non-blank line is a JSON object), so that JSONL is read as JSONL.
 */
export function parseSpanTsv(text: string, labels: readonly string[], ctx: Omit<ParseContext, 'line'>): { line: number; record: Line }[] | null {
  const lines = text.split(/\r?\n/);
  const first = lines.find((l) => l.trim() !== '');
  if (first === undefined || first.trimStart().startsWith('{')) return null;
  const out: { line: number; record: Line }[] = [];
  for (const [i, raw] of lines.entries()) {
    if (raw.trim() === '') continue;
    const here = { ...ctx, line: i + 1 };
    const cols = raw.split('\t');
    if (cols.length !== 4) throw lineError(here, 'columns', `expected 4 tab-separated columns article_id<TAB>technique<TAB>start<TAB>end, got ${cols.length}: ${JSON.stringify(raw.slice(0, 80))}`, raw);
    const [article, technique, start, end] = cols as [string, string, string, string];
    if (!labels.includes(technique)) throw lineError(here, 'technique', `unknown label ${JSON.stringify(technique)}; valid: ${labels.join(', ')}`, technique);
    for (const [name, v] of [['start', start], ['end', end]] as const) {
      if (!/^\d+$/.test(v)) throw lineError(here, name, `expected a whole number of characters, got ${JSON.stringify(v)}`, v);
    }
    const record: Line = { article, technique, span: { start: Number(start), end: Number(end) } };
    readArticle(record, here);
    out.push({ line: i + 1, record });
  }
  return out;
}
