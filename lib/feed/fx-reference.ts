// The FX table shipped in the bundled feed. These are APPROXIMATE reference rates (rounded
// mid-market levels for late November 2026) for showing a EUR or JPY figure next to its USD
// equivalent; they are not quotes and not for accounting. A user feed may carry its own table.
import type { FxTable } from './types';

export const FX_REFERENCE: FxTable = {
  date: '2026-11-20',
  base: 'USD',
  usdPer: {
    USD: 1,
    EUR: 1.16,
    GBP: 1.33,
    JPY: 0.0066,
    CNY: 0.1405,
    INR: 0.0113,
    KRW: 0.00069,
    CAD: 0.715,
    AUD: 0.65,
    CHF: 1.25,
    SEK: 0.105,
    NOK: 0.098,
    DKK: 0.155,
    SAR: 0.2667, // pegged at 3.75 per USD
    AED: 0.2723, // pegged at 3.6725 per USD
    QAR: 0.2747, // pegged at 3.64 per USD
    SGD: 0.77,
    HKD: 0.1285, // pegged band 7.75–7.85
    TWD: 0.0315,
    BRL: 0.185,
    MXN: 0.054,
    ILS: 0.3,
  },
  source:
    'DealLens approximate reference rates as of 2026-11-20 (rounded mid-market levels; not quotes). ' +
    'Used only to show a converted figure next to the original currency.',
};
