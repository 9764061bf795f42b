import { describe, expect, it } from 'vitest';
import { lowerText, sentenceInitial, tokenize } from './tokens';

describe('tokenize', () => {
  it('keeps digits with separators together and splits marks, words and units', () => {
    expect(tokenize('US$1,250.5bn; 5GW H100s').map((t) => t.text)).toEqual([
      'US',
      '$',
      '1,250.5',
      'bn',
      ';',
      '5',
      'GW',
      'H100s',
    ]);
  });
  it('does not glue a trailing separator to a number', () => {
    expect(tokenize('1,2, and 3.').map((t) => t.text)).toEqual(['1,2', ',', 'and', '3', '.']);
  });
  it('records offsets that slice back to the token', () => {
    const text = '  Café — €3 ';
    for (const t of tokenize(text)) expect(text.slice(t.start, t.end)).toBe(t.text);
  });
  it('splits sentences at end marks and newlines, not after abbreviations', () => {
    const tokens = tokenize('Acme Inc. rose. Then it fell\nNew line');
    const sentenceOf = (w: string) => tokens.find((t) => t.text === w)!.sentence;
    expect(sentenceOf('Acme')).toBe(sentenceOf('rose'));
    expect(sentenceOf('Then')).toBe(sentenceOf('rose') + 1);
    expect(sentenceOf('New')).toBe(sentenceOf('fell') + 1);
  });
  it('knows sentence-initial tokens behind quotes and bullets', () => {
    const tokens = tokenize('- "Arm said so." Then Arm left.');
    const arms = tokens.flatMap((t, i) => (t.text === 'Arm' ? [i] : []));
    expect(sentenceInitial(tokens, arms[0])).toBe(true);
    expect(sentenceInitial(tokens, arms[1])).toBe(false);
  });
});

describe('lowerText', () => {
  it('lowers exactly as toLowerCase does, short or long, ASCII or not', () => {
    for (const s of [
      'Billion',
      'GW',
      'x',
      '',
      'Ünd',
      'ΣΑΣ',
      '7'.repeat(50),
      `${'7'.repeat(50)}A`,
      `${'a'.repeat(40)}É`,
    ]) {
      expect(lowerText(s)).toBe(s.toLowerCase());
    }
    expect(lowerText(undefined)).toBeUndefined();
  });
  it('hands back the same string when a long token has nothing to lower (no copy)', () => {
    const digits = '1,'.repeat(1000);
    expect(lowerText(digits)).toBe(digits);
    const seen = { calls: 0 };
    const spy = new Proxy(String.prototype.toLowerCase, {
      apply(target, self: string) {
        seen.calls++;
        return target.call(self);
      },
    });
    const original = String.prototype.toLowerCase;
    String.prototype.toLowerCase = spy as typeof original;
    try {
      lowerText(digits);
      lowerText('Billion');
    } finally {
      String.prototype.toLowerCase = original;
    }
    expect(seen.calls).toBe(1);
  });
});
