import type { ArticleId } from './generated/ids.js';
import { QantarCorpusError } from './errors.js';
import { assertBoolean, describeValue, readField, readOptions } from './internal/args.js';
import { indexes } from './internal/indexes.js';
import { lookup } from './internal/lookup.js';

/** Options of {@link spanContext}. */
export interface SpanContextOptions {
  /** How many characters of context to show on each side (default 60); cut at word boundaries. */
  readonly chars?: number;
  /** Show the whole segment (paragraph) around the span instead of a fixed number of characters. */
  readonly segment?: boolean;
}

/** A span shown in its context. */
export interface SpanInContext {
  /** Text before the span (up to the requested context). */
  readonly before: string;
  /** The span's own text. */
  readonly text: string;
  /** Text after the span. */
  readonly after: string;
  /** `before + text + after`, with `…` where the context was cut. */
  readonly display: string;
}

/**
 * Shows any span of an article (a figure's, a citation's, a claim mention's) in its context.
 *
 * @param article - Article ID the span belongs to.
 * @param span - `{ start, end }` offsets into the article text (any record's `span` will do).
 * @param options - {@link SpanContextOptions}: `chars` or `segment`.
 * @returns The span's text with the text before and after it.
 * @throws {@link QantarCorpusError} `UNKNOWN_ID` for an unknown article, `BAD_ARGUMENT` for a span outside the text or malformed options.
 *
 * @example
 * ```ts
 * import { figures, spanContext } from 'qantar-corpus';
 * const [figure] = figures({ group: 'qantar-arrests', outlet: 'global-times' });
 * console.log(spanContext(figure.article, figure.span, { chars: 30 }).display);
 * //=> '…in Kazakhstan has reached 7,939, the Interior Ministry…'
 * ```
 */
export function spanContext(article: ArticleId, span: { readonly start: number; readonly end: number }, options?: SpanContextOptions): SpanInContext {
  const { chars = 60, segment = false } = readOptions(options, ['chars', 'segment'], 'spanContext');
  const record = lookup('article', indexes().articles, article, 'spanContext');
  const text = record.text;
  // Own properties, each read once: a getter cannot pass the check with one value and be used with another.
  const start = span !== null && typeof span === 'object' ? readField(span, 'start', 'spanContext span') : undefined;
  const end = span !== null && typeof span === 'object' ? readField(span, 'end', 'spanContext span') : undefined;
  if (typeof start !== 'number' || typeof end !== 'number' || !Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || start > end) {
    throw new QantarCorpusError('BAD_ARGUMENT', `spanContext: span must be { start, end } integers with 0 <= start <= end <= ${text.length} (the text length of ${article})`, span);
  }
  if (typeof chars !== 'number' || !Number.isInteger(chars) || chars < 0) {
    throw new QantarCorpusError('BAD_ARGUMENT', `spanContext options.chars: expected a non-negative integer, got ${describeValue(chars)}`, chars);
  }
  assertBoolean(segment, 'spanContext options.segment');
  let from: number;
  let to: number;
  if (segment) {
    const around = record.segments.filter((s) => (s.span.start <= start && start < s.span.end) || (s.span.start < end && end <= s.span.end));
    from = Math.min(start, ...around.map((s) => s.span.start));
    to = Math.max(end, ...around.map((s) => s.span.end));
  } else {
    from = Math.max(0, start - chars);
    to = Math.min(text.length, end + chars);
    // Cut at word boundaries so that context does not start or end mid-word.
    if (from > 0) {
      const space = text.indexOf(' ', from);
      if (space !== -1 && space < start) from = space + 1;
    }
    if (to < text.length) {
      const space = text.lastIndexOf(' ', to);
      if (space >= end) to = space;
    }
  }
  const before = text.slice(from, start);
  const after = text.slice(end, to);
  const middle = text.slice(start, end);
  return Object.freeze({
    before,
    text: middle,
    after,
    display: `${from > 0 ? '…' : ''}${before}${middle}${after}${to < text.length ? '…' : ''}`,
  });
}
