import { describe, expect, it } from 'vitest';
import { formatHash, parseHash } from './hash';

describe('explorer hash', () => {
  it('reads company and deal deep links, the network view by default', () => {
    expect(parseHash('#company=xAI')).toEqual({ view: 'network', company: 'xAI', deal: '' });
    expect(parseHash('#deal=anthropic-xai-2026&view=table')).toEqual({
      view: 'table',
      company: '',
      deal: 'anthropic-xai-2026',
    });
    expect(parseHash('#company=Alpha%20Lab%20%26%20Co')).toMatchObject({ company: 'Alpha Lab & Co' });
    expect(parseHash('#view=bogus').view).toBe('network');
    expect(parseHash('')).toEqual({ view: 'network', company: '', deal: '' });
  });
  it('round-trips', () => {
    const loc = { view: 'timeline' as const, company: 'Core Weave & Sons', deal: 'x=1' };
    expect(parseHash(formatHash(loc))).toEqual(loc);
    expect(formatHash({ view: 'network', company: 'xAI', deal: '' })).toBe('#company=xAI');
    expect(formatHash({ view: 'network', company: 'A B', deal: '' })).toBe('#company=A%20B');
  });
});
