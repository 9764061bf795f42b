import { describe, expect, it } from 'vitest';
import { modelKeys } from './models';

describe('modelKeys', () => {
  it('finds part numbers, including slashed lists', () => {
    expect(modelKeys('Nvidia GB200/GB300 (several hundred thousand)')).toEqual(['GB200', 'GB300']);
    expect(modelKeys('H100 SXM 80GB')).toEqual(['H100']);
    expect(modelKeys('Instinct MI300X (192GB HBM3)')).toEqual(['MI300X']);
  });
  it('names families only when no member part is named', () => {
    expect(modelKeys('Blackwell systems and GB300 racks')).toEqual(['GB300']);
    expect(modelKeys('Nvidia Blackwell and Vera Rubin parts')).toEqual(['Rubin', 'Blackwell']);
  });
  it('knows non-Nvidia accelerators and returns nothing for vague text', () => {
    expect(modelKeys('AWS Trainium2 chips')).toEqual(['Trainium2']);
    expect(modelKeys('Google TPU (incl. Ironwood)')).toEqual(['TPU', 'TPU Ironwood']);
    expect(modelKeys('custom accelerators of its own design')).toEqual([]);
    expect(modelKeys(null)).toEqual([]);
  });
});
