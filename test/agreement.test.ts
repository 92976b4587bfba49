import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { type AgreementFile, agreementReport, readAgreementFiles } from '../scripts/agreement/report.js';
import { corpus } from '../src/index.js';

const dir = path.resolve(import.meta.dirname, '..', 'data', 'agreement');
const real = readAgreementFiles(dir);
const C = corpus as never;

/** A one-unit agreement file about a real citation, for breaking. */
const oneUnit = (unit: Partial<AgreementFile['units'][number]>): AgreementFile => ({
  article: 'globaltimes-2022-01-10-wang-yi-call',
  reading: { reader: 'test', date: '2026-12-01', units: 'given' },
  units: [{ unit: 'C1', collection: 'citations', record: 'gt-wang-supports-end-violence', first: { speaker: 'wang-yi', mode: 'indirect', channel: 'phone-call' }, second: { speaker: 'wang-yi', mode: 'indirect', channel: 'phone-call', addressee: 'mukhtar-tileuberdi' }, ...unit }],
  missing: [],
});

describe('the blind second reading (data/agreement)', () => {
  it('covers every article, and every disagreement is adjudicated consistently with the corpus', () => {
    expect(real.map((f) => f.article).sort()).toEqual(corpus.articles.map((a) => a.id).sort());
    expect(agreementReport(real, C).problems).toEqual([]);
  });

  it('meets the codebook targets: alpha >= 0.8 for mode, voice and qualifier, >= 0.67 for stance', () => {
    const fields = agreementReport(real, C).fields;
    for (const f of fields.filter((x) => x.target !== null)) expect(f.alpha, `${f.collection}.${f.field}`).toBeGreaterThanOrEqual(f.target!);
  });

  it('labels every citation, claim mention and figure the first annotation had', () => {
    const units = real.flatMap((f) => f.units);
    const n = (c: string) => units.filter((u) => u.collection === c).length;
    // The first annotation's counts (before the v2 re-reading added and removed records).
    expect([n('citations'), n('claimMentions'), n('figures')]).toEqual([85, 201, 22]);
  });

  it('accepts an agreeing unit and reports an unadjudicated disagreement, naming the unit and the three values', () => {
    expect(agreementReport([oneUnit({})], C).problems).toEqual([]);
    const problems = agreementReport([oneUnit({ second: { speaker: 'xi-jinping', mode: 'indirect', channel: 'phone-call', addressee: 'mukhtar-tileuberdi' } })], C).problems;
    expect(problems).toEqual(['globaltimes-2022-01-10-wang-yi-call C1 (gt-wang-supports-end-violence): speaker is "wang-yi" in the first annotation, "xi-jinping" in the blind reading and "wang-yi" in the corpus, with no adjudication note']);
    const adjudicated = oneUnit({ second: { speaker: 'xi-jinping', mode: 'indirect', channel: 'phone-call', addressee: 'mukhtar-tileuberdi' }, adjudication: { fields: { speaker: 'kept' } } });
    expect(agreementReport([adjudicated], C).problems).toEqual([]);
  });

  it('reports a removal the corpus contradicts, a vanished record and an added item that is not there', () => {
    expect(agreementReport([oneUnit({ adjudication: { record: 'removed', note: 'gone' } })], C).problems[0]).toMatch(/adjudicated as removed, but the record is still in the corpus/);
    expect(agreementReport([oneUnit({ record: 'no-such-citation' })], C).problems[0]).toMatch(/the record is not in the corpus/);
    const file = { ...oneUnit({}), missing: [{ layer: 'citation' as const, span: 'x', why: 'y', decision: 'added' as const, records: [{ collection: 'citations' as const, id: 'no-such-citation' }], note: 'z' }] };
    expect(agreementReport([file], C).problems).toEqual(['globaltimes-2022-01-10-wang-yi-call missing "x": citations no-such-citation is not in the corpus']);
  });

  it('computes agreement from the first annotation, not from the adjudicated corpus', () => {
    // One changed stance in a mention the corpus keeps: percent agreement falls below 1 even though the note adjudicates it.
    const m = corpus.claimMentions.find((x) => x.article === 'globaltimes-2022-01-10-wang-yi-call' && x.stance === 'reports')!;
    const file: AgreementFile = { ...oneUnit({}), units: [
      { unit: 'M1', collection: 'claimMentions', record: m.id, first: { voice: m.voice, stance: 'endorses' }, second: { voice: m.voice, stance: 'reports', assertion: m.assertion }, adjudication: { fields: { stance: 'reader adopted' } } },
      { unit: 'M2', collection: 'claimMentions', record: m.id, first: { voice: m.voice, stance: 'reports' }, second: { voice: m.voice, stance: 'reports', assertion: m.assertion } },
    ] };
    const stance = agreementReport([file], C).fields.find((f) => f.field === 'stance')!;
    expect([stance.units, stance.percent, stance.secondKept]).toEqual([2, 0.5, 1]);
  });

  it('rejects a malformed file with its name and the path of the bad value', () => {
    const tmp = mkdtempSync(path.join(tmpdir(), 'agreement-'));
    writeFileSync(path.join(tmp, 'globaltimes-2022-01-10-wang-yi-call.yaml'), stringify({ ...oneUnit({}), missing: [{ layer: 'quote', span: 'x', why: 'y', decision: 'added', records: [], note: 'z' }] }));
    expect(() => readAgreementFiles(tmp)).toThrow(/globaltimes-2022-01-10-wang-yi-call\.yaml: missing\.0\.layer: /);
  });
});
