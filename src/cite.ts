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

/** What the citation formats need of an outlet. */
export interface CitedOutlet {
  readonly name: string;
  readonly kind: string;
}

/** People and bodies credited as authors or reporters, as written (names are not inverted: their structure is not recorded). */
const authorsOf = (article: Article) => article.credits.filter((c) => c.role === 'author' || c.role === 'reporter').map((c) => c.name);

/**
 * The bibliographic facts of an article, shared by the three formats so that they say the same:
 * the site the cited copy is on, the description that stands for a missing title, the genre a
 * style may print, the translation and the original of a republished or translated copy, and a
 * publication date that may be only a lower bound.
 */
function factsOf(article: Article, outlet: (id: string) => CitedOutlet) {
  const [y, m, d] = article.published.date.split('-').map(Number) as [number, number, number];
  const author = outlet(article.outlet);
  // The original this copy translates, when it is the author outlet's own story (RT DE's German text).
  const original = article.derivedFrom.find((hop) => hop.relation === 'translation-of' && hop.outlet === article.outlet);
  const republished = article.publisher !== null;
  const t = article.translatedFrom;
  return {
    y, m, d,
    notBefore: article.published.bound === 'not-before',
    authors: authorsOf(article),
    title: article.title,
    description: article.title ? null : `Untitled ${UNTITLED[article.genre]}`,
    genre: article.title && article.genre === 'editorial' ? 'Editorial' : null,
    site: republished ? outlet(article.publisher as string).name : author.name,
    // APA's newspaper pattern for a newspaper's own site; a web page for broadcasters, magazines and copies elsewhere.
    type: !republished && author.kind === 'newspaper' ? 'article-newspaper' : 'webpage',
    machineTranslated: t?.machine === true,
    originalPublisher: republished ? author.name : null,
    originalTitle: republished ? original?.title ?? null : null,
    // The date recorded is the author outlet's; for a copy elsewhere it is the original's date too.
    originalYear: republished && article.published.bound === 'exact' ? y : null,
    notes: [
      ...(t ? [`${t.machine === true ? 'Machine-translated' : 'Translated'} from ${languageName(t.language)}`] : []),
      ...(republished ? [`Republished by ${outlet(article.publisher as string).name}`] : []),
      ...(article.published.bound === 'not-before' ? [`Published on or after ${article.published.date}`] : []),
    ],
  };
}

type Facts = ReturnType<typeof factsOf>;

/** The date as APA prints it; an "on or after" date says so rather than pass for the day itself. */
const apaDate = (f: Facts) => `${f.y}, ${MONTHS[f.m - 1]} ${f.d}${f.notBefore ? ' or later' : ''}`;

const endSentence = (s: string) => (/[.?!]$/.test(s) ? s : `${s}.`);

/**
 * APA 7 as citeproc's APA style (apa.csl, which citation-js and pandoc use) renders the CSL-JSON item:
 * test/citation-clients.test.ts checks that the two agree for every article.
 */
function apa(f: Facts, url: string): string {
  const a = f.authors;
  const authorList = a.length <= 1 ? a.join('') : a.length === 2 ? `${a[0]}, & ${a[1]}` : `${a.slice(0, -1).join(', ')}, & ${a.at(-1)}`;
  const title = `${f.title ?? `[${f.description}]`}${f.machineTranslated ? ' (Machine translation, Trans.)' : ''}${f.genre ? ` [${f.genre}]` : ''}`;
  const date = `(${apaDate(f)}).`;
  const head = a.length === 0 ? [endSentence(title), date] : [endSentence(authorList), date, endSentence(title)];
  const original = [f.originalTitle ? `as ${f.originalTitle}` : null, f.originalYear, f.originalPublisher].filter((x) => x !== null);
  return `${[...head, endSentence(f.site), url].join(' ')}${original.length > 0 ? ` (Original work published ${original.join(', ')})` : ''}`;
}

// BibTeX counts every brace, escaped or not, so braces in text become commands too.
const BIB_COMMANDS: Record<string, string> = { '\\': '\\textbackslash{}', '~': '\\textasciitilde{}', '^': '\\textasciicircum{}', '{': '\\textbraceleft{}', '}': '\\textbraceright{}' };
const bibEscape = (s: string) => s.replace(/[\\{}&%$#_~^]/g, (c) => BIB_COMMANDS[c] ?? `\\${c}`);

/**
 * A biblatex `@online` entry (citation-js reads `@article` as a journal article whatever its
 * `entrysubtype`, and prints only its year). The site is the `organization` (biblatex's field for
 * it; citation-js reads it as the publisher, so APA puts it first when no author is credited); an
 * "on or after" date is written out in `year` (no `date`, which would claim the day).
 */
function bibtex(article: Article, f: Facts): string {
  const fields: [string, string][] = [
    ...(f.authors.length > 0 ? [['author', `{${f.authors.map((a) => `{${bibEscape(a)}}`).join(' and ')}}`] as [string, string]] : []),
    ['title', `{{${bibEscape(f.title ?? `[${f.description}]`)}}}`],
    ...(f.genre ? [['type', `{${f.genre}}`] as [string, string]] : []),
    ['organization', `{{${bibEscape(f.site)}}}`],
    ...(f.notBefore
      ? [['year', `{${f.y}, ${MONTHS[f.m - 1]} ${f.d} or later}`] as [string, string]]
      : [['date', `{${article.published.date}}`], ['year', `{${f.y}}`], ['month', BIB_MONTHS[f.m - 1] as string]] as [string, string][]),
    ['url', `{${article.url}}`],
    ...(f.machineTranslated ? [['translator', '{{Machine translation}}'] as [string, string]] : []),
    ...(f.originalPublisher ? [['origpublisher', `{{${bibEscape(f.originalPublisher)}}}`] as [string, string]] : []),
    ...(f.originalTitle ? [['origtitle', `{{${bibEscape(f.originalTitle)}}}`] as [string, string]] : []),
    ...(f.originalYear !== null ? [['origdate', `{${article.published.date}}`] as [string, string]] : []),
    ...(f.notes.length > 0 ? [['note', `{${bibEscape(`${f.notes.join('. ')}.`)}}`] as [string, string]] : []),
  ];
  return `@online{${article.id},\n${fields.map(([k, v]) => `  ${k} = ${v},`).join('\n')}\n}`;
}

/** The site in CSL-JSON markup that keeps its case (APA title-cases container titles: "detv.us" would print "Detv.Us"). */
const nocase = (s: string) => `<span class="nocase">${s.replaceAll('&', '&amp;').replaceAll('<', '&lt;')}</span>`;

function cslJson(article: Article, f: Facts): string {
  const item = {
    id: article.id,
    type: f.type,
    ...(f.title ? { title: f.title } : {}),
    // APA prints the genre in brackets: "[Editorial]", and in the title's place "[Untitled editorial]".
    ...(f.genre || f.description ? { genre: f.genre ?? f.description } : {}),
    'container-title': nocase(f.site),
    ...(f.authors.length > 0 ? { author: f.authors.map((literal) => ({ literal })) } : {}),
    ...(f.machineTranslated ? { translator: [{ literal: 'Machine translation' }] } : {}),
    ...(f.originalPublisher ? { 'original-publisher': f.originalPublisher } : {}),
    ...(f.originalTitle ? { 'original-title': f.originalTitle } : {}),
    ...(f.originalYear !== null ? { 'original-date': { 'date-parts': [[f.y, f.m, f.d]] } } : {}),
    // An "on or after" date is a literal, so that no style prints it as the day of publication.
    issued: f.notBefore ? { literal: apaDate(f) } : { 'date-parts': [[f.y, f.m, f.d]] },
    URL: article.url,
    language: article.language,
    ...(f.notes.length > 0 ? { note: `${f.notes.join('. ')}.` } : {}),
  };
  return JSON.stringify(item, null, 2);
}

/**
 * Formats one article record as a citation. Internal: used by {@link cite} and by the export script.
 *
 * @internal
 * @param article - The article record.
 * @param outlets - Outlets (name and kind) by ID.
 * @param format - `apa`, `bibtex` or `csl-json`.
 * @returns The citation text (see {@link cite} for the formats).
 */
export function formatArticleCitation(article: Article, outlets: ReadonlyMap<string, CitedOutlet>, format: CitationFormat): string {
  const facts = factsOf(article, (id) => outlets.get(id) ?? { name: id, kind: 'unknown' });
  return format === 'apa' ? apa(facts, article.url) : format === 'bibtex' ? bibtex(article, facts) : cslJson(article, facts);
}

/**
 * Returns a citation of an article of the corpus, in APA style, as a BibTeX entry, or as a CSL-JSON item.
 *
 * Authors are the people and bodies credited as author or reporter, written as the text gives them
 * (their given and family names are not recorded, so they are never inverted). An article without a
 * title is cited by a bracketed description (`[Untitled editorial]`, CSL `genre`). A machine
 * translation is credited as its translator ("Machine translation, Trans."); a copy republished on
 * another site cites that site, with the author outlet (and the original's title and date, where
 * known) as the original work; a publication date known only as a lower bound prints as
 * "2022, January 7 or later", never as the day. The three formats carry the same facts, and
 * citation-js renders the CSL-JSON and the BibTeX in APA exactly as the `'apa'` string reads
 * (test/citation-clients.test.ts).
 *
 * @param articleId - Article ID.
 * @param format - `'apa'` (plain text, APA 7), `'bibtex'` (a biblatex `@online` entry keyed by the
 *   article ID) or `'csl-json'` (one CSL-JSON item, `article-newspaper` for a newspaper's own site and
 *   `webpage` otherwise, as indented JSON text).
 * @returns The citation as a string.
 * @throws {@link QantarCorpusError} `UNKNOWN_ID` (with the closest IDs or formats) for an unknown article or format, `BAD_ARGUMENT` for a value that is not a string.
 *
 * @example
 * ```ts
 * import { cite } from 'qantar-corpus';
 * console.log(cite('globaltimes-2022-01-10-wang-yi-call', 'apa'));
 * //=> 'Global Times. (2022, January 10). Firm support from China to Kazakhstan to end violence and unrest: Chinese FM to counterpart. Global Times. https://www.globaltimes.cn/page/202201/1245514.shtml'
 * ```
 */
export function cite(articleId: ArticleId, format: CitationFormat): string {
  const ix = indexes();
  const article = lookup('article', ix.articles, articleId, 'cite');
  assertOneOf('citation format', format, FORMATS, 'cite');
  const outlets = new Map([...ix.outlets.values()].map((o) => [o.id as string, o]));
  return formatArticleCitation(article, outlets, format);
}
