import { describe, expect, it } from 'vitest';
import { channelShare } from './channel-share.js';

const entity = (id: string, country: string | null) => ({ id, country }) as never;
const citation = (speaker: string | null, channel: string | null, channelBasis: string | null, mode = 'indirect', sources: string[] = []) =>
  ({ speaker, channel, channelBasis, mode, sources }) as never;

describe('channelShare', () => {
  it('counts known channels by speaker country, text and sources apart, and leaves scare quotes out', () => {
    const rows = channelShare({
      entities: [entity('xi', 'CN'), entity('biden', 'US'), entity('eu', null)],
      citations: [
        citation('xi', 'verbal-message', 'stated'),
        citation('xi', 'phone-call', 'external', 'indirect', ['readout']),
        citation('xi', 'unspecified', null),
        citation('biden', 'speech', 'external', 'direct', ['transcript']),
        citation('biden', 'unspecified', null, 'indirect', ['candidate']),
        citation('eu', 'statement', 'inferred'),
        citation(null, null, null, 'scare-quote'),
        citation('biden', null, null, 'scare-quote'),
      ],
    });
    expect(rows).toEqual([
      { country: 'CN', citations: 3, known: 2, fromText: 1, fromSources: 1, withSources: 1 },
      { country: 'US', citations: 2, known: 1, fromText: 0, fromSources: 1, withSources: 2 },
      { country: 'none', citations: 1, known: 1, fromText: 1, fromSources: 0, withSources: 0 },
    ]);
  });
});
