// compromise names the counterparty the extractor has never heard of, in a counterparty slot only.
import { describe, expect, it } from 'vitest';
import { createExtractor } from '../extract/index';
import type { Company } from '../feed/types';
import { readDeals } from './index';
import { readDealsWithNlp } from './nlp';

const companies = ['Quill Compute', 'Vantor Cloud'].map((name) => ({ name, aliases: [], kind: 'other' }));
const extractor = createExtractor({ companies: companies as unknown as Company[] });
const parties = async (text: string) =>
  (await readDealsWithNlp(extractor.document(text))).map((d) => d.parties.map((p) => `${p.name}:${p.role}`));

describe('a counterparty only compromise can name', () => {
  it('takes a name in a counterparty slot, in the role the reading lacks', async () => {
    const text = 'Vantor Cloud has signed with Stravane to lease 90 megawatts of capacity in Ohio.';
    expect(readDeals(extractor.document(text)).map((d) => d.parties.length)).toEqual([1]);
    expect(await parties(text)).toEqual([['Vantor Cloud:buyer', 'Stravane:seller']]);
  }, 60_000); // the first call loads compromise
  it('reads the passive "by" as the other side', async () => {
    expect(
      await parties('Quill Compute was awarded a $90 million cloud contract by Ostwick Medical last week.'),
    ).toEqual([['Quill Compute:seller', 'Ostwick Medical:buyer']]);
  });
  it('leaves places, people and names outside a slot alone', async () => {
    const text = 'Vantor Cloud will lease 60 MW from a campus that Brannock Vale is building in Ohio.';
    expect(await parties(text)).toEqual([['Vantor Cloud:buyer']]);
    const place = 'Vantor Cloud agreed to lease 40 MW of capacity in Ohio for $50 million a year.';
    expect((await parties(place))[0]).toEqual(['Vantor Cloud:buyer']);
  });
  it('adds nobody when two names stand in slots: it cannot tell which is the party', async () => {
    const text = 'Vantor Cloud has signed with Stravane to lease 90 megawatts from Pellory in Ohio.';
    expect((await parties(text))[0]).toEqual(['Vantor Cloud:buyer']);
  });
  it('a place or nationality that describes the next name is not a party; the list keeps both partners', async () => {
    const text =
      'Vantor Cloud and Texas developer Brindle Power have formed a joint venture to build a $2 billion campus.';
    expect(await parties(text)).toEqual([['Vantor Cloud:partner', 'Brindle Power:partner']]);
  });
});
