import { describe, expect, it } from 'vitest';
import { pageConvention, resolveDigits } from './separators';

describe('resolveDigits', () => {
  it('reads firm conventions', () => {
    expect(resolveDigits('1.500', 'decimal', 'group', undefined)).toBe('1500');
    expect(resolveDigits('1,000', 'decimal', 'group', undefined)).toBe('1.000');
    expect(resolveDigits('1.500,25', 'decimal', 'group', undefined)).toBe('1500.25');
    expect(resolveDigits('2,375', 'group', 'decimal', undefined)).toBe('2375');
    expect(resolveDigits('102.4', 'group', 'decimal', undefined)).toBe('102.4');
  });
  it('leaves a lone separator before three digits unclear when the language is unknown', () => {
    expect(resolveDigits('1.500', undefined, undefined, undefined)).toBeNull();
    expect(resolveDigits('2,500', undefined, undefined, undefined)).toBeNull();
    expect(resolveDigits('2,5', undefined, undefined, undefined)).toBe('2.5');
    expect(resolveDigits('1,234,567', undefined, undefined, undefined)).toBe('1234567');
    expect(resolveDigits('1.2.3', undefined, undefined, undefined)).toBeNull();
  });
  it('decides a "page" separator by the page, else by a zero-ending group', () => {
    expect(resolveDigits('7,325', 'page', 'group', 'us')).toBe('7325');
    expect(resolveDigits('7,325', 'page', 'group', 'eu')).toBe('7.325');
    expect(resolveDigits('7,325', 'page', 'group', undefined)).toBeNull();
    expect(resolveDigits('15,000', 'page', 'group', undefined)).toBe('15000');
  });
  it('takes the page convention from its unambiguous numbers', () => {
    expect(pageConvention(['1,234,567', '3.5', '7,325'])).toBe('us');
    expect(pageConvention(['1.234.567', '3,5'])).toBe('eu');
    expect(pageConvention(['7,325'])).toBeUndefined();
  });
});
