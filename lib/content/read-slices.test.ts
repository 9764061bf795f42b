// Reading in slices: windows at line ends, readings in the chunk's offsets with ids of its mentions.
import { describe, expect, it } from 'vitest';
import { createExtractor } from '../extract/index';
import { mentionId } from '../extract/document';
import type { Company } from '../feed/types';
import { readInSlices } from './read-slices';

const companies = ['Vantor AI', 'Borealis Compute', 'Quill Labs', 'Ardent Capital'].map((name) => ({
  name,
  aliases: [],
  ticker: null,
  kind: 'other',
})) as Company[];
const extract = createExtractor({ companies });

describe('readInSlices', () => {
  it('reads each window with a candidate and gives readings in whole-text offsets', async () => {
    const filler = 'The weather was mild and the roads were quiet all week.\n'.repeat(60);
    const text =
      `${filler}Vantor AI signed a $2.4 billion deal to rent 24,000 B200 GPUs from Borealis ` +
      `Compute.\n${filler}Quill Labs raised $400 million in a round led by Ardent Capital.\n`;
    const mentions = extract(text);
    const slices: string[] = [];
    const slice = <T>(fn: () => T, step?: string) => (slices.push(step ?? ''), fn());
    const readings = (await readInSlices(text, mentions, slice, () => false, {}, 1_000))!;
    expect(readings.map((r) => r.kind)).toEqual(['compute-lease', 'funding-round']);
    const ids = new Set(mentions.map(mentionId));
    for (const r of readings) {
      expect(text.slice(r.evidence.start, r.evidence.end)).toBe(r.evidence.text);
      for (const id of r.mentionIds) expect(ids).toContain(id);
    }
    // Only the two windows holding a company and a figure were read, one slice each.
    expect(slices).toEqual(['read', 'read']);
  });
  it('stops when the scan went stale', async () => {
    const text = 'Vantor AI will pay Borealis Compute $1 billion.\n'.repeat(200);
    let calls = 0;
    const out = await readInSlices(
      text,
      extract(text),
      (fn) => fn(),
      () => ++calls > 1,
      {},
      500,
    );
    expect(out).toBeNull();
  });
  it('reads a block in the language the page gives it', async () => {
    const english = 'The weather was mild and the roads were quiet all week.\n'.repeat(30);
    const german = 'Borealis Compute vermietet 120 MW in Leipzig an Vantor AI.\n';
    const text = english + german;
    const de = [{ start: english.length, lang: 'de' }];
    const mentions = extract(text, { lang: 'de' }).filter((m) => m.start >= english.length);
    const read = (langs?: { start: number; lang: string }[]) =>
      readInSlices(
        text,
        mentions,
        (fn) => fn(),
        () => false,
        {},
        1_000,
        langs,
      );
    const parties = (r: Awaited<ReturnType<typeof read>>) => r!.map((d) => d.parties.map((p) => `${p.name}:${p.role}`));
    expect(parties(await read(de))).toEqual([['Borealis Compute:seller', 'Vantor AI:buyer']]);
    // Read as English, the German verb says nothing: no deal (never a guess).
    expect(parties(await read())).not.toEqual([['Borealis Compute:seller', 'Vantor AI:buyer']]);
  });
});
