import { afterEach, describe, expect, it } from 'vitest';
import english from '../../public/_locales/en/messages.json';
import german from '../../public/_locales/de/messages.json';
import { useMessages } from '../i18n';
import type { Mention } from '../extract/types';
import { FIGURE_KINDS, figureKind, type MentionType } from './kinds';

describe('figure kinds', () => {
  it('has one entry per mention type, with distinct mark styles and ranks', () => {
    const types: Record<Mention['type'], true> = { company: true, money: true, gpu: true, power: true };
    const fromExtractor = Object.keys(types) as MentionType[];
    expect(FIGURE_KINDS.map((k) => k.type).sort()).toEqual([...fromExtractor].sort());
    expect(new Set(FIGURE_KINDS.map((k) => k.markStyle)).size).toBe(FIGURE_KINDS.length);
    expect(new Set(FIGURE_KINDS.map((k) => k.rank)).size).toBe(FIGURE_KINDS.length);
    for (const t of fromExtractor) expect(figureKind(t).type).toBe(t);
  });

  afterEach(() => useMessages(english));

  it("reads its words in the interface's language at each use, not once at load", () => {
    const money = figureKind('money');
    expect([money.label, money.heading, money.group, money.legend.sample]).toEqual([
      english.kindMoneyLabel.message,
      english.kindMoneyHeading.message,
      english.popupGroupMoney.message,
      english.legendMoneySample.message.replace('$$', '$'),
    ]);
    useMessages(german, 'de');
    expect(money.group).toBe(german.popupGroupMoney.message);
    expect(money.legend.meaning).toBe(german.legendMoneyMeaning.message);
    expect({ ...money }).toMatchObject({ type: 'money', label: german.kindMoneyLabel.message });
  });
});
