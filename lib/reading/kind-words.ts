// What is bought, from the words of a clause, when the cue word does not say: chips, power, cloud
// services or rented capacity. GPUs named with renting words ("rent a cluster of 9,600 GPUs", "run
// workloads on its GPUs") are rented capacity, not a chip order; hardware words ("racks", "silicon") are.
import type { Clause } from './clauses';
import type { DealKind } from './types';

/** Hardware that is shipped: a chip-supply deal even next to renting words. */
const HARDWARE_WORDS = new Set(
  'chip chips servers server racks rack processors processor memory wafers foundry fab silicon'.split(' '),
);
/** Accelerators: shipped when bought, rented capacity when leased. */
const ACCELERATOR_WORDS = new Set('accelerators accelerator gpus gpu systems'.split(' '));
export const CLOUD_WORDS = new Set('cloud services apis api platform workloads'.split(' '));
export const LEASE_WORDS = new Set(
  (
    'access capacity compute colocation campus cluster clusters shell shells rent rents renting rented ' +
    'rental rentals lease leases leasing leased dedicated'
  ).split(' '),
);
/** Words of energy itself: with them a power figure is electricity bought, not a building's size. */
const ENERGY_WORDS = new Set('electricity ppa renewable wind solar nuclear fusion energy power'.split(' '));
export const POWER_WORDS = new Set(['megawatts', 'gigawatts', ...ENERGY_WORDS].filter((w) => w !== 'power'));

/** The kind `allWords` (the clause's words from token `from` on) say is bought; figures count only inside them. */
export function kindFromWords(allWords: string[], clause: Clause, from = 0): DealKind | undefined {
  // An attribution ("…, according to a filing the cloud company published") says who told, not what
  // was bought: its words do not count.
  const cut = allWords.indexOf('according');
  const words = cut >= 0 ? allWords.slice(0, cut) : allWords;
  const inside = (x: { at: number }) => x.at >= from && x.at < from + words.length;
  const figures = clause.mentions.filter(inside);
  const hardware = words.some((w) => HARDWARE_WORDS.has(w));
  const accelerators = words.some((w) => ACCELERATOR_WORDS.has(w));
  const rented = words.some((w) => LEASE_WORDS.has(w));
  const cloud = words.some((w) => CLOUD_WORDS.has(w));
  // "deploy 200 MW of accelerators": chips named with a power figure make a chip deal.
  if (hardware || (accelerators && !rented && !cloud)) return 'chip-supply';
  if (!accelerators && (figures.some((x) => x.m.type === 'power') || words.some((w) => POWER_WORDS.has(w))))
    // "to build and run a 450-megawatt campus": the size of rented capacity, unless energy is named
    // anywhere in the clause ("Wind power … under an agreement … for 300 MW of capacity").
    return rented && !clause.tokens.some((t) => ENERGY_WORDS.has(t.text.toLowerCase())) ? 'compute-lease' : 'power';
  if (cloud) return 'cloud-contract';
  if (rented || accelerators || figures.some((x) => x.m.type === 'gpu')) return 'compute-lease';
  return undefined;
}
