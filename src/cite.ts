import type { ArticleId } from './generated/ids.js';
import type { Article } from './generated/types.js';
import { assertOneOf } from './internal/args.js';
import { indexes } from './internal/indexes.js';
import { lookup } from './internal/lookup.js';

/** Citation formats of {@link cite}. */
export type CitationFormat = 'apa' | 'bibtex' | 'csl-json';

const FORMATS: readonly CitationFormat[] = ['apa', 'bibtex', 'csl-json'];

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const BIB_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const LANGUAGES: Record<string, string> = { de: 'German', en: 'English', fr: 'French', kk: 'Kazakh', ru: 'Russian', zh: 'Chinese' };
const UNTITLED: Record<Article['genre'], string> = { news: 'news article', editorial: 'editorial', analysis: 'analysis', republication: 'article' };

const languageName = (code: string) => LANGUAGES[code.split('-')[0] ?? code] ?? code;

/** People and bodies credited as authors or reporters, as written (names are not inverted: their structure is not recorded). */
const authorsOf = (article: Article) => article.credits.filter((c) => c.role === 'author' || c.role === 'reporter').map((c) => c.name);

/** What a reader of a citation should know beyond the bibliographic fields: translation, republication, date bound. */
function notesOf(article: Article, outletName: (id: string) => string): string[] {
  const notes: string[] = [];
  const t = article.translatedFrom;
  if (t) notes.push(`${t.machine === true ? 'Machine-translated' : 'Translated'} from ${languageName(t.language)}`);
  if (article.publisher) notes.push(`Republished by ${outletName(article.publisher)}`);
  if (article.published.bound === 'not-before') notes.push(`Published on or after ${article.published.date}`);
  return notes;
}

const endSentence = (s: string) => (/[.?!]$/.test(s) ? s : `${s}.`);

function apa(article: Article, outletName: (id: string) => string): string {
  const [y, m, d] = article.published.date.split('-').map(Number) as [number, number, number];
  const date = `(${y}, ${MONTHS[m - 1]} ${d})`;
  const t = article.translatedFrom;
  const bracket = t ? ` [${t.machine === true ? 'Machine-translated' : 'Translated'} from ${languageName(t.language)}]` : '';
  const title = `${article.title ?? `[Untitled ${UNTITLED[article.genre]}]`}${bracket}`;
  const authors = authorsOf(article);
  const outlet = outletName(article.outlet);
  const site = `${outlet}${article.publisher ? `; republished by ${outletName(article.publisher)}` : ''}`;
  const authorList = authors.length <= 1 ? authors.join('') : authors.length === 2 ? `${authors[0]} & ${authors[1]}` : `${authors.slice(0, -1).join(', ')}, & ${authors.at(-1)}`;
  const parts =
    authors.length === 0
      ? [endSentence(title), `${date}.`, endSentence(site)]
      : // A group author that is the site itself: APA omits the site name.
        [endSentence(authorList), `${date}.`, endSentence(title), ...(authors.length === 1 && authors[0] === outlet && !article.publisher ? [] : [endSentence(site)])];
  return `${parts.join(' ')} ${article.url}`;
}

// BibTeX counts every brace, escaped or not, so braces in text become commands too.
const BIB_COMMANDS: Record<string, string> = { '\\': '\\textbackslash{}', '~': '\\textasciitilde{}', '^': '\\textasciicircum{}', '{': '\\textbraceleft{}', '}': '\\textbraceright{}' };
const bibEscape = (s: string) => s.replace(/[\\{}&%$#_~^]/g, (c) => BIB_COMMANDS[c] ?? `\\${c}`);

function bibtex(article: Article, outletName: (id: string) => string): string {
  const [y, m] = article.published.date.split('-').map(Number) as [number, number, number];
  const authors = authorsOf(article);
  const notes = notesOf(article, outletName);
  const fields: [string, string][] = [
    ...(authors.length > 0 ? [['author', `{${authors.map((a) => `{${bibEscape(a)}}`).join(' and ')}}`] as [string, string]] : []),
    ['title', `{{${bibEscape(article.title ?? `[Untitled ${UNTITLED[article.genre]}]`)}}}`],
    ['journal', `{${bibEscape(outletName(article.outlet))}}`],
    ['entrysubtype', '{newspaper}'],
    ['year', `{${y}}`],
    ['month', BIB_MONTHS[m - 1] as string],
    ['date', `{${article.published.date}}`],
    ['url', `{${article.url}}`],
    ...(notes.length > 0 ? [['note', `{${bibEscape(`${notes.join('. ')}.`)}}`] as [string, string]] : []),
  ];
  return `@article{${article.id},\n${fields.map(([k, v]) => `  ${k} = ${v},`).join('\n')}\n}`;
}

function cslJson(article: Article, outletName: (id: string) => string): string {
  const [y, m, d] = article.published.date.split('-').map(Number) as [number, number, number];
  const authors = authorsOf(article);
  const notes = notesOf(article, outletName);
  const item = {
    id: article.id,
    type: 'article-newspaper',
    ...(article.title ? { title: article.title } : {}),
    'container-title': outletName(article.outlet),
    ...(authors.length > 0 ? { author: authors.map((literal) => ({ literal })) } : {}),
    issued: { 'date-parts': [[y, m, d]] },
    URL: article.url,
    language: article.language,
    genre: article.genre,
    ...(notes.length > 0 ? { note: `${notes.join('. ')}.` } : {}),
  };
  return JSON.stringify(item, null, 2);
}

/**
 * Formats one article record as a citation. Internal: used by {@link cite} and by the export script.
 *
 * @internal
 * @param article - The article record.
 * @param outlets - Outlet names by ID.
 * @param format - `apa`, `bibtex` or `csl-json`.
 * @returns The citation text (see {@link cite} for the formats).
 */
export function formatArticleCitation(article: Article, outlets: ReadonlyMap<string, string>, format: CitationFormat): string {
  const outletName = (id: string) => outlets.get(id) ?? id;
  return format === 'apa' ? apa(article, outletName) : format === 'bibtex' ? bibtex(article, outletName) : cslJson(article, outletName);
}

/**
 * Returns a citation of an article of the corpus, in APA style, as a BibTeX entry, or as a CSL-JSON item.
 *
 * Authors are the people and bodies credited as author or reporter, written as the text gives them
 * (their given and family names are not recorded, so they are never inverted). An article without a
 * title is cited by a bracketed description (`[Untitled editorial]`). Translation, republication by
 * another site and a publication date known only as a lower bound are stated in APA's title bracket
 * and site name, or in the `note` field of BibTeX and CSL-JSON.
 *
 * @param articleId - Article ID.
 * @param format - `'apa'` (plain text, APA 7 newspaper-article pattern), `'bibtex'` (an `@article` entry
 *   with `entrysubtype = {newspaper}`, keyed by the article ID, readable by BibTeX and biblatex) or
 *   `'csl-json'` (one CSL-JSON item of type `article-newspaper`, as indented JSON text).
 * @returns The citation as a string.
 * @throws {@link QantarCorpusError} `UNKNOWN_ID` (with the closest IDs or formats) for an unknown article or format, `BAD_ARGUMENT` for a value that is not a string.
 *
 * @example
 * ```ts
 * import { cite } from 'qantar-corpus';
 * console.log(cite('globaltimes-2022-01-10-wang-yi-call', 'apa'));
 * //=> 'Global Times. (2022, January 10). Firm support from China to Kazakhstan to end violence and unrest: Chinese FM to counterpart. https://www.globaltimes.cn/page/202201/1245514.shtml'
 * ```
 */
export function cite(articleId: ArticleId, format: CitationFormat): string {
  const ix = indexes();
  const article = lookup('article', ix.articles, articleId, 'cite');
  assertOneOf('citation format', format, FORMATS, 'cite');
  const names = new Map([...ix.outlets.values()].map((o) => [o.id as string, o.name]));
  return formatArticleCitation(article, names, format);
}
