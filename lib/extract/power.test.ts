import { describe, expect, it } from 'vitest';
import { checkMentions, only, type Case } from './test-support';

const check = (cases: Case[]) => checkMentions('power', cases);

describe('power: units, words and hyphens', () => {
  check([
    ['The campus draws 3 GW today.', [{ text: '3 GW', watts: 3e9 }]],
    [
      'It adds 1.5 gigawatts, then 300MW and 50 kW per rack.',
      [{ watts: 1.5e9 }, { text: '300MW', watts: 3e8 }, { text: '50 kW', watts: 5e4 }],
    ],
    ['An 800-megawatt first phase opens in 2027.', [{ text: '800-megawatt', watts: 8e8 }]],
    [
      'A 1.2-gigawatt campus needs a gigawatt of backup.',
      [
        { text: '1.2-gigawatt', watts: 1.2e9 },
        { text: 'a gigawatt', watts: 1e9 },
      ],
    ],
    [
      'Two gigawatts are planned, then one gigawatt more.',
      [
        { text: 'Two gigawatts', watts: 2e9 },
        { text: 'one gigawatt', watts: 1e9 },
      ],
    ],
    ['It needs 130 megawatts (MW) now.', [{ text: '130 megawatts', watts: 1.3e8 }]],
    ['Each site is 500 watts per chip and 2 kilowatts per tray.', [{ watts: 500 }, { watts: 2000 }]],
  ]);
});

describe('power: ranges and vague capacity', () => {
  check([
    ['Plans call for 1-2 GW.', [{ text: '1-2 GW', watts: 1e9, wattsHigh: 2e9 }]],
    ['It will need between 1 and 1.5 gigawatts.', [{ watts: 1e9, wattsHigh: 1.5e9 }]],
    ['Each phase adds 200 to 300 MW.', [{ watts: 2e8, wattsHigh: 3e8 }]],
    ['Operators want hundreds of megawatts.', [{ text: 'hundreds of megawatts', vague: true }]],
  ]);
  it('gives vague power no watts', () => {
    expect(only('power', 'tens of gigawatts are coming')[0]).not.toHaveProperty('watts');
  });
});

describe('power: not energy, land or households', () => {
  check([
    ['The region uses 12 TWh a year and stores 500 GWh.', []],
    ['It produced 40 MWh and 3 GW-hours.', []],
    ['The site covers 2,000 acres and powers 10,000 homes with 3,000 jobs.', []],
    ['The chip draws 45% more in 2026.', []],
  ]);
});

describe('power: size classes', () => {
  check([['The firm plans a gigawatt-scale campus and a 300-MW facility.', [{ text: '300-MW', watts: 3e8 }]]]);
});

describe('power: attached plus', () => {
  check([['A 2GW+ pipeline is planned.', [{ text: '2GW+', watts: 2e9 }]]]);
});

describe('power: ranges whose ends both carry a unit, and odd forms', () => {
  check([
    [
      'It will draw 500MW-1GW over time and 0.5 GW at once.',
      [
        { text: '500MW-1GW', watts: 5e8, wattsHigh: 1e9 },
        { text: '0.5 GW', watts: 5e8 },
      ],
    ],
    [
      'Capacity grows from 300 MW to 1 GW, not 2 GW to 1 GW.',
      [{ text: '300 MW to 1 GW', watts: 3e8, wattsHigh: 1e9 }, { watts: 2e9 }, { watts: 1e9 }],
    ],
    ['The three-gigawatt site and 1.2-1.5 GW of grid supply.', [{ watts: 3e9 }, { watts: 1.2e9, wattsHigh: 1.5e9 }]],
    ['The plant produces 5 TWh a year and 40 GWh of storage.', []],
    [
      'The site could exceed 1GW-plus, a 2-GW campus.',
      [
        { text: '1GW-plus', watts: 1e9 },
        { text: '2-GW', watts: 2e9 },
      ],
    ],
  ]);
});
