import type { Anchor, QuoteAnchor } from './source-schema.js';

export interface ResolvedSpan {
  start: number;
  end: number;
}

export type AnchorResult = { ok: true; span: ResolvedSpan } | { ok: false; message: string; fix: string };

const show = (s: string) => JSON.stringify(s.length > 60 ? `${s.slice(0, 57)}...` : s);

function occurrences(text: string, quote: string, from = 0): number[] {
  const found: number[] = [];
  for (let i = text.indexOf(quote, from); i !== -1; i = text.indexOf(quote, i + 1)) found.push(i);
  return found;
}

function resolveQuote(text: string, anchor: QuoteAnchor, from: number, firstMatch: boolean): AnchorResult {
  const spec = typeof anchor === 'string' ? { quote: anchor } : anchor;
  const { quote } = spec;
  let hits = occurrences(text, quote, from);
  if (hits.length === 0) {
    const lower = text.toLowerCase().indexOf(quote.toLowerCase(), from);
    const hint = lower === -1 ? '' : ` (a match differing in letter case is at offset ${lower}: ${show(text.slice(lower, lower + quote.length))})`;
    return {
      ok: false,
      message: `quote ${show(quote)} is not in the text${from > 0 ? ` at or after offset ${from}` : ''}${hint}`,
      fix: 'copy the quote from text.txt character for character (curly quotes and non-breaking spaces included)',
    };
  }
  if (spec.prefix !== undefined) {
    const prefix = spec.prefix;
    hits = hits.filter((i) => text.slice(Math.max(0, i - prefix.length), i) === prefix);
  }
  if (spec.suffix !== undefined) {
    const suffix = spec.suffix;
    hits = hits.filter((i) => text.slice(i + quote.length, i + quote.length + suffix.length) === suffix);
  }
  if (hits.length === 0) {
    return {
      ok: false,
      message: `no occurrence of ${show(quote)} has the given ${[spec.prefix !== undefined && `prefix ${show(spec.prefix)}`, spec.suffix !== undefined && `suffix ${show(spec.suffix)}`].filter(Boolean).join(' and ')}`,
      fix: 'make prefix/suffix the exact text right before/after the quote',
    };
  }
  if (spec.occurrence !== undefined) {
    const hit = hits[spec.occurrence - 1];
    if (hit === undefined) {
      return {
        ok: false,
        message: `occurrence ${spec.occurrence} of ${show(quote)} asked for, but it occurs ${hits.length} time(s)`,
        fix: `use an occurrence from 1 to ${hits.length}`,
      };
    }
    return { ok: true, span: { start: hit, end: hit + quote.length } };
  }
  if (hits.length > 1 && !firstMatch) {
    return {
      ok: false,
      message: `quote ${show(quote)} occurs ${hits.length} times (at offsets ${hits.slice(0, 5).join(', ')}${hits.length > 5 ? ', ...' : ''})`,
      fix: 'add a prefix, a suffix or an occurrence (1-based), or quote a longer stretch that occurs once',
    };
  }
  const hit = hits[0] as number;
  return { ok: true, span: { start: hit, end: hit + quote.length } };
}

/**
 * Resolves an anchor to offsets. A plain quote must occur exactly once (or be disambiguated);
 * in a range, `to` is the first match at or after the start of `from`.
 */
export function resolveAnchor(text: string, anchor: Anchor): AnchorResult {
  if (typeof anchor === 'object' && 'from' in anchor) {
    const from = resolveQuote(text, anchor.from, 0, false);
    if (!from.ok) return { ok: false, message: `range start: ${from.message}`, fix: from.fix };
    const to = resolveQuote(text, anchor.to, from.span.start, true);
    if (!to.ok) return { ok: false, message: `range end: ${to.message}`, fix: to.fix };
    return { ok: true, span: { start: from.span.start, end: to.span.end } };
  }
  return resolveQuote(text, anchor, 0, false);
}
