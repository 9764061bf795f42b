import { describe, expect, it } from 'vitest';
import type { Accelerator } from '../feed/types';
import {
  acceleratorsForPower,
  annualValue,
  chooseAccelerator,
  compareToMarket,
  findAccelerator,
  impliedPricePerGpuHour,
  marketHourlyRange,
  powerForAccelerators,
  purchaseCost,
  rentalValuePerMonth,
  yearlyEnergyWh,
} from './estimates';

const acc = (
  model: string,
  architecture: string | null,
  board: number,
  rows: [number, number][] = [],
): Accelerator => ({
  model,
  vendor: 'V',
  architecture,
  boardPowerWatts: board,
  unitPriceUsd: { low: 20_000, high: 30_000 },
  cloudPricePerGpuHour: rows.map(([low, high]) => ({ low, high, tier: 't', asOf: '2026', source: 's' })),
  sources: [],
});
const REF = [
  acc('H100 SXM 80GB', 'Hopper', 700, [
    [2, 4],
    [1.5, 3],
  ]),
  acc('B200 (SXM, 192GB HBM3e)', 'Blackwell', 1000),
  acc('Instinct MI300X (192GB HBM3)', 'CDNA 3', 750),
];

describe('annualValue', () => {
  it('annualizes rates and spreads totals over their term', () => {
    expect(annualValue(1.25e9, 'month')).toBe(15e9);
    expect(annualValue(3e9, 'quarter')).toBe(12e9);
    expect(annualValue(10e9, 'one-time', 60)).toBe(2e9);
  });
  it('has no yearly value for a bare one-off amount', () => {
    expect(annualValue(10e9, 'one-time')).toBeNull();
  });
});

describe('impliedPricePerGpuHour', () => {
  it('divides the yearly value by count × 8760 hours', () => {
    // $8.76B a year over 100,000 GPUs = $10 per GPU-hour.
    expect(impliedPricePerGpuHour(8.76e9, 100_000)).toBeCloseTo(10, 10);
  });
  it('refuses nonsense inputs', () => {
    expect(impliedPricePerGpuHour(1e9, 0)).toBeNull();
    expect(impliedPricePerGpuHour(0, 10)).toBeNull();
  });
});

describe('findAccelerator / chooseAccelerator', () => {
  it('matches a model token or an architecture', () => {
    expect(findAccelerator(REF, 'H100')?.model).toBe('H100 SXM 80GB');
    expect(findAccelerator(REF, 'MI300X')?.boardPowerWatts).toBe(750);
    expect(findAccelerator(REF, 'Blackwell')?.model).toMatch(/^B200/);
    expect(findAccelerator(REF, 'GB300')).toBeNull();
  });
  it('falls back to the H100 and says it assumed', () => {
    expect(chooseAccelerator(REF, 'TPU')).toEqual({ accelerator: REF[0], assumed: true });
    expect(chooseAccelerator(REF, 'B200')).toEqual({ accelerator: REF[1], assumed: false });
    expect(chooseAccelerator([], null)).toBeNull();
  });
});

describe('power ⇄ accelerators', () => {
  it('adds the overhead factor to board power', () => {
    expect(powerForAccelerators(100_000, 700)).toEqual({ boardWatts: 70e6, facilityWatts: 91e6, overhead: 1.3 });
  });
  it('inverts: a facility of P watts runs floor(P / (board × overhead)) units', () => {
    expect(acceleratorsForPower(1e9, 1000, 1.25)).toBe(800_000);
    const { facilityWatts } = powerForAccelerators(12_345, 700);
    expect(acceleratorsForPower(facilityWatts + 1, 700)).toBe(12_345);
    expect(acceleratorsForPower(-5, 700)).toBe(0);
  });
});

describe('costs and energy', () => {
  it('multiplies the unit-price range', () => {
    expect(purchaseCost(1000, { low: 20_000, high: 30_000 })).toEqual({ low: 20e6, high: 30e6 });
    expect(purchaseCost(1000, null)).toBeNull();
  });
  it('takes the widest market range across tiers', () => {
    expect(marketHourlyRange(REF[0])).toEqual({ low: 1.5, high: 4 });
    expect(marketHourlyRange(REF[1])).toBeNull();
  });
  it('prices a month of rental at 730 hours', () => {
    expect(rentalValuePerMonth(1000, { low: 2, high: 3 })).toEqual({ low: 1_460_000, high: 2_190_000 });
  });
  it('computes yearly energy at full load', () => {
    expect(yearlyEnergyWh(1e9)).toBe(8.76e12);
  });
  it('places a price against the market', () => {
    expect(compareToMarket(1, { low: 2, high: 3 })).toBe('below');
    expect(compareToMarket(2.5, { low: 2, high: 3 })).toBe('within');
    expect(compareToMarket(9, { low: 2, high: 3 })).toBe('above');
  });
});
