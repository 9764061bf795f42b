// The CLI's and eval's shape of a reading: DEALS.md fields in camelCase, evidence as its text.
import type { DealReading } from '../lib/reading/types';

/** A reading as DEALS.md fields in camelCase (evidence as its text). */
export function dealOutput(d: DealReading) {
  const { id: _id, mentionIds: _ids, powerMentionId: _p, evidence, ...rest } = d;
  return {
    ...rest,
    parties: d.parties.map((p) => ({ name: p.name, role: p.role })),
    money: d.money && {
      currency: d.money.currency,
      amount: d.money.amount ?? null,
      amountHigh: d.money.amountHigh ?? null,
      period: d.money.period,
      termMonths: d.money.termMonths ?? null,
    },
    gpus: d.gpus && { count: d.gpus.count, model: d.gpus.model },
    evidence: evidence.text,
  };
}
