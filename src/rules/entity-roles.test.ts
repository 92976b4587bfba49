import { describe, expect, it } from 'vitest';
import { at, check, miniCorpus, where } from '../../test/support/mini-corpus.js';
import { entityRoles } from './entity-roles.js';

const rule = entityRoles;

describe('entity-roles', () => {
  it('accepts the valid mini corpus', () => {
    expect(check(rule, miniCorpus())).toEqual([]);
  });

  it('rejects a fine role of another main role, naming the valid ones', () => {
    const corpus = miniCorpus();
    corpus.entityRoles[0]!.fine = ['Guardian'];
    expect(check(rule, corpus)).toMatchObject([{ ...where('entityRoles', 0, corpus.entityRoles[0]!.id, 'fine'), message: 'fine role "Guardian" is not a Antagonist role' }]);
    expect(check(rule, corpus)[0]!.fix).toContain('Foreign Adversary');
  });

  it('requires the span to be a mention of the entity', () => {
    const corpus = miniCorpus();
    corpus.entityRoles[0]!.span = at('Police');
    expect(check(rule, corpus)).toMatchObject([{ field: 'span', message: 'span "Police" is not a mention of xi-jinping in the mentions layer' }]);
  });

  it('ties the voice to the citations', () => {
    const corpus = miniCorpus();
    corpus.entityRoles[0]!.voice = 'attributed';
    corpus.entityRoles[0]!.citation = 'mini-xi-coup';
    expect(check(rule, corpus)).toMatchObject([{ field: 'citation', fix: "the mention is in the outlet's own words: use voice authorial" }]);
  });

  it('merges duplicate castings of one entity in one voice and main role', () => {
    const corpus = miniCorpus();
    corpus.entityRoles.push({ ...corpus.entityRoles[0]!, id: 'second', fine: ['Instigator'] });
    expect(check(rule, corpus)).toMatchObject([{ ...where('entityRoles', 1, 'second', 'main') }]);
  });

  it('requires every mentioned entity to be cast or uncast, and never both', () => {
    const missing = miniCorpus();
    missing.framing[0]!.uncast = [];
    expect(check(rule, missing)).toMatchObject([{ ...where('framing', 0, 'mini-article', 'uncast'), message: 'almaty is mentioned in content but neither cast in a role nor listed as uncast' }]);
    const both = miniCorpus();
    both.framing[0]!.uncast.push({ entity: 'xi-jinping', note: 'x' });
    expect(check(rule, both)).toMatchObject([{ field: 'uncast.1', message: 'xi-jinping is listed as uncast but has a role record' }]);
    const stale = miniCorpus();
    stale.framing[0]!.uncast.push({ entity: 'kazakhstan', note: 'x' });
    expect(check(rule, stale)).toMatchObject([{ field: 'uncast.1', message: 'kazakhstan is listed as uncast but the article does not mention it in content' }]);
  });
});
