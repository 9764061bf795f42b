import { describe, expect, it } from 'vitest';
import { isDealOnPage } from './on-page';

describe('isDealOnPage', () => {
  it('is on the page with both parties named, or with a matching figure, and not with one party alone', () => {
    expect(isDealOnPage({ partiesOnPage: ['Alpha', 'Beta'], figureIndexes: [] })).toBe(true);
    expect(isDealOnPage({ partiesOnPage: ['Alpha'], figureIndexes: [3] })).toBe(true);
    expect(isDealOnPage({ partiesOnPage: [], figureIndexes: [0] })).toBe(true);
    expect(isDealOnPage({ partiesOnPage: ['Alpha'], figureIndexes: [] })).toBe(false);
    expect(isDealOnPage({ partiesOnPage: [], figureIndexes: [] })).toBe(false);
  });
});
