// Status from hedges (DEALS.md "Status": the passage's latest word wins; a collapse outranks talks,
// talks outrank a media report, a media report outranks a plain statement).
import type { DealStatus } from './types';

const TERMINATED = new Set(
  'ended foundered collapsed scrapped terminated abandoned cancelled canceled denied rejected withdrew walked'.split(
    ' ',
  ),
);
const RUMORED = new Set(
  'talks negotiating negotiations negotiate discussions weighing considering exploring readying preparing nearing mulling eyeing'.split(
    ' ',
  ),
);
const REPORTED = new Set('reported reportedly reports report sources estimated'.split(' '));

const RANK: Record<DealStatus, number> = { confirmed: 0, reported: 1, rumored: 2, terminated: 3 };

/** The status the words of one stretch of text give. */
export function statusOf(words: string[]): DealStatus {
  let status: DealStatus = 'confirmed';
  const raise = (s: DealStatus) => {
    if (RANK[s] > RANK[status]) status = s;
  };
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    const next = words[i + 1] ?? '';
    if (TERMINATED.has(w)) raise('terminated');
    else if (w === 'called' && next === 'off') raise('terminated');
    else if (w === 'will' && next === 'not') raise('terminated');
    else if (RUMORED.has(w)) raise('rumored');
    else if ((w === 'close' || w === 'nears') && (next === 'to' || next === 'a')) raise('rumored');
    else if (REPORTED.has(w)) raise('reported');
    else if (w === 'people' && next === 'familiar') raise('reported');
  }
  return status;
}

export function laterStatus(a: DealStatus, b: DealStatus): DealStatus {
  return RANK[b] > RANK[a] ? b : a;
}
