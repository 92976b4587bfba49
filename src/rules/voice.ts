import type { ArticleRecord } from '../schema/article.js';
import type { CitationRecord } from '../schema/citation.js';
import { contains } from './text-tools.js';

interface Span { readonly start: number; readonly end: number }

/** Whether a span lies inside one content segment of its article. */
export function contentCheck(articles: readonly ArticleRecord[]): (article: string, span: Span) => boolean {
  const byId = new Map(articles.map((a) => [a.id, a]));
  return (article, span) => (byId.get(article)?.segments ?? []).some((s) => s.content && contains(s.span, span));
}

/** What the voice checks call a record and its span in their messages. */
export interface VoiceWording {
  /** `technique`, `role`. */
  readonly record: string;
  /** `span`, `mention`. */
  readonly unit: string;
  /** `the technique`, `the casting`. */
  readonly act: string;
}

/**
 * The voice rule of the framing layers: a record is `attributed` exactly when a citation's content
 * (a scare quote is no one's content) holds its span, and then names that citation.
 */
export function checkVoice(
  citations: readonly CitationRecord[],
  r: { readonly article: string; readonly span: Span; readonly voice: string; readonly citation: string | null },
  wording: VoiceWording,
  issue: (field: string, message: string, fix: string) => void,
): void {
  const holders = citations.filter((c) => c.article === r.article && c.mode !== 'scare-quote' && c.content.some((s) => contains(s, r.span)));
  if (r.voice === 'attributed' && !holders.some((c) => c.id === r.citation)) {
    issue('citation', `attributed ${wording.record} names citation ${r.citation ?? 'null'}, whose content does not hold the ${wording.unit}`, holders.length > 0 ? `use ${holders.map((c) => c.id).join(' or ')}` : `the ${wording.unit} is in the outlet's own words: use voice authorial`);
  }
  if (r.voice === 'authorial' && r.citation !== null) issue('citation', `authorial ${wording.record} names a citation`, 'remove the citation, or make the voice attributed');
  if (r.voice === 'authorial' && holders.length > 0) issue('voice', `the ${wording.unit} is inside the content of ${holders.map((c) => c.id).join(', ')}: ${wording.act} is the quoted speaker's`, 'make the voice attributed and name the citation');
}
