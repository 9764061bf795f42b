import { describe, expect, it } from 'vitest';
import type { Mention } from '../extract/types';
import type { TextMap } from '../dom/textmap';
import { newPageState, noteUnclear, unclearTotal } from './page-state';
import { pageSummary } from './tab-requests';
import { readingContext } from './company-context';
import type { Company } from '../feed/types';

/** One chunk of text on a node that stays on the page, with its mentions. */
function withChunk(state: ReturnType<typeof newPageState>, text: string, mentions: Mention[]) {
  const map: TextMap<Text> = {
    text,
    segments: [{ node: { isConnected: true } as unknown as Text, start: 0, end: text.length, nodeStart: 0 }],
  };
  state.index.addChunk(map, mentions);
}
const threeBillion: Mention = {
  type: 'money',
  text: '$3 billion',
  start: 15,
  end: 25,
  currency: 'USD',
  amount: 3e9,
  period: 'one-time',
};

describe('unclear figures', () => {
  it('counts per window, a window read again replacing its count and a clear one forgetting it', () => {
    const unclear = new Map<string, number>();
    noteUnclear(unclear, 'window a', 2);
    noteUnclear(unclear, 'window b', 1);
    expect(unclearTotal(unclear)).toBe(3);
    noteUnclear(unclear, 'window a', 1);
    expect(unclearTotal(unclear)).toBe(2);
    noteUnclear(unclear, 'window b', 0);
    expect([...unclear.keys()]).toEqual(['window a']);
  });
});

describe('pageSummary', () => {
  it('reports the mentions with their page-wide ids, the lookup and the unclear count', () => {
    const state = newPageState(false);
    withChunk(state, 'Quillfort pays $3 billion.', [threeBillion]);
    noteUnclear(state.unclear, 'Quillfort pays $3 billion.', 1);
    const s = pageSummary(state, 'https://news.example/a');
    expect(s).toMatchObject({ url: 'https://news.example/a', enabled: true, lookup: null, unclear: 1 });
    expect(s.mentions.map((m) => m.text)).toEqual(['$3 billion']);
    expect(s.mentionIds).toEqual([state.index.pageId(0)]);
    expect(s).not.toHaveProperty('reason');
  });

  it('says why a page is not annotated', () => {
    const state = newPageState(false);
    state.reason = 'disabled-site';
    expect(pageSummary(state, 'https://news.example/b')).toMatchObject({ enabled: false, reason: 'disabled-site' });
  });
});

describe('readingContext', () => {
  it("answers a company's kind from the dictionary, nothing for an unknown name", () => {
    const companies = [{ name: 'Voltmere Energy', aliases: [], kind: 'energy' } as unknown as Company];
    const ctx = readingContext(companies);
    expect(ctx.companyKind?.('Voltmere Energy')).toBe('energy');
    expect(ctx.companyKind?.('Nobody Ltd')).toBeUndefined();
  });
});
