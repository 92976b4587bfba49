/**
 * The share of citations whose channel (verbal message, call, briefing, speech...) is known, by
 * the speaker's country: codebook rule 1 asks for the same search for every speaker, and this
 * table, printed by the build and shown in the data card, shows whether any group lags.
 */
import type { Corpus } from '../../src/generated/types.js';

export interface ChannelShareRow {
  /** ISO country code of the speaker, or `none` (international bodies, unnamed speakers). */
  readonly country: string;
  /** Citations by speakers of that country, scare quotes left out. */
  readonly citations: number;
  /** Of them, with a known channel. */
  readonly known: number;
  /** Of the known, the channel stated or inferred in the text. */
  readonly fromText: number;
  /** Of the known, the channel from outside sources. */
  readonly fromSources: number;
  /** Citations with at least one source record, whatever their channel. */
  readonly withSources: number;
}

type Shape = Pick<Corpus, 'citations' | 'entities'>;

export function channelShare(corpus: Shape): ChannelShareRow[] {
  const country = new Map(corpus.entities.map((e) => [e.id, e.country ?? 'none']));
  const rows = new Map<string, { citations: number; known: number; fromText: number; fromSources: number; withSources: number }>();
  for (const c of corpus.citations) {
    if (c.mode === 'scare-quote') continue;
    const key = (c.speaker && country.get(c.speaker)) || 'none';
    const row = rows.get(key) ?? { citations: 0, known: 0, fromText: 0, fromSources: 0, withSources: 0 };
    row.citations += 1;
    if (c.channel !== null && c.channel !== 'unspecified') {
      row.known += 1;
      if (c.channelBasis === 'external') row.fromSources += 1;
      else row.fromText += 1;
    }
    if (c.sources.length > 0) row.withSources += 1;
    rows.set(key, row);
  }
  return [...rows].map(([c, r]) => ({ country: c, ...r })).sort((a, b) => b.citations - a.citations || (a.country < b.country ? -1 : 1));
}

/** The table in Markdown. */
export function channelShareTable(rows: readonly ChannelShareRow[]): string[] {
  const pct = (n: number, d: number) => (d === 0 ? 'n/a' : `${Math.round((100 * n) / d)}%`);
  return [
    '| Speaker country | Citations | Channel known | Share | From the text | From sources | Citations with a source |',
    '|---|---|---|---|---|---|---|',
    ...rows.map((r) => `| ${r.country} | ${r.citations} | ${r.known} | ${pct(r.known, r.citations)} | ${r.fromText} | ${r.fromSources} | ${r.withSources} |`),
  ];
}
