import { describe, expect, it } from 'vitest';
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
});
