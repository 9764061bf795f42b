import { describe, expect, it } from 'vitest';
import { extract } from './test-support';
import { tokenize } from './tokens';

describe('createExtractor', () => {
  it('returns mentions of every type sorted by start, each the slice it names', () => {
    const text = 'Microsoft will pay Nebius $17.4bn over five years for 100,000 Nvidia GB300 GPUs and 1.2 GW of power.';
    const mentions = extract(text);
    expect(mentions.map((m) => m.type)).toEqual(['company', 'company', 'money', 'gpu', 'company', 'power']);
    for (const m of mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(mentions.map((m) => m.start)).toEqual(mentions.map((m) => m.start).sort((a, b) => a - b));
  });
  it('handles empty and non-string input without throwing', () => {
    expect(extract('')).toEqual([]);
    expect(extract(undefined as unknown as string)).toEqual([]);
  });
  it("the document carries the tokenizer's tokens once, kept out of its JSON", () => {
    const text = 'Halvorsen Inc. will pay Nebius $2bn.\nIt said so.';
    const doc = extract.document(text);
    expect(doc.tokens).toEqual(tokenize(text));
    expect(doc.sentences).toHaveLength(2);
    expect(JSON.parse(JSON.stringify(doc))).not.toHaveProperty('tokens');
  });
  it('reads no figure from words that name object properties ("constructor", "valueOf")', () => {
    const brief = (text: string) => extract(text).map((m) => `${m.type}:${m.text}`);
    expect(brief('The constructor 500 billion plan was shelved.')).toEqual([]);
    expect(brief('A constructor $5 billion deal.')).toEqual(['money:$5 billion']);
    expect(brief('It took 5 constructor of power and valueOf 40 million.')).toEqual([]);
  });
});
