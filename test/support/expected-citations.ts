// Citations written by hand from the article records in data/articles/*/article.yaml: the APA
// strings as citeproc's APA style (apa.csl, used by citation-js and pandoc) lays the CSL-JSON out.
export const RFA = 'rfa-2022-01-07-xi-praises-measures';
export const CD = 'chinadaily-2022-01-10-editorial';
export const GT = 'globaltimes-2022-01-10-wang-yi-call';
export const TDI = 'tdi-2022-01-11-wang-yi-call';
export const RT = 'rt-2022-04-27-color-revolution-warning';

export const EXPECTED_APA: Record<string, string> = {
  [RFA]: 'Cai Ling. (2022, January 7 or later). Kazakhstan shoots to suppress people Xi Jinping praises: powerful measures (Machine translation, Trans.). breakinglatest.news. https://breakinglatest.news/world/kazakhstan-shoots-to-suppress-people-xi-jinping-praises-powerful-measures-mandarin-homepage/ (Original work published Radio Free Asia Mandarin service)',
  [CD]: '[Untitled editorial]. (2022, January 10 or later). China Daily. https://www.chinadailyhk.com/article/255323',
  [GT]: 'Global Times. (2022, January 10). Firm support from China to Kazakhstan to end violence and unrest: Chinese FM to counterpart. Global Times. https://www.globaltimes.cn/page/202201/1245514.shtml',
  [TDI]: '[Untitled news article]. (2022, January 11). The Diplomatic Insight. https://thediplomaticinsight.com/',
  [RT]: 'China warns of color revolution in Kazakhstan. (2022, April 27). detv.us. https://detv.us/2022/04/27/china-warns-of-color-revolution-in-kazakhstan-rt-en/ (Original work published as China warnt vor einer Farbrevolution in Kasachstan, 2022, RT DE)',
};


// The BibTeX entries as citation-js reads them (biblatex @online: the site is the publisher, which
// APA puts first when no author is credited) and its APA style lays them out.
export const EXPECTED_APA_FROM_BIBTEX: Record<string, string> = {
  ...EXPECTED_APA,
  [CD]: 'China Daily. (2022, January 10 or later). [Untitled editorial]. https://www.chinadailyhk.com/article/255323',
  [TDI]: 'The Diplomatic Insight. (2022, January 11). [Untitled news article]. https://thediplomaticinsight.com/',
  [RT]: 'detv.us. (2022, April 27). China warns of color revolution in Kazakhstan. https://detv.us/2022/04/27/china-warns-of-color-revolution-in-kazakhstan-rt-en/ (Original work published as China warnt vor einer Farbrevolution in Kasachstan, 2022, RT DE)',
};
