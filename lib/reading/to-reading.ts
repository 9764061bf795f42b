// A held deal as the DealReading contract (types.ts): ids, evidence over the sentences it rests on.
import type { ArticleDoc } from '../extract/document';
import type { Held } from './held-deals';
import type { DealReading } from './types';

export function toReading(doc: ArticleDoc, h: Held, index: number): DealReading {
  const d = h.draft;
  const sentences = doc.sentences.filter((s) => h.sentences.has(s.index));
  const start = sentences[0]?.start ?? d.clause.start;
  const end = sentences[sentences.length - 1]?.end ?? d.clause.end;
  const money = d.money;
  const mentionIds = [
    ...d.parties.map((p) => p.c.id).filter((id) => id),
    ...(money ? [money.id] : []),
    ...(d.gpus ? [d.gpus.id] : []),
    ...(d.power ? [d.power.id] : []),
  ];
  return {
    id: `deal@${start}-${index}`,
    kind: d.kind,
    parties: d.parties.map((p) => ({ name: p.c.canonical, role: p.role, mentionIds: p.c.id ? [p.c.id] : [] })),
    money: money
      ? {
          mentionId: money.id,
          currency: money.currency,
          ...(money.amount !== undefined ? { amount: money.amount } : {}),
          ...(money.amountHigh !== undefined ? { amountHigh: money.amountHigh } : {}),
          period: money.period,
          ...(money.termMonths !== undefined ? { termMonths: money.termMonths } : {}),
        }
      : null,
    gpus:
      d.gpus && d.gpus.count !== undefined ? { mentionId: d.gpus.id, count: d.gpus.count, model: d.gpus.model } : null,
    powerWatts: d.power?.watts ?? null,
    ...(d.power ? { powerMentionId: d.power.id } : {}),
    status: h.status,
    evidence: { start, end, text: doc.text.slice(start, end) },
    mentionIds,
  };
}
