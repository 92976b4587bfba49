import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { at, check, miniCorpus, where } from '../../test/support/mini-corpus.js';
import { STANCES } from '../schema/claim.js';
import { citationClaims } from './citation-claims.js';

const rule = citationClaims;

describe('citation-claims', () => {
  it('accepts the valid mini corpus', () => {
    expect(check(rule, miniCorpus())).toEqual([]);
  });

  it('reports an authorial mention that links a citation', () => {
    const corpus = miniCorpus();
    corpus.claimMentions[0]!.citation = 'mini-xi-coup';
    expect(check(rule, corpus)).toMatchObject([{
      ...where('claimMentions', 0, corpus.claimMentions[0]!.id, 'citation'),
      message: 'authorial mention of calm-returned-to-almaty links citation mini-xi-coup',
    }]);
  });

  it('accepts exactly the stances that fit each voice', () => {
    fc.assert(fc.property(fc.constantFrom(...STANCES), fc.constantFrom('authorial', 'attributed' as const), (stance, voice) => {
      const corpus = miniCorpus();
      const index = voice === 'authorial' ? 0 : 1;
      corpus.claimMentions[index]!.stance = stance;
      const issues = check(rule, corpus);
      const fits = voice === 'authorial' ? ['asserts', 'questions', 'disputes'].includes(stance) : stance !== 'asserts';
      return fits
        ? issues.length === 0
        : issues.length === 1 && issues[0]!.field === 'stance' && issues[0]!.index === index && issues[0]!.message.endsWith(`has stance ${stance}`);
    }));
  });

  it('reports an attributed mention with no citation (and the citation left without its mention)', () => {
    const corpus = miniCorpus();
    corpus.claimMentions[1]!.citation = null;
    expect(check(rule, corpus)).toMatchObject([
      { ...where('claimMentions', 1, corpus.claimMentions[1]!.id, 'citation'), message: 'attributed mention of unrest-was-coup names no citation' },
      { ...where('citations', 0, 'mini-xi-coup', 'claims'), message: 'citation mini-xi-coup lists claim unrest-was-coup, but no claim mention links them' },
    ]);
  });

  it('reports a citation that does not list the mentioned claim', () => {
    const corpus = miniCorpus();
    corpus.citations[0]!.claims = [];
    expect(check(rule, corpus)).toMatchObject([{ ...where('claimMentions', 1, corpus.claimMentions[1]!.id, 'claim'), message: 'citation mini-xi-coup does not list claim unrest-was-coup' }]);
  });

  it('reports a linked citation of another article', () => {
    const corpus = miniCorpus();
    corpus.citations[0]!.article = 'other-article';
    expect(check(rule, corpus)).toMatchObject([{ field: 'citation', message: 'citation mini-xi-coup is in article other-article, not mini-article' }]);
  });

  it('reports a mention that overlaps neither the content nor the cue of its citation', () => {
    const corpus = miniCorpus();
    corpus.claimMentions[1]!.span = at('On Monday');
    expect(check(rule, corpus)).toMatchObject([{ field: 'span', message: 'mention of unrest-was-coup does not overlap the content of citation mini-xi-coup' }]);
    corpus.claimMentions[1]!.span = at('said');
    expect(check(rule, corpus)).toEqual([]);
  });

  it('reports a non-scare-quote citation without speaker or channel, and allows both null for a scare quote', () => {
    const corpus = miniCorpus();
    corpus.citations[0]!.speaker = null;
    corpus.citations[0]!.channel = null;
    expect(check(rule, corpus)).toMatchObject([
      { ...where('citations', 0, 'mini-xi-coup', 'speaker'), message: 'mixed citation mini-xi-coup has no speaker' },
      { ...where('citations', 0, 'mini-xi-coup', 'channel'), message: 'mixed citation mini-xi-coup has no channel' },
    ]);
    corpus.citations[0]!.mode = 'scare-quote';
    expect(check(rule, corpus)).toEqual([]);
  });
});
