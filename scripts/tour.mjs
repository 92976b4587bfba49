// npm start: a tour of the corpus through the public API of the built package (dist/).
import {
  byOutlet, CORPUS_VERSION, citations, claimsAbout, corpus, figureSeries, getOutlet, labelMatrix, SCHEMA_VERSION, spanContext, stanceMatrix, techniques,
} from 'qantar-corpus';

const { outlets, articles } = corpus;

const width = Math.min(process.stdout.columns || 100, 120);
const rule = (title) => console.log(`\n== ${title} ${'='.repeat(Math.max(0, width - title.length - 4))}`);
const cut = (s, n = width - 8) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

console.log(`qantar-corpus ${CORPUS_VERSION} (schema ${SCHEMA_VERSION}): news coverage of China's response to Kazakhstan's January 2022 unrest.`);

rule('Outlets and their state affiliation');
for (const o of outlets) {
  const tie = o.stateAffiliation.status === 'state' ? `${o.stateAffiliation.tie} (${o.stateAffiliation.state})` : 'no state tie';
  console.log(`  ${o.name.padEnd(34)} ${o.kind.padEnd(16)} ${String(o.country ?? '??').padEnd(3)} ${tie}${o.parent ? `, service of ${getOutlet(o.parent).name}` : ''}`);
}

rule('Articles, with dates and provenance');
for (const a of articles) {
  const when = `${a.published.bound === 'not-before' ? '>=' : ''}${a.published.date} (${a.published.basis})`;
  const via = a.publisher ? ` via ${getOutlet(a.publisher).name}` : '';
  const tr = a.translatedFrom ? `, translated from ${a.translatedFrom.language}${a.translatedFrom.machine ? ' by machine' : ''}` : '';
  console.log(`  ${when.padEnd(26)} ${getOutlet(a.outlet).name}${via} [${a.genre}${tr}]`);
  console.log(`      ${cut(a.title ?? '(no headline in the capture)')}`);
}

rule('Annotations per layer');
const count = (xs, a) => xs.filter((x) => x.article === a.id).length;
console.log(`  ${'article'.padEnd(42)} mentions  dates  figures  citations  claims`);
for (const a of articles) {
  console.log(`  ${a.id.padEnd(42)} ${String(count(corpus.entityMentions, a)).padStart(8)} ${String(count(corpus.dateMentions, a)).padStart(6)} ${String(count(corpus.figures, a)).padStart(8)} ${String(count(corpus.citations, a)).padStart(10)} ${String(count(corpus.claimMentions, a)).padStart(7)}`);
}
console.log(`  ${corpus.entities.length} entities, ${corpus.claims.length} claims, ${corpus.events.length} events, ${corpus.figureGroups.length} figure groups`);

rule('A figure series: people arrested, across outlets and days');
const series = figureSeries('qantar-arrests');
for (const p of series.points) {
  const source = p.figure.source.kind === 'outlet' ? 'the outlet itself' : p.figure.source.kind === 'entity' ? p.figure.source.entity : `citation ${p.figure.source.citation}`;
  const when = p.dateFrom === 'as-of' ? p.date : `${p.date}*`;
  console.log(`  ${when.padEnd(11)} ${p.outlet.padEnd(14)} ${p.figure.qualifier.padEnd(10)} ${String(p.figure.value ?? '?').padStart(6)}  "${p.figure.span.text}"  (source: ${source})`);
}
for (const d of series.disagreements) console.log(`  ! ${d.message}`);
if (series.points.some((p) => p.dateFrom === 'published')) console.log('  * the text gives no day for this count: placed at the publication date');

rule('A quotation with its speaker');
const [quote] = citations({ mode: 'direct', speaker: 'wei-fenghe' });
if (quote) {
  console.log(`  ${quote.speaker} (relayed by ${quote.relay.map((r) => r.entity).join(', ') || 'nobody'}), ${quote.channel}:`);
  console.log(`  "${cut(quote.content[0].text)}"`);
  console.log(`  in context: ${cut(spanContext(quote.article, quote.cue?.span ?? quote.content[0], { chars: 50 }).display.replace(/\s*\n\s*/g, ' / '))}`);
}

rule('A claim and the stance each outlet takes toward it');
const [colour] = claimsAbout('color-revolution').filter((c) => c.claim.id === 'external-forces-sought-color-revolution');
if (colour) {
  console.log(`  "${colour.claim.proposition}"`);
  for (const cell of stanceMatrix({ claims: [colour.claim.id] }).cells) {
    const how = [...new Set(cell.mentions.map((m) => `${m.voice} ${m.assertion}`))].join(', ');
    console.log(`  ${cell.outlet.padEnd(24)} ${cell.stances.join('/').padEnd(18)} (${how})`);
  }
}

rule('Who calls the crowds what, in whose voice (labels)');
const participants = labelMatrix({ category: 'participants' });
for (const outlet of participants.outlets) {
  const cells = participants.cells.filter((c) => c.outlet === outlet && c.label !== 'people');
  const show = (voice) => cells.filter((c) => c.voice === voice).map((c) => `${c.label}${c.scareQuoted ? ' (in scare quotes)' : ''}`).join(', ') || '-';
  console.log(`  ${outlet.padEnd(24)} own voice: ${show('authorial').padEnd(28)} quoted: ${show('attributed')}`);
}

rule('Persuasion techniques an outlet uses itself, and those it relays');
for (const o of [...new Set(articles.map((a) => a.outlet))].sort()) {
  const own = techniques({ outlet: o, voice: 'authorial' }).length;
  const relayed = techniques({ outlet: o, voice: 'attributed' }).length;
  console.log(`  ${o.padEnd(24)} own voice ${String(own).padStart(2)}   relayed from quoted speakers ${String(relayed).padStart(2)}`);
}
console.log(`\nArticles by RT and its services: ${byOutlet('rt').map((a) => a.id).join(', ')}`);
console.log('Docs: docs/ (npm run docs builds the API reference and the corpus explorer).');
