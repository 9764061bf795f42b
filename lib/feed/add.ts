// Reviewed candidates → the sources' deal list (`npm run -s feed -- add CANDIDATES.json`). Pure.
// All or nothing: one refused candidate refuses the file, so the sources never hold half a review.
import { dealErrors, type Candidate } from './candidate';
import { sourceDeal } from './from-sources';
import type { Deal } from './types';

type AddResult = { ok: true; deals: Deal[]; added: string[]; updated: string[] } | { ok: false; errors: string[] };

/** The candidate list a file holds: propose's `{"candidates": [...]}` or a bare array. */
function candidatesOf(value: unknown): { list: unknown[]; at: string } | null {
  if (Array.isArray(value)) return { list: value, at: '' };
  const inner = (value as { candidates?: unknown } | null)?.candidates;
  return Array.isArray(inner) ? { list: inner, at: 'candidates' } : null;
}

export function addCandidates(deals: Deal[], file: unknown): AddResult {
  const found = candidatesOf(file);
  if (!found) return { ok: false, errors: ['(file): expected {"candidates": [...]} or an array of candidates'] };
  const next = deals.map(sourceDeal);
  const index = new Map(next.map((d, i) => [d.id, i]));
  const errors: string[] = [];
  const added: string[] = [];
  const updated: string[] = [];
  found.list.forEach((raw, i) => {
    const at = `${found.at}[${i}]`;
    const candidate = raw as Partial<Candidate> | null;
    if (typeof candidate !== 'object' || candidate === null) return errors.push(`${at}: expected a candidate object`);
    if (candidate.needsReview !== false)
      return errors.push(`${at}.needsReview: review the record against its source, then set this to false`);
    const problems = dealErrors(candidate.deal, `${at}.deal`);
    if (problems.length) return errors.push(...problems);
    const deal = sourceDeal(candidate.deal as Deal);
    const target = candidate.updateOf ?? null;
    if (target !== null) {
      const j = index.get(target);
      if (j === undefined) return errors.push(`${at}.updateOf: no deal ${JSON.stringify(target)} in the sources`);
      if (deal.id !== target) return errors.push(`${at}.deal.id: an update keeps the id ${JSON.stringify(target)}`);
      next[j] = deal;
      updated.push(deal.id);
    } else {
      if (index.has(deal.id)) return errors.push(`${at}.deal.id: ${JSON.stringify(deal.id)} is already in the sources`);
      index.set(deal.id, next.length);
      next.push(deal);
      added.push(deal.id);
    }
  });
  return errors.length ? { ok: false, errors } : { ok: true, deals: next, added, updated };
}
