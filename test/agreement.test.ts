import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { framingAgreementReport, readFramingAgreementFiles } from '../scripts/agreement/framing.js';
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

describe('the blind second reading of the framing layer (data/agreement/framing)', () => {
  const framingDir = path.join(dir, 'framing');
  const files = readFramingAgreementFiles(framingDir);
  const rt = () => structuredClone(files.find((f) => f.article === 'rt-2022-04-27-color-revolution-warning')!);

  it('covers every article, and every disagreement is adjudicated consistently with the corpus', () => {
    expect(files.map((f) => f.article).sort()).toEqual(corpus.articles.map((a) => a.id).sort());
    expect(framingAgreementReport(files, C).problems).toEqual([]);
  });

  it('gave the reader every label of the first annotation as a unit', () => {
    // 117 labels when the reading was made; the adjudication removed one (RT's offered "Chinese security forces").
    expect(files.reduce((n, f) => n + f.labels.length, 0)).toBe(117);
    expect(corpus.labels.length).toBe(116);
  });

  it('computes set agreement as F1 over one-to-one matches: 2 x matched / (first + second)', () => {
    const file = rt();
    file.techniques = { matched: file.techniques.matched.slice(0, 1), firstOnly: file.techniques.firstOnly.slice(0, 1), secondOnly: file.techniques.secondOnly.slice(0, 2) };
    const r = framingAgreementReport([file], C).techniques;
    expect([r.first, r.second, r.matched]).toEqual([2, 3, 1]);
    expect(r.f1).toBeCloseTo(0.4, 10);
  });

  it('reports a reader\'s span with no decision, and a decision the corpus contradicts, naming the span', () => {
    const undecided = rt();
    delete undecided.techniques.secondOnly[0]!.adjudication;
    const text = undecided.techniques.secondOnly[0]!.second.span.text;
    expect(framingAgreementReport([undecided], C).problems).toEqual([expect.stringContaining(`"${text}"`)]);
    const contradicted = rt();
    contradicted.techniques.secondOnly[0]!.adjudication = { decision: 'added', record: 'rt-2022-04-27-color-revolution-warning@0-1/Doubt', note: 'x' };
    expect(framingAgreementReport([contradicted], C).problems[0]).toMatch(/adjudicated as added, but names no record in the corpus/);
    const kept = rt();
    kept.roles.firstOnly[0]!.adjudication = { decision: 'removed', note: 'x' };
    expect(framingAgreementReport([kept], C).problems[0]).toMatch(/adjudicated as removed, but it is still in the corpus/);
  });

  it('reports a label field that differs with no note, and a frame in one reading only with no note', () => {
    const file = rt();
    file.labels[0]!.second.label = 'protests';
    expect(framingAgreementReport([file], C).problems).toEqual([expect.stringMatching(/L1 .*: label is "color-revolution" first, "protests" in the blind reading and "color-revolution" in the corpus, with no adjudication note/)]);
    const frames = rt();
    frames.frames.second.push('Morality');
    expect(framingAgreementReport([frames], C).problems).toEqual([expect.stringMatching(/frame Morality is not in the first annotation, in the blind reading and not in the corpus/)]);
  });
});
