// Turns overlapping annotations of a text into properly nested HTML. Annotations may nest (an
// entity mention inside a citation) or cross (a claim mention that starts inside one citation and
// ends after it); a crossing element is closed and reopened as a continuation, so every annotation
// keeps exactly one primary element (its first fragment) and the text is never duplicated.
import { escapeHtml } from './layout.js';

/** One annotation to render: `[start, end)` offsets into the text and how to open its element. */
export interface Annotation {
  readonly start: number;
  readonly end: number;
  /** Ordering when two annotations start together and are equally long: lower is outer. */
  readonly layer: number;
  /** The opening tag; `continued` is true for the fragments after the first. */
  readonly open: (continued: boolean) => string;
  /** The closing tag, such as `</span>`. */
  readonly close: string;
}

/**
 * Renders `text` with its annotations as nested elements (text escaped for HTML).
 *
 * Annotations are opened outermost first: earlier start, then longer, then lower `layer`. Where
 * two cross, the inner one is closed at the outer one's end and reopened (with `open(true)`) right
 * after it. Empty annotations (`start >= end`) and ones outside the text are skipped.
 *
 * @param text - The text to render.
 * @param annotations - The annotations, in any order.
 * @returns The HTML.
 * @throws RangeError naming the annotation when its offsets are not integers.
 *
 * @example
 * ```ts
 * const b = { layer: 0, open: () => '<b>', close: '</b>' };
 * const i = { layer: 1, open: (c: boolean) => (c ? '<i class="cont">' : '<i>'), close: '</i>' };
 * nestSpans('abcd', [{ ...b, start: 0, end: 2 }, { ...i, start: 1, end: 4 }]);
 * //=> '<b>a<i>b</i></b><i class="cont">cd</i>'
 * ```
 */
export function nestSpans(text: string, annotations: readonly Annotation[]): string {
  for (const a of annotations) {
    if (!Number.isInteger(a.start) || !Number.isInteger(a.end)) throw new RangeError(`nestSpans: annotation offsets must be integers, got [${a.start}, ${a.end})`);
  }
  const items = annotations
    .filter((a) => a.start < a.end && a.start >= 0 && a.end <= text.length)
    .sort((a, b) => a.start - b.start || b.end - a.end || a.layer - b.layer);
  const outerFirst = (a: Annotation, b: Annotation) => b.end - a.end || a.layer - b.layer;
  const boundaries = [...new Set([0, text.length, ...items.flatMap((a) => [a.start, a.end])])].sort((a, b) => a - b);
  const stack: Annotation[] = [];
  let html = '';
  let next = 0;
  for (let k = 0; k < boundaries.length; k++) {
    const at = boundaries[k] as number;
    // Close everything that ends here; whatever was open above it and goes on is reopened.
    const lowest = stack.findIndex((a) => a.end <= at);
    const reopen: Annotation[] = [];
    if (lowest >= 0) {
      while (stack.length > lowest) {
        const top = stack.pop() as Annotation;
        html += top.close;
        if (top.end > at) reopen.push(top);
      }
    }
    const starting: { a: Annotation; continued: boolean }[] = [
      ...reopen.map((a) => ({ a, continued: true })),
    ];
    while (next < items.length && (items[next] as Annotation).start === at) starting.push({ a: items[next++] as Annotation, continued: false });
    starting.sort((x, y) => outerFirst(x.a, y.a));
    for (const { a, continued } of starting) {
      html += a.open(continued);
      stack.push(a);
    }
    const until = boundaries[k + 1];
    if (until !== undefined) html += escapeHtml(text.slice(at, until));
  }
  while (stack.length) html += (stack.pop() as Annotation).close;
  return html;
}
