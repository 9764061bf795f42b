// The saved deal built from a reading: the real extractor and reader on invented sentences, then the
// feed's own validator on the record.
import { describe, expect, it } from 'vitest';
import { createExtractor } from '../extract/index';
import type { Company } from '../feed/types';
import { readDeals } from '../reading/index';
import { dealErrors } from '../feed/candidate';
import { myDealFromReading, MyDealError, sourceOfPage } from './my-deals';
import { isMyDealId, myDealId } from './my-deals-id';
import { applyMyDealEdit } from './my-deals-edit';
import { editOf } from './my-deals-fields';

const names = ['Kestrel Dynamics', 'Orrin Grid', 'Pellucid Labs', 'Tamsin Capital'];
const companies = names.map((name) => ({ name, aliases: [], ticker: null, kind: 'other' })) as Company[];
const extractor = createExtractor({ companies });
const read = (text: string) => readDeals(extractor.document(text));
const PAGE = {
  url: 'https://news.example/kestrel-orrin#comments',
  title: '  Kestrel   leases GPUs ',
  date: '2026-10-14',
};

const lease = read(
  'Kestrel Dynamics will pay Orrin Grid $450 million a year for four years to rent 16,000 B200 GPUs.',
)[0];

describe('myDealFromReading', () => {
  it('builds a valid feed record: parties with roles, money with period and term, GPUs, the page as source', () => {
    const deal = myDealFromReading(lease, PAGE, '2026-12-02');
    expect(dealErrors(deal, 'deal')).toEqual([]);
    expect(deal.kind).toBe(lease.kind);
    expect(deal.parties).toEqual([
      { name: 'Kestrel Dynamics', role: 'buyer' },
      { name: 'Orrin Grid', role: 'seller' },
    ]);
    expect(deal.value).toEqual({
      currency: 'USD',
      amount: 450e6,
      period: 'year',
      termMonths: 48,
      // A total over the term is arithmetic, not something the page stated: never stored.
      total: null,
      note: null,
    });
    expect(deal.gpus).toMatchObject({ count: 16_000, model: lease.gpus?.model });
    expect(deal.status).toBe(lease.status);
    // The page's own date, address without its fragment, and title with its spaces tidied.
    expect(deal.announced).toBe('2026-10-14');
    expect(deal.sources).toEqual([
      { url: 'https://news.example/kestrel-orrin', title: 'Kestrel leases GPUs', date: '2026-10-14' },
    ]);
    expect(isMyDealId(deal.id)).toBe(true);
    expect(deal.id).toMatch(/^my:kestrel-dynamics-orrin-grid-compute-lease-[0-9a-f]{8}$/);
  });

  it('dates a page without a date by the day it was saved, and names an untitled page by its address', () => {
    const deal = myDealFromReading(lease, { url: 'https://news.example/a', title: ' ', date: null }, '2026-12-02');
    expect(deal.announced).toBe('2026-12-02');
    expect(deal.sources[0]).toEqual({ url: 'https://news.example/a', title: 'https://news.example/a', date: null });
  });

  it('gives the same reading on the same page the same id, and another page another id', () => {
    const a = myDealFromReading(lease, PAGE, '2026-12-02');
    const again = myDealFromReading(
      { ...lease, id: 'other-id' },
      { ...PAGE, url: PAGE.url.replace('#comments', '') },
      '2027-01-01',
    );
    const elsewhere = myDealFromReading(lease, { ...PAGE, url: 'https://other.example/x' }, '2026-12-02');
    expect(again.id).toBe(a.id);
    expect(elsewhere.id).not.toBe(a.id);
    expect(myDealId(lease, PAGE.url)).toBe(a.id);
  });

  it('keeps a range as its upper end with the range in the note, and records a funding round’s roles', () => {
    const [round] = read('Pellucid Labs raised between $80 million and $120 million in a round led by Tamsin Capital.');
    const deal = myDealFromReading(round, PAGE, '2026-12-02');
    expect(deal.kind).toBe('funding-round');
    expect(deal.parties).toEqual(
      expect.arrayContaining([
        { name: 'Pellucid Labs', role: 'investee' },
        { name: 'Tamsin Capital', role: 'investor' },
      ]),
    );
    expect(deal.value?.amount).toBe(120e6);
    expect(deal.value?.note).toMatch(/range/);
  });

  it('refuses an ended deal and a page address the feed format cannot carry', () => {
    expect(() => myDealFromReading({ ...lease, status: 'terminated' }, PAGE, '2026-12-02')).toThrow(MyDealError);
    expect(() => myDealFromReading(lease, { ...PAGE, url: 'file:///home/me/a.html' }, '2026-12-02')).toThrow(
      /expected an http\(s\) URL/,
    );
  });

  it('never takes a title longer than the feed allows, drops controls from it, and no impossible date', () => {
    expect(sourceOfPage({ ...PAGE, title: 'x'.repeat(900) }).title).toHaveLength(500);
    const odd = sourceOfPage({ ...PAGE, title: 'Kestrel\u202E leases\u0007 GPUs', date: '2026-02-31' });
    expect(odd).toMatchObject({ title: 'Kestrel leases GPUs', date: null });
    expect(
      dealErrors(myDealFromReading(lease, { ...PAGE, title: odd.title, date: '2026-02-31' }, '2026-12-02'), 'd'),
    ).toEqual([]);
  });
});

describe('applyMyDealEdit', () => {
  const deal = myDealFromReading(lease, PAGE, '2026-12-02');
  it('changes title, kind, status and amount, keeping id, parties and source', () => {
    const out = applyMyDealEdit(deal, {
      ...editOf(deal),
      title: 'Kestrel–Orrin lease',
      kind: 'cloud-contract',
      status: 'reported',
      amount: 500e6,
      currency: 'eur',
    });
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    expect(out.deal).toMatchObject({
      id: deal.id,
      title: 'Kestrel–Orrin lease',
      kind: 'cloud-contract',
      status: 'reported',
    });
    expect(out.deal.value).toMatchObject({ amount: 500e6, currency: 'EUR', period: 'year', termMonths: 48 });
    expect(out.deal.parties).toEqual(deal.parties);
    expect(out.deal.sources).toEqual(deal.sources);
  });
  it('refuses bad input with the field named, and an empty amount drops the value', () => {
    const bad = applyMyDealEdit(deal, { ...editOf(deal), amount: -5, currency: 'dollars', title: ' ' });
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(bad.errors).toEqual(
      expect.arrayContaining(['title: expected a title', expect.stringMatching(/^value\.currency: /)]),
    );
    const none = applyMyDealEdit(deal, { ...editOf(deal), amount: null });
    expect(none.ok && none.deal.value).toBeNull();
  });
});
