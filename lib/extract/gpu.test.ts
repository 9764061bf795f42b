import { describe, expect, it } from 'vitest';
import { checkMentions, only, type Case } from './test-support';

const check = (cases: Case[]) => checkMentions('gpu', cases);

describe('gpu: models and vendors', () => {
  check([
    [
      'The hall will hold roughly 40,000 Nvidia H200 GPUs.',
      [{ text: '40,000 Nvidia H200 GPUs', count: 40000, model: 'H200', vendor: 'NVIDIA' }],
    ],
    ['They rent 100k H100s.', [{ text: '100k H100s', count: 1e5, model: 'H100', vendor: 'NVIDIA' }]],
    ['The deal covers 1.5 million AMD MI450 accelerators.', [{ count: 1.5e6, model: 'MI450', vendor: 'AMD' }]],
    [
      'An order for 200,000+ Blackwell chips arrived.',
      [{ text: '200,000+ Blackwell chips', count: 2e5, model: 'Blackwell', vendor: 'NVIDIA' }],
    ],
    [
      'It bought 500 Trainium 2 chips and 8,000 Gaudi 3 accelerators.',
      [
        { model: 'Trainium 2', vendor: 'Amazon' },
        { model: 'Gaudi 3', vendor: null },
      ],
    ],
    [
      'The pod links 4,096 TPU v5p chips and 72 GB300 superchips.',
      [
        { count: 4096, model: 'TPU v5p', vendor: 'Google' },
        { count: 72, model: 'GB300' },
      ],
    ],
    [
      'Engineers installed 3,000 MI355X and 9,000 B300 units.',
      [
        { model: 'MI355X', vendor: 'AMD' },
        { model: 'B300', vendor: 'NVIDIA' },
      ],
    ],
    ['They run 20,000 Hopper GPUs and 1,000 A100 cards.', [{ model: 'Hopper' }, { model: 'A100' }]],
    ['The plan needs 1 million GPUs.', [{ text: '1 million GPUs', count: 1e6, model: null, vendor: null }]],
    [
      'Musk promised "50,000 [Nvidia] H100s" for the site.',
      [{ text: '50,000 [Nvidia] H100s', model: 'H100', vendor: 'NVIDIA' }],
    ],
  ]);
});

describe('gpu: part numbers kept as written, vendors only NVIDIA, AMD, Google, Amazon', () => {
  check([
    [
      'Shenzhen will receive 80,000 Ascend 910B processors this winter.',
      [{ text: '80,000 Ascend 910B processors', model: 'Ascend 910B', vendor: null }],
    ],
    ['Redmond plans 12,000 Maia 200 accelerators, not 12,000 Maia 200 racks.', [{ count: 12000, model: 'Maia 200' }]],
    ['A quarter-million Kunlun P800 chips and 3,000 MTIA v2 chips were cited.', [{ count: 3000, model: 'MTIA v2' }]],
    [
      'The firm rents 9,000 TPUv4 chips and 2,500 Instinct MI300X GPUs.',
      [{ model: 'TPUv4' }, { model: 'MI300X', vendor: 'AMD' }],
    ],
    [
      "The lab bought 7,000 Blackwell Ultra GPUs and 512 of Intel's Gaudi chips.",
      [
        { model: 'Blackwell Ultra', vendor: 'NVIDIA' },
        { count: 512, model: 'Gaudi', vendor: null },
      ],
    ],
  ]);
});

describe('gpu: "the chips" refers to the chips named just before', () => {
  check([
    [
      'The vendor will ship 90,000 H200 GPUs in Asia. Two telecoms take 20,000 of the chips each, and a bank 15,000.',
      [
        { count: 90000, model: 'H200' },
        { text: '20,000 of the chips', model: 'H200', vendor: 'NVIDIA' },
        { text: '15,000', model: 'H200' },
      ],
    ],
    ['A lab wants 4,000 of these accelerators.', [{ count: 4000, model: null, vendor: null }]],
  ]);
});

describe('gpu: ranges, equivalents, vague and implied vendors', () => {
  check([
    ['It will deploy 30,000-40,000 TPUs.', [{ count: 30000, countHigh: 40000 }]],
    ['Between 50,000 and 60,000 GB300s will be installed.', [{ count: 50000, countHigh: 60000, model: 'GB300' }]],
    [
      'Analysts count 400,000 H100 equivalents at the lab.',
      [{ text: '400,000 H100 equivalents', equivalent: true, model: 'H100' }],
    ],
    ['Buyers want tens of thousands of Nvidia chips.', [{ vague: true, vendor: 'NVIDIA' }]],
    ['The campus will house hundreds of thousands of advanced GPUs.', [{ vague: true, model: null }]],
    [
      'Nvidia will send 23,000 of its latest AI chips to Britain.',
      [{ text: '23,000 of its latest AI chips', count: 23000, vendor: 'NVIDIA' }],
    ],
    ['AMD will ship 6,000 of its chips to the lab.', [{ vendor: 'AMD' }]],
  ]);
  it('leaves "its" unresolved when the sentence names no chip vendor', () => {
    expect(only('gpu', 'The lab said it will add 5,000 of its GPUs.')[0].vendor).toBeNull();
  });
});

describe('gpu: what is not an accelerator count', () => {
  check([
    ['The site has 1,500 GPU servers and 300 DGX B200 systems.', []],
    ['They stacked 10,000 eight-GPU nodes in 96 racks and 64 H800 boxes.', []],
    ['Training took 4 million GPU hours.', []],
    ['| GPU Hours | 2.8M H800 |', []],
    ['By 2027 Nvidia GPUs will dominate.', []],
    ['The firm sold 2,000 CPUs and 5 million shares.', []],
    ['The site can draw 10 gigawatts of accelerators.', []],
    ['Nvidia makes the H100.', []],
  ]);
  it('still counts GPUs after a mention of GPU hours', () => {
    expect(only('gpu', 'It took 4 million GPU hours on 2,000 H800s.')).toMatchObject([{ count: 2000, model: 'H800' }]);
  });
});

describe('gpu: units and product names', () => {
  check([
    ['The hall holds 36 GB200 NVL72 systems.', []],
    ['It bought 5,000 B200 units.', [{ count: 5000, model: 'B200' }]],
    ['Nvidia shipped 60,000 units to the lab.', [{ text: '60,000 units', count: 60000 }]],
    ['The factory made 60,000 units of furniture.', []],
  ]);
});

describe('gpu: labels and CPU-GPU names', () => {
  check([
    ['- GPUs in service: 250k+', [{ text: '250k+', count: 250000 }]],
    [
      'The first phase runs 18,000 Grace Blackwell superchips.',
      [{ count: 18000, model: 'Blackwell', vendor: 'NVIDIA' }],
    ],
    ['- Revenue: 250k', []],
  ]);
});

describe('gpu: counts in words', () => {
  check([
    ['The lab plans to use as many as one million TPUs.', [{ text: 'one million TPUs', count: 1e6, model: 'TPU' }]],
    ['It bought one chip and five hundred GPUs.', [{ text: 'five hundred GPUs', count: 500 }]],
  ]);
});

describe('gpu: other accelerators', () => {
  check([["Groq's site runs 19,000 LPUs.", [{ count: 19000, model: 'LPU' }]]]);
});

describe('gpu: hyphenated counts', () => {
  check([
    [
      'They built a 100,000-GPU cluster and a 16-chip board.',
      [
        { text: '100,000-GPU', count: 100000 },
        { text: '16-chip', count: 16 },
      ],
    ],
    ['They racked 500-GPU servers.', []],
  ]);
});

describe('gpu: hyphenated counts with the model after', () => {
  check([
    [
      'It runs a 20,000-GPU cluster of Nvidia H200s.',
      [{ text: '20,000-GPU', count: 20000, model: 'H200', vendor: 'NVIDIA' }],
    ],
  ]);
});

describe('gpu: bare counts that carry on an accelerator figure', () => {
  check([
    [
      'The campus runs 300,000 Trainium2 chips today and will reach 1 million by 2027.',
      [
        { text: '300,000 Trainium2 chips', count: 3e5, model: 'Trainium2' },
        { text: '1 million', count: 1e6, model: 'Trainium2', vendor: 'Amazon' },
      ],
    ],
    ['Phase one has 8,000 GPUs and could grow to 24,000.', [{ count: 8000 }, { text: '24,000', count: 24000 }]],
    ['The site has 8,000 GPUs and employs 1,200 people.', [{ count: 8000 }]],
    ['The site has 8,000 GPUs. It cost 4,000 jobs elsewhere.', [{ count: 8000 }]],
  ]);
});

describe('gpu: ages and terms are not counts', () => {
  check([
    ['Brightwave, a two-year-old GPU cloud, raised money.', []],
    ['It signed a 10-year GPU lease.', []],
  ]);
});

describe('gpu: odd count forms', () => {
  check([
    [
      'The site plans 20-30k more Blackwell chips and 3.5k MI300Xs.',
      [
        { count: 20000, countHigh: 30000, model: 'Blackwell' },
        { count: 3500, model: 'MI300X' },
      ],
    ],
    [
      'The order is for 50 thousand H20 chips and 10k+ GPUs.',
      [
        { count: 50000, model: 'H20' },
        { text: '10k+ GPUs', count: 10000 },
      ],
    ],
    ['It will install 8-GPU servers in 72-GPU racks.', []],
    [
      'The cloud runs 6,000 B200 GPUs and plans 8-10k more by 2027.',
      [{ count: 6000 }, { text: '8-10k', count: 8000, countHigh: 10000, model: 'B200' }],
    ],
    ['It runs 6,000 B200 GPUs and hired 1,000-2,000 engineers.', [{ count: 6000 }]],
    [
      'The lab wants a million GPUs and half a million TPUs.',
      [
        { text: 'a million GPUs', count: 1e6 },
        { text: 'half a million TPUs', count: 5e5, model: 'TPU' },
      ],
    ],
    ['The firm has a thousand employees and half a million users.', []],
  ]);
});
