import { describe, expect, it } from 'vitest';
import { tokenize } from './tokens';
import { parseDigits, readNumber, readScale } from './numbers';

const read = (s: string, article = false) => readNumber(tokenize(s), 0, article);

describe('numbers', () => {
  it('parses digits with separators and rejects absurd lengths', () => {
    expect(parseDigits('1,234,567.5')).toBe(1234567.5);
    expect(parseDigits('9'.repeat(40))).toBeNull();
  });
  it('reads number words, compounds and hundreds', () => {
    expect(read('twenty-five')?.value).toBe(25);
    expect(read('two hundred')?.value).toBe(200);
    expect(read('Ten')?.value).toBe(10);
    expect(read('dozen')).toBeNull();
  });
  it('reads articles and "half a" only when asked', () => {
    expect(read('a')).toBeNull();
    expect(read('a', true)?.value).toBe(1);
    expect(read('half-a-', true)?.value).toBe(0.5);
  });
  it('reads letter scales only when allowed and close to the number', () => {
    const t = tokenize('5bn 5 billion 5  bn');
    expect(readScale(t, 1, true).multiplier).toBe(1e9);
    expect(readScale(t, 1, false).multiplier).toBe(1);
    expect(readScale(t, 3, false).multiplier).toBe(1e9);
    expect(readScale(t, 5, true).multiplier).toBe(1);
  });
});

describe('numbers: compound Indian scales and glued currency codes', () => {
  it('multiplies "lakh crore" and "thousand crore"', () => {
    expect(readScale(tokenize('5 lakh crore'), 1, false)).toEqual({ multiplier: 1e12, to: 3 });
    expect(readScale(tokenize('5 thousand crore'), 1, false)).toEqual({ multiplier: 1e10, to: 3 });
    expect(readScale(tokenize('5 crore lakh'), 1, false)).toEqual({ multiplier: 1e7, to: 2 });
  });
  it('splits a currency code from a glued amount but keeps part numbers whole', () => {
    expect(tokenize('USD3bn GB200 EURO5').map((t) => t.text)).toEqual(['USD', '3', 'bn', 'GB200', 'EURO5']);
  });
});
