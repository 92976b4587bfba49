import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { framingAgreementReport, readFramingAgreementFiles } from '../scripts/agreement/framing.js';
import { agreementReport, readAgreementFiles } from '../scripts/agreement/report.js';
import { renderDataCard } from '../scripts/data-card.js';
import { corpus } from '../src/index.js';

const agreement = agreementReport(readAgreementFiles(path.resolve(import.meta.dirname, '..', 'data', 'agreement')), corpus as never);
const framing = framingAgreementReport(readFramingAgreementFiles(path.resolve(import.meta.dirname, '..', 'data', 'agreement', 'framing')), corpus as never);
/** The rows of the table that follows the line starting with `heading`. */
const tableAfter = (card: string, heading: string) => {
  const lines = card.split('\n');
  const start = lines.findIndex((l) => l.startsWith(heading));
  const rows: string[] = [];
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith('|')) { if (rows.length > 0) break; continue; }
    rows.push(line);
  }
  return rows.slice(2).map((r) => r.split('|').slice(1, -1).map((c) => c.trim()));
};

describe('docs/data-card.md', () => {
  it('is up to date with the corpus (run npm run docs:data-card after changing data)', () => {
    const file = readFileSync(path.resolve(import.meta.dirname, '..', 'docs', 'data-card.md'), 'utf8');
    expect(file).toBe(renderDataCard(corpus, agreement, framing));
  });
  it('counts every claim mention once in the stance table and once in the assertion table', () => {
    const card = renderDataCard(corpus, agreement, framing);
    for (const heading of ['Stance of claim mentions', 'How each claim mention carries']) {
      const total = tableAfter(card, heading).flatMap((r) => r.slice(1).map(Number)).reduce((a, b) => a + b, 0);
      expect(total, heading).toBe(corpus.claimMentions.length);
    }
  });
  it('lists every entity role once, in its outlet\'s row and voice column', () => {
    const rows = tableAfter(renderDataCard(corpus, agreement, framing), `${corpus.entityRoles.length} entity roles`);
    const cells = rows.flatMap((r) => [r[1]!, r[2]!]).filter((c) => c !== 'none').flatMap((c) => c.split('; '));
    const counted = cells.reduce((n, c) => n + (/ x(\d+)$/.exec(c) ? Number(/ x(\d+)$/.exec(c)![1]) : 1), 0);
    expect(counted).toBe(corpus.entityRoles.length);
  });
  it('shows the channel-known share of every speaker country, adding up to every citation that is not a scare quote', () => {
    const rows = tableAfter(renderDataCard(corpus, agreement, framing), 'whoever the speaker.');
    const total = rows.reduce((n, r) => n + Number(r[1]), 0);
    expect(total).toBe(corpus.citations.filter((c) => c.mode !== 'scare-quote').length);
    const byCountry = Object.fromEntries(rows.map((r) => [r[0], r]));
    // Chinese speakers' words were traced to readouts; US speakers' to the speech and briefings they come from, with the same search.
    expect(Number(byCountry.US![2])).toBe(corpus.citations.filter((c) => c.mode !== 'scare-quote' && ['united-states', 'antony-blinken', 'us-state-department'].includes(c.speaker ?? '') && c.channel !== 'unspecified').length);
  });
});

describe('docs/data-model.md', () => {
  it('is up to date with the zod schemas (run npm run docs after changing a schema)', async () => {
    const { renderDataModel } = await import('../scripts/docs/data-model.js');
    const root = path.resolve(import.meta.dirname, '..');
    const schema = JSON.parse(readFileSync(path.join(root, 'src', 'generated', 'corpus.schema.json'), 'utf8'));
    expect(readFileSync(path.join(root, 'docs', 'data-model.md'), 'utf8')).toBe(renderDataModel(schema));
  });
});
