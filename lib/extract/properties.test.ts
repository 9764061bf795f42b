// Property tests: for any input the extractor never throws, every mention's text is the slice it
// claims, values are finite, and cost grows linearly (measured as a ratio, never as wall-clock).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { extract } from './test-support';
import { hasCandidates } from './prefilter';
import type { Mention } from './types';
import { PATHOLOGICAL } from '../../test/fixtures/text/pathological';
import { SUPPORTED_LANGUAGES } from './lang/index';

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
  // Other languages' numbers, scales, currencies and units.
  '1.500',
  '2,5',
  '7 300',
  ' Mrd.',
  ' Mio. ',
  ' milliards d’euros',
  ' millones de dólares',
  ' mil millones',
  'mila',
  ' mld €',
  ' miljard euro',
  'R$ ',
  ' bilhões',
  ' Gigawatt',
  ' zwischen ',
  ' und ',
  ' à ',
  '億',
  '万',
  '兆',
  '亿',
  '円',
  '元人民币',
  '兆瓦',
  '块GPU',
  '조 ',
  '천',
  '억 원',
  '여 장',
  '기가와트',
  'エヌビディア',
  '英伟达',
  '。',
  // Issue 16: a falling price and a year between two amounts.
  'fell from $5 billion to $500 million',
  'from $6 billion in 2023 to $8 billion',
];
const newsy = fc.array(fc.constantFrom(...pieces), { maxLength: 60 }).map((a) => a.join(''));
const anyText = fc.oneof(fc.string({ maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 100 }), newsy);
const anyLang = fc.constantFrom(undefined, ...SUPPORTED_LANGUAGES, 'en-US', 'zh-Hant-TW', 'sv');

function finiteValues(m: Mention): boolean {
  const nums = Object.values(m).filter((v) => typeof v === 'number') as number[];
  return nums.every((v) => Number.isFinite(v));
}

describe('extractor properties', () => {
  it('never throws, keeps text === slice, sorted, finite values', () => {
    fc.assert(
      fc.property(anyText, anyLang, (text, lang) => {
        const { mentions, unclear } = extract.withNotes(text, { lang });
        let last = -1;
        for (const m of mentions) {
          expect(m.text).toBe(text.slice(m.start, m.end));
          expect(m.start).toBeGreaterThanOrEqual(last);
          expect(m.end).toBeGreaterThan(m.start);
          expect(finiteValues(m)).toBe(true);
          // A range's high end is never below its low end.
          if (m.type === 'money' && m.amountHigh !== undefined) expect(m.amountHigh).toBeGreaterThan(m.amount ?? 0);
          if (m.type === 'power' && m.wattsHigh !== undefined) expect(m.wattsHigh).toBeGreaterThan(m.watts ?? 0);
          if (m.type === 'gpu' && m.countHigh !== undefined) expect(m.countHigh).toBeGreaterThan(m.count ?? 0);
          last = m.start;
        }
        for (const u of unclear) expect(u.text).toBe(text.slice(u.start, u.end));
        expect(typeof hasCandidates(text)).toBe('boolean');
      }),
      { numRuns: 800 },
    );
  });
});

/** Shapes that stress the language readers (and issue 16's chain of names sharing a first word). */
const I18N_PATHOLOGICAL: [string, (n: number) => string][] = [
  ['CJK numerals', (n) => '3兆4500億円と2億3,400万ドル、6億7,705万'.repeat(n / 28)],
  ['Korean numerals', (n) => '2조 5천억 원 3만7000개 '.repeat(n / 17)],
  ['separators and scales', (n) => 'zwischen 1.500 und 2,5 Mrd. € de 30.000 à 7 300 '.repeat(n / 48)],
  ['digits and spaces', (n) => '1 000 '.repeat(n / 6)],
];
const NAME_CHAIN = (n: number) => Array.from({ length: n / 16 }, (_, k) => `Foo Bar${k} Inc.`).join(', ');

/** Per-call time in ms: the best of five samples, each repeating the call for at least 5 ms, so a
 *  cheap input (a fraction of a millisecond) is timed above the timer's and the scheduler's noise.
 *  Only ever compared with another such figure. */
function cost(fn: () => void): number {
  let best = Infinity;
  for (let k = 0; k < 5; k++) {
    let calls = 0;
    const t0 = performance.now();
    let elapsed = 0;
    do {
      fn();
      calls++;
      elapsed = performance.now() - t0;
    } while (elapsed < 5);
    best = Math.min(best, elapsed / calls);
  }
  return best;
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
  // One descriptor of each kind (decimal comma, space grouping, Han numerals, Hangul numerals) and English.
  for (const lang of ['en', 'de', 'fr', 'ja', 'ko']) {
    const shapes =
      lang === 'en' || lang === 'de'
        ? [...I18N_PATHOLOGICAL, ['names sharing a first word', NAME_CHAIN] as const]
        : I18N_PATHOLOGICAL;
    for (const [name, make] of shapes) {
      it(
        `read as ${lang}, 10x the input costs far less than 100x the time: ${name}`,
        { retry: 2, timeout: 120_000 },
        () => {
          const small = make(10_000);
          const large = make(100_000);
          extract(small, { lang });
          extract(large, { lang });
          const ratio =
            cost(() => extract(large, { lang })) /
            Math.max(
              cost(() => extract(small, { lang })),
              0.05,
            );
          expect(ratio).toBeLessThan(40);
        },
      );
    }
  }
  it('the prefilter is linear too', { retry: 2, timeout: 120_000 }, () => {
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
