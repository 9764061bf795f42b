// What the company dictionary tells the reader: each company's kind (a chip maker, a cloud, an
// energy firm) helps decide who sells in a plain "agreement". Pure.
import type { Company } from '../feed/types';
import type { ReadingContext } from '../reading/types';

export function readingContext(companies: readonly Company[]): ReadingContext {
  const kinds = new Map(companies.map((c) => [c.name, c.kind as string]));
  return { companyKind: (name: string) => kinds.get(name) };
}
