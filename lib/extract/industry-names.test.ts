import { describe, expect, it } from 'vitest';
import { only } from './test-support';

const names = (text: string) => only('company', text).map((m) => [m.text, m.canonical]);

describe('companies: names ending in an industry word', () => {
  it('finds an unknown "<Word> Compute/AI/Power" and its short form later', () => {
    expect(names('Pembrook Compute will lease racks to Ardenne AI. Pembrook said the deal runs five years.')).toEqual([
      ['Pembrook Compute', 'Pembrook Compute'],
      ['Ardenne AI', 'Ardenne AI'],
      ['Pembrook', 'Pembrook Compute'],
    ]);
  });
  it('takes no descriptor, product, place or owned brand', () => {
    expect(names('Generative AI lifted demand for Blackwell AI servers near Texas Power lines.')).toEqual([]);
    expect(names('Nvidia added GPUs to its Solenne Cloud last year.')).toEqual([['Nvidia', 'Nvidia']]);
    expect(names('Clients include the Marine Intelligence Agency.')).toEqual([]);
  });
  it('takes more industry words, and a title after the name', () => {
    expect(names('Tarnow Photonics CEO Ola Berg said Kelby Mining would buy its optics.')).toEqual([
      ['Tarnow Photonics', 'Tarnow Photonics'],
      ['Kelby Mining', 'Kelby Mining'],
    ]);
  });
});
