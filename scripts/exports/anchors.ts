/**
 * What the annotation formats (Web Annotation, schema.org, brat) share: identifiers for records and
 * articles, and offsets in Unicode code points.
 *
 * Offsets: the corpus counts UTF-16 code units (JavaScript string indices). The Web Annotation
 * model, Python and brat count code points. The texts have no character outside the Basic
 * Multilingual Plane, so the two agree today; the exports still convert, so that they stay right
 * if a text ever has one.
 */
import type { Article } from '../../src/generated/types.js';

/** Percent-encodes what may not stand in the namespace-specific part of a URN (RFC 8141), keeping `@`, `/` and `:`. */
const urnPart = (s: string) => s.replace(/[^A-Za-z0-9\-._~!$&'()*+,;=:@/]/g, (c) => [...new TextEncoder().encode(c)].map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join(''));

/**
 * A stable identifier for a record: `urn:qantar-corpus:<kind>:<id>` (an informal URN namespace; the
 * IDs never change meaning and are never reused, docs/versioning.md).
 */
export const recordIri = (kind: string, id: string) => `urn:qantar-corpus:${kind}:${urnPart(id)}`;

/**
 * Whether an article's URL addresses the article itself. A URL whose path is `/` (and no query) is
 * a site's home page: the corpus records one where the article's own address is not known (The
 * Diplomatic Insight).
 */
export function urlIdentifiesArticle(url: string): boolean {
  const u = new URL(url);
  return !(u.pathname === '/' && u.search === '' && u.hash === '');
}

/** What annotations of an article target: its URL, or its URN where the URL is only a home page. */
export const articleTarget = (article: Pick<Article, 'id' | 'url'>) => (urlIdentifiesArticle(article.url) ? article.url : recordIri('article', article.id));

/** Converts UTF-16 offsets of one text to code-point offsets. */
export function codePoints(text: string): (utf16: number) => number {
  const index = new Int32Array(text.length + 1);
  let cp = 0;
  for (let i = 0; i < text.length; i++) {
    index[i] = cp;
    const c = text.charCodeAt(i);
    // The high half of a surrogate pair starts a code point; its low half does not.
    if (!(c >= 0xdc00 && c <= 0xdfff && i > 0 && text.charCodeAt(i - 1) >= 0xd800 && text.charCodeAt(i - 1) <= 0xdbff)) cp++;
    else index[i] = cp - 1;
  }
  index[text.length] = cp;
  return (utf16) => {
    if (!Number.isInteger(utf16) || utf16 < 0 || utf16 > text.length) throw new Error(`offset ${utf16} is outside a text of ${text.length} code units`);
    return index[utf16] as number;
  };
}

/** Up to `n` code points of the text before `start` and after `end` (UTF-16 offsets): a TextQuoteSelector's prefix and suffix. */
export function quoteContext(text: string, start: number, end: number, n = 32): { prefix: string; suffix: string } {
  const before = Array.from(text.slice(0, start));
  const after = Array.from(text.slice(end));
  return { prefix: before.slice(-n).join(''), suffix: after.slice(0, n).join('') };
}
