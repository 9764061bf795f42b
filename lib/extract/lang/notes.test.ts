// Language wiring of the extractor: English reads as before, unknown formats are reported, never guessed.
import { describe, expect, it } from 'vitest';
import { extract } from '../test-support';

describe('extract with a language', () => {
  it('leaves ambiguous separators unmarked when the language stays unknown, and says so', () => {
    const text = 'der die und das the and of to: 1.500 MW, 2,500 GPUs, 2,5 GW';
    const { mentions, unclear } = extract.withNotes(text);
    expect(mentions.map((m) => m.text)).toEqual(['2,5 GW']);
    expect(unclear.map((u) => [u.text, u.reason])).toEqual([
      ['1.500', 'number-format'],
      ['2,500', 'number-format'],
    ]);
    for (const u of unclear) expect(text.slice(u.start, u.end)).toBe(u.text);
  });
  it('reads the same digits by the language given', () => {
    const text = 'Acme plant 1.500 MW.';
    expect(extract(text, { lang: 'de-DE' })).toMatchObject([{ type: 'power', watts: 1.5e9 }]);
    expect(extract(text, { lang: 'en' })).toMatchObject([{ type: 'power', watts: 1.5e6 }]);
  });
  it('keeps English exactly as without a language', () => {
    const text =
      'Acme Corp. signed a $1.5 billion deal for 2,500 GPUs and 300 MW, with Beta Inc. paying $20 per month.';
    expect(extract(text, { lang: 'en-US' })).toEqual(extract(text));
    expect(extract.withNotes(text).unclear).toEqual([]);
  });
  it('an unsupported language reads like an unknown one', () => {
    expect(extract.withNotes('Acme bygger 1.500 MW.', { lang: 'sv' }).unclear).toHaveLength(1);
  });
});

describe('numbers that must not lie', () => {
  it('never reads a backwards range or a year as an amount', () => {
    const fell = extract('The price fell from $5 billion to $500 million.');
    expect(fell).toMatchObject([{ amount: 5e9 }, { amount: 5e8 }]);
    const grew = extract('Sales grew from $6 billion in 2023 to $8 billion.', { lang: 'en' });
    expect(grew).toMatchObject([{ text: '$6 billion' }, { text: '$8 billion', amount: 8e9 }]);
    expect(extract('Capacity fell from 5 GW to 500 MW.')).toMatchObject([{ watts: 5e9 }, { watts: 5e8 }]);
    for (const m of [...fell, ...grew]) expect(m).not.toHaveProperty('amountHigh');
  });
});
