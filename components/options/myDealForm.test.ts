import { describe, expect, it } from 'vitest';
import { editFromForm, formOf, parseNumber } from './myDealForm';

const LABELS = { amount: 'Amount', termMonths: 'Term (months)' };
const EDIT = {
  title: 'Kestrel lease',
  kind: 'compute-lease',
  status: 'confirmed',
  amount: 450e6,
  currency: 'USD',
  period: 'year',
  termMonths: 48,
} as const;

describe('the My deals edit form', () => {
  it('reads plain and grouped numbers, and an empty field as no value', () => {
    expect(parseNumber('450000000')).toBe(450e6);
    expect(parseNumber(' 450,000,000 ')).toBe(450e6);
    expect(parseNumber('2.5')).toBe(2.5);
    expect(parseNumber('')).toBeNull();
  });
  it('refuses what could be read two ways or is no number', () => {
    for (const s of ['1.000.000', '45,00', '12abc', '-5', '$450M', '1e9']) expect(parseNumber(s)).toBeUndefined();
  });
  it('turns the form back into the edit it started from, and names each bad number field', () => {
    expect(editFromForm(formOf(EDIT), LABELS)).toEqual({ ok: true, edit: EDIT });
    const bad = editFromForm({ ...formOf(EDIT), amount: 'lots', termMonths: 'x', period: '' }, LABELS);
    expect(bad).toEqual({
      ok: false,
      errors: ['Amount: enter a number, or leave it empty', 'Term (months): enter a number, or leave it empty'],
    });
  });
});
