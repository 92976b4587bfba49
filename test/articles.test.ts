// Checks written from reading the five texts, not from the data: what a careful reader expects
// the annotations to say about specific passages. Records are found by their text, not their ID.
import { describe, expect, it } from 'vitest';
import { corpus, entityRoles, figureSeries, getArticle, getCitation, getSource, narratives } from '../src/index.js';

const { entityMentions, claimMentions, figures: allFigures, citations: allCitations } = corpus;

const CD = 'chinadaily-2022-01-10-editorial';
const RFA = 'rfa-2022-01-07-xi-praises-measures';
const TDI = 'tdi-2022-01-11-wang-yi-call';
const RT = 'rt-2022-04-27-color-revolution-warning';
const GT = 'globaltimes-2022-01-10-wang-yi-call';

const figure = (article: string, text: string) => {
  const found = allFigures.filter((f) => f.article === article && f.span.text.includes(text));
  expect(found, `one figure containing ${JSON.stringify(text)} in ${article}`).toHaveLength(1);
  return found[0]!;
};
const citationsWith = (article: string, text: string) => allCitations.filter((c) => c.article === article && c.content.some((s) => s.text.includes(text)));
const segmentAt = (article: string, text: string) => {
  const a = getArticle(article as never);
  const at = a.text.indexOf(text);
  expect(at, `${JSON.stringify(text)} in ${article}`).toBeGreaterThanOrEqual(0);
  return a.segments.find((s) => s.span.start <= at && at < s.span.end)!;
};
const mentionOf = (article: string, text: string) => entityMentions.filter((m) => m.article === article && m.span.text === text);

describe('China Daily editorial', () => {
  it('gives "more than 5,000" detained rioters in its own voice, in the arrests series', () => {
    const f = figure(CD, '5,000');
    expect([f.value, f.qualifier, f.measure, f.source.kind, f.group]).toEqual([5000, 'more-than', 'detained', 'outlet', 'qantar-arrests']);
  });
  it('endorses what Xi underlined: external forces sought a "color revolution"', () => {
    const xi = citationsWith(CD, 'obviously external forces').find((c) => c.speaker === 'xi-jinping')!;
    expect(xi.channel).toBe('verbal-message');
    const stances = claimMentions.filter((m) => m.citation === xi.id && m.claim === 'external-forces-sought-color-revolution').map((m) => m.stance);
    expect(stances).toEqual(['endorses']);
  });
  it('has no headline in the capture and an inferred, lower-bound date', () => {
    const a = getArticle(CD);
    expect([a.title, a.titleBasis, a.published.date, a.published.bound, a.published.basis]).toEqual([null, 'not-in-capture', '2022-01-10', 'not-before', 'inferred']);
  });
  it('treats the scare-quoted "protests" as a label it rejects', () => {
    const quote = allCitations.find((c) => c.article === CD && c.mode === 'scare-quote' && c.content[0]?.text === 'protests');
    // "Except, of course, those of the United States": the label is the US's, and "gone far beyond" rejects it.
    expect(quote?.speaker).toBe('united-states');
    const stances = claimMentions.filter((m) => m.citation === quote?.id).map((m) => [m.claim, m.stance]);
    expect(stances).toEqual([['kazakhstan-unrest-was-protests', 'disputes']]);
  });
});

describe('RFA (machine-translated republication by breakinglatest.news)', () => {
  it('has RFA Mandarin as author and the aggregator as publisher, machine-translated from Chinese', () => {
    const a = getArticle(RFA);
    expect([a.outlet, a.publisher, a.translatedFrom?.language, a.translatedFrom?.machine]).toEqual(['rfa-mandarin', 'breakinglatest-news', 'zh', true]);
  });
  it('keeps the injected "See also" link, the repeated caption and the cookie banner out of the content', () => {
    expect(segmentAt(RFA, 'See also').content).toBe(false);
    expect(segmentAt(RFA, 'FrieslandCampina').kind).toBe('related-link');
    expect(segmentAt(RFA, 'This website uses cookies').content).toBe(false);
    const second = getArticle(RFA).text.lastIndexOf('On January 7, 2022, the police detained');
    const secondCaption = getArticle(RFA).segments.find((s) => s.span.start <= second && second < s.span.end)!;
    expect([secondCaption.kind, secondCaption.content]).toEqual(['caption', false]);
    expect(allFigures.some((f) => f.span.text.includes('561'))).toBe(false);
  });
  it('reports state television\'s 26 dead and more than 3,000 arrested as of the 7th', () => {
    const arrested = figure(RFA, '3,000');
    const killed = figure(RFA, '26');
    for (const f of [arrested, killed]) {
      expect(f.asOf).toBe('2022-01-07');
      expect(f.source.kind).toBe('citation');
      if (f.source.kind === 'citation') expect(getCitation(f.source.citation as never).channel).toBe('tv-report');
    }
    expect([arrested.qualifier, arrested.value, arrested.group]).toEqual(['more-than', 3000, 'qantar-arrests']);
    expect([killed.qualifier, killed.value, killed.measure]).toEqual(['exact', 26, 'killed']);
  });
  it('gives about 2,500 CSTO peacekeepers as an approximate figure', () => {
    const f = figure(RFA, '2,500');
    expect([f.value, f.qualifier, f.group]).toEqual([2500, 'approximately', 'csto-troops']);
  });
  it('resolves the French transliteration "Noursoultan Nazarbaïev" to Nazarbayev, flagged as a misspelling', () => {
    const ms = mentionOf(RFA, 'Noursoultan Nazarbaïev');
    expect(ms.length).toBeGreaterThanOrEqual(2);
    for (const m of ms) expect([m.entity, m.form]).toEqual(['nursultan-nazarbayev', 'misspelling']);
  });
  it('quotes Abliz directly', () => {
    const [abliz] = citationsWith(RFA, 'makes us Uyghurs very worried');
    expect([abliz?.speaker, abliz?.mode]).toEqual(['abliz', 'direct']);
  });
});

describe('The Diplomatic Insight', () => {
  it('is dated by its dateline and follows the Reuters wire story', () => {
    const a = getArticle(TDI);
    expect([a.published.date, a.published.basis, a.published.bound]).toEqual(['2022-01-11', 'stated', 'exact']);
    expect(a.derivedFrom.map((d) => [d.outlet, d.relation])).toEqual([['reuters', 'follows-wording-of']]);
    expect(segmentAt(TDI, 'Beijing, 11 January 2022 (TDI)').kind).toBe('dateline');
  });
  it('gives the Xinjiang border as 1,770 km with 1,110 miles as the alternate unit', () => {
    const f = figure(TDI, '1,770');
    expect([f.value, f.unit, f.alternate?.value, f.alternate?.unit, f.group]).toEqual([1770, 'km', 1110, f.alternate?.unit, 'china-kazakhstan-border-length']);
    expect(f.alternate?.unit).toMatch(/^mi/);
  });
  it('does not read "the said ‘color revolutions’" as a reporting clause', () => {
    const at = getArticle(TDI).text.indexOf('the said');
    expect(corpus.exemptions.some((e) => e.article === TDI && e.layer === 'cue' && e.span.start <= at + 4 && at + 8 <= e.span.end)).toBe(true);
    expect(allCitations.some((c) => c.article === TDI && c.cue && c.cue.span.start === at + 4)).toBe(false);
  });
  it('relays the SCO secretary-general\'s statement through Wang Wenbin', () => {
    const [hope] = citationsWith(TDI, 'normalized as soon as possible');
    expect(hope?.relay.map((r) => r.entity)).toEqual(['wang-wenbin']);
  });
});

describe('RT (RT DE text republished by detv.us)', () => {
  it('quotes Wei Fenghe directly, relayed by the Chinese Ministry of Defense', () => {
    const [wei] = citationsWith(RT, 'China firmly opposes external forces deliberately inciting');
    expect([wei?.speaker, wei?.mode, wei?.relay.map((r) => r.entity), wei?.event]).toEqual(['wei-fenghe', 'direct', ['chinese-defense-ministry'], 'wei-fenghe-tokayev-meeting']);
  });
  it('resolves the misnamed "Wang Li" to Wang Yi', () => {
    expect(mentionOf(RT, 'Wang Li').map((m) => [m.entity, m.form])).toEqual([['wang-yi', 'misnaming']]);
  });
  it('questions Tokayev\'s claim about foreign-trained terrorists ("claimed", "did not provide any evidence")', () => {
    const stances = claimMentions.filter((m) => m.article === RT && m.claim === 'unrest-caused-by-foreign-trained-terrorists').map((m) => m.stance);
    expect(stances.length).toBeGreaterThanOrEqual(2);
    expect(new Set(stances)).toEqual(new Set(['questions']));
  });
  it('gives at least 225 killed, and a vague "tens of thousands" in Tokayev\'s words', () => {
    const killed = figure(RT, '225');
    expect([killed.value, killed.qualifier, killed.measure, killed.group]).toEqual([225, 'at-least', 'killed', 'qantar-deaths']);
    const tens = figure(RT, 'tens of thousands');
    expect([tens.value, tens.qualifier, tens.low, tens.source.kind]).toEqual([null, 'vague', 20000, 'citation']);
  });
  it('keeps RT DE\'s reader appeal, the related link and "Source link" out of the content, and splits " — RT EN" off the headline', () => {
    expect(segmentAt(RT, 'By blocking RT').kind).toBe('reader-appeal');
    expect(segmentAt(RT, 'More on the subject').kind).toBe('related-link');
    expect(segmentAt(RT, 'Source link').content).toBe(false);
    const headline = segmentAt(RT, 'China warns of color revolution');
    expect([headline.kind, headline.span.text]).toEqual(['headline', 'China warns of color revolution in Kazakhstan']);
    expect(getArticle(RT).outlet).toBe('rt-de');
  });
});

describe('Global Times', () => {
  it('reports the Interior Ministry\'s 7,939 arrests announced on Monday 10 January', () => {
    const f = figure(GT, '7,939');
    expect([f.value, f.qualifier, f.asOf, f.group]).toEqual([7939, 'exact', '2022-01-10', 'qantar-arrests']);
    expect(f.source.kind).toBe('citation');
    if (f.source.kind === 'citation') expect(getCitation(f.source.citation as never).speaker).toBe('kazakhstan-interior-ministry');
  });
  it('is dated to the minute in Beijing time, with the headline and timestamp as segments', () => {
    const a = getArticle(GT);
    expect([a.published.date, a.published.time, a.published.utcOffset, a.published.basis]).toEqual(['2022-01-10', '15:49', '+08:00', 'stated']);
    expect(segmentAt(GT, 'Published: Jan 10, 2022').kind).toBe('timestamp');
    expect(segmentAt(GT, 'Firm support from China').kind).toBe('headline');
  });
  it('carries Xi\'s verbal message as a citation with the shared claims', () => {
    const [xi] = citationsWith(GT, 'strongly rejects any attempt by external forces');
    expect([xi?.speaker, xi?.channel, xi?.event]).toEqual(['xi-jinping', 'verbal-message', 'xi-verbal-message']);
    expect(xi?.claims).toContain('china-opposes-color-revolution-in-kazakhstan');
  });
});

describe('across outlets', () => {
  it('the arrest series dates only the counts whose day a text gives: more than 3,000 (Jan 7) and 7,939 (Jan 10)', () => {
    const series = allFigures.filter((f) => f.group === 'qantar-arrests').map((f) => [f.article, f.asOf, f.value]);
    // China Daily's "more than 5,000" says nothing of the day it describes (it was reported by 9 January),
    // so it has no as-of date; the series places it at the editorial's publication date and says so.
    expect(series).toEqual([[RFA, '2022-01-07', 3000], [CD, null, 5000], [GT, '2022-01-10', 7939]]);
    const points = figureSeries('qantar-arrests').points.map((p) => [p.figure.value, p.date, p.dateFrom]);
    expect(points).toEqual([[3000, '2022-01-07', 'as-of'], [5000, '2022-01-10', 'published'], [7939, '2022-01-10', 'as-of']]);
  });
  it('every outlet that carries Xi\'s verbal message attributes it to Xi', () => {
    const outlets = new Set(allCitations.filter((c) => c.event === 'xi-verbal-message').map((c) => getArticle(c.article).outlet));
    expect([...outlets].sort()).toEqual(['china-daily', 'global-times', 'rfa-mandarin', 'the-diplomatic-insight']);
  });
});

// Written from reading the texts against the v2 codebook rules, one test per kind of fix.
describe('annotation v2, read against the texts', () => {
  const mentionsAt = (article: string, text: string) => claimMentions.filter((m) => m.article === article && m.span.text === text);
  const source = (id: string) => corpus.sources.find((s) => s.id === id);

  it('rule 3: Global Times\' referential noun phrases choose a label and make no claim', () => {
    expect(mentionsAt(GT, 'the violent anti-government protests in Kazakhstan')).toEqual([]);
    expect(mentionsAt(GT, 'the recent large-scale riots in Kazakhstan')).toEqual([]);
    // So Global Times no longer "asserts" both opposite characterisations of the events.
    const gt = claimMentions.filter((m) => m.article === GT && ['kazakhstan-unrest-was-protests', 'unrest-was-large-scale-riots'].includes(m.claim));
    expect(gt).toEqual([]);
  });

  it('rule 4: every outlet\'s "China opposes a colour revolution" passage carries the accusation, with how it carries it', () => {
    const carriers = allCitations.filter((c) => c.claims.includes('china-opposes-color-revolution-in-kazakhstan'));
    expect([...new Set(carriers.map((c) => c.article))].sort()).toEqual([CD, GT, RT, TDI].sort());
    for (const c of carriers) expect(c.claims, c.id).toContain('external-forces-sought-color-revolution');
    const how = (article: string, text: string) => claimMentions.find((m) => m.article === article && m.claim === 'external-forces-sought-color-revolution' && m.span.text.includes(text))?.assertion;
    expect(how(TDI, 'These are efforts for destabilization')).toBe('asserted');
    expect(how(RT, 'China firmly opposes external forces deliberately inciting')).toBe('presupposed');
    expect(how(GT, 'any attempt by external forces')).toBe('insinuated');
  });

  it('rule 1: the US vow China Daily quotes is Biden\'s Capitol speech, traced like the Chinese readouts', () => {
    const vow = getCitation('cd-us-vowed');
    expect([vow.channel, vow.channelBasis, vow.event, vow.said?.date]).toEqual(['speech', 'external', 'biden-capitol-anniversary-speech-2022-01-06', '2022-01-06']);
    const excerpts = vow.sources.map((id) => source(id)?.excerpt ?? '');
    expect(excerpts.some((e) => e.includes('never, never happens again'))).toBe(true);
    const xi = getCitation('cd-xi-noted');
    expect([xi.channel, xi.channelBasis, xi.addressee]).toEqual(['verbal-message', 'stated', 'kassym-jomart-tokayev']);
  });

  it('the event of a citation is the occasion of the words: Tokayev asked the CSTO on 5 January, before the deployment', () => {
    const ask = getCitation('tdi-authorities-ask-csto');
    expect(ask.event).toBe('tokayev-csto-appeal-2022-01-05');
    expect(ask.said?.date).toBe('2022-01-05');
    expect(corpus.events.find((e) => e.id === 'csto-deployment')?.start).toBe('2022-01-06');
  });

  it('as-of dates come from the text or a source: China Daily\'s "more than 5,000" has none', () => {
    expect(figure(CD, 'more than 5,000').asOf).toBeNull();
    expect(figure(GT, '7,939')).toMatchObject({ asOf: '2022-01-10', asOfBasis: 'inferred' });
    // RFA's "about 2,500" is its own gloss on Tokayev's request: the CSTO gave the size of the force.
    expect(figure(RFA, 'about 2,500').source).toEqual({ kind: 'outlet' });
  });

  it('derivation chains: RT\'s capture translates RT DE, which translates RT\'s English article', () => {
    const chain = getArticle(RT).derivedFrom.map((d) => [d.relation, d.outlet, d.url]);
    expect(chain).toEqual([
      ['translation-of', 'rt-de', 'https://de.rt.com/asien/137132-china-warnt-vor-farbrevolution-in-kasachstan/'],
      ['translation-of', 'rt', 'https://www.rt.com/news/554584-china-color-revolution-kazakhstan/'],
    ]);
    // TDI follows the Reuters wire except in its last three paragraphs (Wang Wenbin on the SCO).
    const [wire] = getArticle(TDI).derivedFrom;
    const followed = (text: string) => wire!.spans!.some((s) => s.text.includes(text));
    expect([followed('Troops were ordered to shoot to kill'), followed('1,770-kilometer'), followed('Vladimir Norov'), followed('Finally, Wang Wenbin')]).toEqual([true, true, false, false]);
  });

  it('segment origins tell RFA\'s own credit line from the aggregator\'s furniture', () => {
    expect(segmentAt(RFA, 'Radio Free Asia reporter Cai Ling').origin).toBe('author');
    expect(segmentAt(RFA, 'See also').origin).toBe('publisher');
    expect(segmentAt(RFA, 'This website uses cookies').origin).toBe('publisher');
    expect(segmentAt(RT, 'By blocking RT, the EU').origin).toBe('author');
    expect(segmentAt(RT, 'Source link').origin).toBe('publisher');
  });

  it('world-knowledge dates: RFA\'s "June 4th" is 4 June 1989, resolved from a reference source', () => {
    const [june] = corpus.dateMentions.filter((d) => d.article === RFA && d.span.text === 'June 4th');
    expect([june?.date, june?.basis]).toEqual(['1989-06-04', 'world-knowledge']);
    expect(source(june!.sources[0]!)?.kind).toBe('reference-work');
  });

  it('rule 6: reports of speech outside the cue list are citations ("ruled out", "were ordered")', () => {
    expect(getCitation('rfa-tokayev-ruled-out-negotiations')).toMatchObject({ speaker: 'kassym-jomart-tokayev', cue: { verb: 'rule out' }, event: 'tokayev-address-2022-01-07' });
    expect(getCitation('tdi-troops-ordered-shoot-to-kill')).toMatchObject({ speaker: 'kassym-jomart-tokayev', speakerSpan: null, cue: { verb: 'order' } });
  });
});

// The labels layer, read against the texts: who calls the crowds what, in whose voice.
describe('labels (framing layer)', () => {
  const labelsAt = (article: string, text: string) => corpus.labels.filter((l) => l.article === article && l.span.text === text);
  it('China Daily calls them rioters in its own voice and puts the US word "protesters" in scare quotes', () => {
    expect(labelsAt(CD, 'rioters').map((l) => [l.voice, l.label])).toEqual([['authorial', 'rioters'], ['authorial', 'rioters']]);
    const protesters = labelsAt(CD, 'protesters');
    expect(protesters).toHaveLength(3);
    expect(protesters.map((l) => [l.voice, l.scareQuoted, getCitation(l.citation!).speaker])).toEqual([['attributed', true, 'antony-blinken'], ['attributed', true, 'united-states'], ['attributed', true, 'united-states']]);
  });
  it('"foreign-trained terrorists" is Tokayev\'s label in RFA and RT, never an outlet\'s own', () => {
    const terrorists = corpus.labels.filter((l) => l.label === 'terrorists');
    expect(terrorists.map((l) => [l.article, l.voice, getCitation(l.citation!).speaker])).toEqual([[RFA, 'attributed', 'kassym-jomart-tokayev'], [RT, 'attributed', 'kassym-jomart-tokayev']]);
  });
  it('Global Times\' referential "violent anti-government protests", taken out of the claims layer, is a label in its own voice', () => {
    expect(labelsAt(GT, 'violent anti-government protests').map((l) => [l.label, l.voice, l.scareQuoted])).toEqual([['protests', 'authorial', false]]);
  });
  it('heads that name another event are exempted with a reason, not labelled', () => {
    // "the suppression of students in Tiananmen Square" (1989) and the Bishkek rally are other events.
    const exempt = corpus.exemptions.filter((e) => e.article === RFA && e.layer === 'label').map((e) => e.span.text);
    expect(exempt).toEqual(expect.arrayContaining(['suppression', 'rally']));
    const tiananmen = corpus.articles.find((a) => a.id === RFA)!.text.indexOf('suppression of students in Tiananmen');
    expect(corpus.labels.some((l) => l.article === RFA && l.span.start === tiananmen)).toBe(false);
  });
});

// Persuasion techniques, read against the texts: which an outlet uses itself and which it relays.
describe('techniques (framing layer)', () => {
  const own = (article: string) => corpus.techniques.filter((t) => t.article === article && t.voice === 'authorial').map((t) => t.technique);
  it('China Daily answers the US call on protesters\' rights with the Capitol, in its own voice (whataboutism)', () => {
    const w = corpus.techniques.find((t) => t.article === CD && t.technique === 'Whataboutism' && t.span.text.includes('Except, of course'));
    expect(w?.voice).toBe('authorial');
    expect(corpus.framing.find((f) => f.article === CD)?.genre).toBe('opinion');
  });
  it('Global Times and TDI relay the vague "external forces" of the Chinese statements; TDI\'s own techniques are its US-orchestration sentence and its charged wording', () => {
    expect(own(GT)).toEqual([]);
    // TDI's background sentence on how "China and Russia see" colour revolutions has no citation, so it is TDI's own voice.
    expect(corpus.techniques.filter((t) => t.article === TDI && t.voice === 'authorial').map((t) => [t.technique, t.span.text])).toEqual([
      ['Causal_Oversimplification', '‘color revolutions’ are uprisings and orchestrated by the US'],
      ['Loaded_Language', 'dire expectations'],
    ]);
    const relayed = corpus.techniques.filter((t) => [GT, TDI].includes(t.article) && t.technique === 'Obfuscation-Vagueness-Confusion');
    for (const t of relayed) expect(['wang-yi', 'xi-jinping'], t.id).toContain(getCitation(t.citation!).speaker);
  });
  it('RT\'s one technique in its own voice is its doubt about Tokayev\'s claim', () => {
    expect(corpus.techniques.filter((t) => t.article === RT && t.voice === 'authorial').map((t) => [t.technique, t.span.text])).toEqual([['Doubt', 'he did not provide any evidence to support this claim']]);
  });
});

// Narrative links, read against the case pages: which claims EUvsDisinfo files as disinformation,
// and how each outlet carries them.
describe('narrative links (framing layer)', () => {
  it('EUvsDisinfo files three of the corpus\'s claims in the same words: the external hand, the colour revolution, the foreign-trained terrorists', () => {
    const exact = narratives({ scheme: 'euvsdisinfo-case', relation: 'exact' }).map((n) => n.claim.id);
    expect(exact).toEqual(['external-forces-instigated-unrest', 'external-forces-sought-color-revolution', 'unrest-caused-by-foreign-trained-terrorists']);
  });
  it('China Daily is the only outlet that asserts or endorses those claims; RFA and RT question them, Global Times and TDI relay them', () => {
    const exact = new Set(narratives({ scheme: 'euvsdisinfo-case', relation: 'exact' }).map((n) => n.claim.id));
    const by = (stances: string[]) => [...new Set(claimMentions.filter((m) => exact.has(m.claim) && stances.includes(m.stance)).map((m) => getArticle(m.article).outlet))].sort();
    expect(by(['asserts', 'endorses'])).toEqual(['china-daily']);
    expect(by(['questions', 'disputes'])).toEqual(['rfa-mandarin', 'rt-de']);
    expect(by(['reports'])).toEqual(['global-times', 'rfa-mandarin', 'rt-de', 'the-diplomatic-insight']);
  });
  it('the Kazakh president\'s own "foreign-trained terrorists" is linked to the case that files it as disinformation, like the foreign claims', () => {
    const [link] = narratives({ ref: "Protests in Kazakhstan, which pose a threat to the country's integrity, were organised by foreign-trained terrorists." });
    expect(link?.claim.id).toBe('unrest-caused-by-foreign-trained-terrorists');
    const speakers = claimMentions.filter((m) => m.claim === link!.claim.id && m.citation).map((m) => getCitation(m.citation!).speaker);
    expect(new Set(speakers)).toEqual(new Set(['kassym-jomart-tokayev', 'kazakhstan-government']));
    expect(link!.links[0]!.sources.map((s) => getSource(s).url)).toEqual(['https://euvsdisinfo.eu/report/protests-in-kazakhstan-were-organised-by-foreign-trained-terrorists']);
  });
});

// Entity roles, read against the texts: who casts whom as hero, villain or victim, in whose voice.
describe('entity roles (framing layer)', () => {
  const outletOf = (article: string) => getArticle(article as never).outlet;
  it('external forces are an antagonist in every outlet, but only China Daily casts them so in its own voice', () => {
    const cast = entityRoles({ entity: 'external-forces' });
    expect(new Set(cast.map((r) => r.main))).toEqual(new Set(['Antagonist']));
    expect([...new Set(cast.map((r) => outletOf(r.article)))].sort()).toEqual(['china-daily', 'global-times', 'rfa-mandarin', 'rt-de', 'the-diplomatic-insight']);
    expect(entityRoles({ entity: 'external-forces', voice: 'authorial' }).map((r) => [outletOf(r.article), r.span.text])).toEqual([['china-daily', 'external elements']]);
    // Everyone else relays Chinese officials (and, in China Daily, Kazakhstan's security committee).
    const speakers = new Set(entityRoles({ entity: 'external-forces', voice: 'attributed' }).map((r) => getCitation(r.citation!).speaker));
    expect(speakers).toEqual(new Set(['china', 'wang-wenbin', 'wang-yi', 'xi-jinping', 'wei-fenghe', 'kazakhstan-national-security-committee']));
  });
  it('in their own voice, China Daily casts the United States as a hypocrite, TDI as an orchestrator of regime change, RFA as the watcher over human rights', () => {
    const own = entityRoles({ entity: 'united-states', voice: 'authorial' }).map((r) => [outletOf(r.article), r.main, [...r.fine].sort()]);
    expect(own).toEqual([
      ['rfa-mandarin', 'Protagonist', ['Guardian']],
      ['china-daily', 'Antagonist', ['Deceiver']],
      ['the-diplomatic-insight', 'Antagonist', ['Conspirator', 'Foreign Adversary', 'Instigator']],
    ]);
  });
  it('RFA casts Xi and Tokayev as backers of the crackdown in its own voice, while the Xi it quotes casts Tokayev as a responsible guardian', () => {
    const rfa = (entity: string, voice: 'authorial' | 'attributed') => entityRoles({ article: RFA as never, entity: entity as never, voice }).map((r) => r.main);
    expect(rfa('xi-jinping', 'authorial')).toEqual(['Antagonist']);
    expect(rfa('kassym-jomart-tokayev', 'authorial')).toEqual(['Antagonist']);
    const byXi = entityRoles({ article: RFA as never, entity: 'kassym-jomart-tokayev', speaker: 'xi-jinping' });
    expect(byXi.map((r) => [r.main, [...r.fine].sort()])).toEqual([['Protagonist', ['Guardian', 'Virtuous']]]);
  });
  it('every entity mentioned in an article\'s content is cast or listed as uncast with a reason', () => {
    for (const f of corpus.framing) {
      const content = getArticle(f.article as never).segments.filter((s) => s.content);
      const mentioned = new Set(entityMentions.filter((m) => m.article === f.article && content.some((s) => s.span.start <= m.span.start && m.span.end <= s.span.end)).map((m) => m.entity));
      const cast = new Set(entityRoles({ article: f.article as never }).map((r) => r.entity));
      const uncast = new Set(f.uncast.map((u) => u.entity));
      expect(new Set([...cast, ...uncast]), f.article).toEqual(mentioned);
      for (const e of cast) expect(uncast.has(e), `${f.article} ${e}`).toBe(false);
    }
  });
});
