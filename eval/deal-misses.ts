// What a deal eval got wrong, passage by passage (npm run eval -- CORPUS.jsonl --deals --misses): gold deals
// nothing matched, predicted deals that match no gold deal, and matched pairs with a wrong field.
import { pairDeals, type ScoredDeal } from './score-deals';

const brief = (d: ScoredDeal) => {
  const parties = (d.parties ?? []).map((p) => `${p.name}:${p.role}`).join(', ');
  const money = d.money ? `${String(d.money.amount ?? '?')}/${String(d.money.period ?? 'one-time')}` : 'no money';
  const evidence = String(d.evidence ?? '').slice(0, 110);
  return `${String(d.kind)} [${parties}] ${money} ${String(d.status)} «${evidence}»`;
};

/** One line per miss, extra or wrong field of one passage. */
export function dealMisses(id: string, gold: ScoredDeal[], pred: ScoredDeal[]): string[] {
  const pairs = pairDeals(gold, pred);
  const lines: string[] = [];
  gold.forEach((g, gi) => {
    if (!pairs.some((p) => p.gi === gi)) lines.push(`${id} MISS  ${brief(g)}`);
  });
  pred.forEach((p, pi) => {
    if (!pairs.some((x) => x.pi === pi)) lines.push(`${id} EXTRA ${brief(p)}`);
  });
  for (const { gi, pi, c } of pairs) {
    const wrong = (['roles', 'kind', 'money', 'status'] as const).filter((k) => !c[k]);
    if (wrong.length)
      lines.push(`${id} WRONG ${wrong.join('+')}\n   gold ${brief(gold[gi])}\n   pred ${brief(pred[pi])}`);
  }
  return lines;
}
