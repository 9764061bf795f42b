// Property tests: for any input the extractor never throws, every mention's text is the slice it
// claims, values are finite, and cost grows linearly (measured as a ratio, never as wall-clock).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { extract } from './test-support';
import { hasCandidates } from './prefilter';
import type { Mention } from './types';
import { PATHOLOGICAL } from '../../test/fixtures/text/pathological';

const pieces = [
  '$',
  '€',
  '£',
  '¥',
  '₹',
  'US$',
  'USD ',
  '1',
  '2,500',
  '3.5',
  '0',
  ',',
  '.',
  '-',
  '+',
  '/',
  ' ',
  '\n',
  'bn',
  'B',
  'M',
  'k',
  ' billion',
  ' million',
  ' crore',
  ' GW',
  ' MW',
  '-gigawatt',
  ' TWh',
  ' GPUs',
  ' H100s',
  ' Nvidia',
  ' AWS',
  "'s",
  ' Inc.',
  ' Capital',
  ' per month',
  ' a year',
  ' over five years',
  'hundreds of ',
  'thousands of ',
  'between ',
  ' and ',
  ' to ',
  'half a',
  ' dollars',
  ' euros',
  ' of its',
  ' chips',
  'Arm',
  'Meta',
  ', the ',
  'company ',
  '|',
  '[',
  ']',
  '(',
  ')',
];
const newsy = fc.array(fc.constantFrom(...pieces), { maxLength: 60 }).map((a) => a.join(''));
const anyText = fc.oneof(fc.string({ maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 100 }), newsy);

function finiteValues(m: Mention): boolean {
  const nums = Object.values(m).filter((v) => typeof v === 'number') as number[];
  return nums.every((v) => Number.isFinite(v));
}

describe('extractor properties', () => {
  it('never throws, keeps text === slice, sorted, finite values', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const mentions = extract(text);
        let last = -1;
        for (const m of mentions) {
          expect(m.text).toBe(text.slice(m.start, m.end));
          expect(m.start).toBeGreaterThanOrEqual(last);
          expect(m.end).toBeGreaterThan(m.start);
          expect(finiteValues(m)).toBe(true);
          last = m.start;
        }
        expect(typeof hasCandidates(text)).toBe('boolean');
      }),
      { numRuns: 400 },
    );
  });
});

/** Best time of a few runs, in ms (only ever compared with another such median). */
function cost(fn: () => void): number {
  const times: number[] = [];
  for (let k = 0; k < 7; k++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  return Math.min(...times);
}

describe('extractor cost is linear in the input', () => {
  for (const [name, make] of PATHOLOGICAL) {
    // A quadratic path fails every try; a noisy neighbour on the shared machine rarely spoils three.
    // The timeout only bounds a slow machine: the assertion is the ratio, never the time.
    it(`10x the input costs far less than 100x the time: ${name}`, { retry: 2, timeout: 120_000 }, () => {
      const small = make(20_000);
      const large = make(200_000);
      extract(small); // warm up
      extract(large);
      const ratio =
        cost(() => extract(large)) /
        Math.max(
          cost(() => extract(small)),
          0.05,
        );
      // Linear would be ~10; quadratic would be ~100. Generous slack for a shared, noisy machine.
      expect(ratio).toBeLessThan(40);
    });
  }
  it('the prefilter is linear too', { retry: 2 }, () => {
    const small = '1,'.repeat(5_000) + ' ' + 'x '.repeat(5_000);
    const large = '1,'.repeat(50_000) + ' ' + 'x '.repeat(50_000);
    const ratio =
      cost(() => hasCandidates(large)) /
      Math.max(
        cost(() => hasCandidates(small)),
        0.01,
      );
    expect(ratio).toBeLessThan(40);
  });
});
