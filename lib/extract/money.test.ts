import { describe, expect, it } from 'vitest';
import { checkMentions, only, type Case } from './test-support';

const check = (cases: Case[]) => checkMentions('money', cases);

describe('money: currencies', () => {
  check([
    [
      'The startup raised $2.5bn from backers.',
      [{ text: '$2.5bn', currency: 'USD', amount: 2.5e9, period: 'one-time' }],
    ],
    ['A deal valued at US$3.2 billion closed.', [{ text: 'US$3.2 billion', currency: 'USD', amount: 3.2e9 }]],
    ['It asked for USD 750 million more.', [{ text: 'USD 750 million', currency: 'USD', amount: 7.5e8 }]],
    [
      'It booked €40 million and EUR 1.2bn.',
      [
        { currency: 'EUR', amount: 4e7 },
        { text: 'EUR 1.2bn', currency: 'EUR', amount: 1.2e9 },
      ],
    ],
    ['The UK arm spent £900m.', [{ text: '£900m', currency: 'GBP', amount: 9e8 }]],
    [
      'Tokyo set aside ¥2 trillion, or 300 billion yen a quarter.',
      [
        { currency: 'JPY', amount: 2e12 },
        { text: '300 billion yen a quarter', currency: 'JPY', amount: 3e11, period: 'quarter' },
      ],
    ],
    [
      'Banks lent CNY 10 billion, 5 billion yuan and RMB 8bn.',
      [
        { currency: 'CNY', amount: 1e10 },
        { currency: 'CNY', amount: 5e9 },
        { currency: 'CNY', amount: 8e9 },
      ],
    ],
    [
      'The state will spend ₹12,000 crore, Rs 450 crore and INR 2 lakh.',
      [
        { currency: 'INR', amount: 1.2e11 },
        { text: 'Rs 450 crore', currency: 'INR', amount: 4.5e9 },
        { currency: 'INR', amount: 2e5 },
      ],
    ],
    [
      'It raised C$500 million, A$2 billion, HK$10 billion and CHF 400 million.',
      [
        { currency: 'CAD', amount: 5e8 },
        { currency: 'AUD', amount: 2e9 },
        { currency: 'HKD', amount: 1e10 },
        { currency: 'CHF', amount: 4e8 },
      ],
    ],
    [
      'Seoul approved ₩3 trillion and SEK 5 billion went to Stockholm.',
      [
        { currency: 'KRW', amount: 3e12 },
        { currency: 'SEK', amount: 5e9 },
      ],
    ],
  ]);
});

describe('money: scales and words', () => {
  check([
    [
      'Budgets of $1tn, $3 tn, $40k and $7.5M were listed.',
      [{ amount: 1e12 }, { amount: 3e12 }, { amount: 4e4 }, { amount: 7.5e6 }],
    ],
    ['The fund holds twenty billion euros.', [{ text: 'twenty billion euros', currency: 'EUR', amount: 2e10 }]],
    [
      'Backlog may top half a trillion dollars, or half-a-trillion dollars.',
      [{ amount: 5e11 }, { text: 'half-a-trillion dollars', amount: 5e11 }],
    ],
    ['A billion dollars is not what it used to be.', [{ text: 'A billion dollars', amount: 1e9 }]],
    [
      'Officials announced a $10-billion program and a $ 7 billion grant.',
      [
        { text: '$10-billion', amount: 1e10 },
        { text: '$ 7 billion', amount: 7e9 },
      ],
    ],
    ['It expects $50M+ in sales.', [{ text: '$50M+', amount: 5e7 }]],
  ]);
});

describe('money: ranges', () => {
  check([
    ['Estimates run at $4-6 billion.', [{ text: '$4-6 billion', amount: 4e9, amountHigh: 6e9 }]],
    [
      'Capex will be between $80 billion and $90 billion.',
      [{ text: '$80 billion and $90 billion', amount: 8e10, amountHigh: 9e10 }],
    ],
    ['The IPO could raise $1.5 billion to $2 billion.', [{ amount: 1.5e9, amountHigh: 2e9 }]],
    [
      'Europe plans €2-3bn ($2.2-3.3bn) for chips.',
      [
        { currency: 'EUR', amount: 2e9, amountHigh: 3e9 },
        { currency: 'USD', amount: 2.2e9, amountHigh: 3.3e9 },
      ],
    ],
    ['Shares were priced at $21.00-$24.00 each.', [{ text: '$21.00-$24.00', amount: 21, amountHigh: 24 }]],
  ]);
  it('does not read "$5 billion to 10 firms" as a range', () => {
    expect(only('money', 'It gave $5 billion to 10 firms.')).toMatchObject([{ text: '$5 billion', amount: 5e9 }]);
  });
});

describe('money: rates', () => {
  check([
    ['It pays $600 million per month for capacity.', [{ text: '$600 million per month', period: 'month' }]],
    ['The contract is worth $2 billion a year.', [{ text: '$2 billion a year', period: 'year' }]],
    ['Fees reach $300 million annually.', [{ text: '$300 million annually', period: 'year' }]],
    [
      'Rent is $40m/month and $1.5bn per quarter.',
      [
        { text: '$40m/month', period: 'month' },
        { text: '$1.5bn per quarter', period: 'quarter' },
      ],
    ],
    ['The lab has a $8 billion annual run rate.', [{ text: '$8 billion annual run rate', period: 'year' }]],
    ['Annual recurring revenue reached $1.2 billion.', [{ text: '$1.2 billion', period: 'year' }]],
    ['It now brings in $3 billion in annualized revenue.', [{ text: '$3 billion', period: 'year' }]],
  ]);
  check([
    ['Sales were $5 billion a year ago.', [{ text: '$5 billion', period: 'one-time' }]],
    [
      'It earned $4 billion in the quarter and $9 billion for fiscal 2025.',
      [{ period: 'one-time' }, { period: 'one-time' }],
    ],
  ]);
});

describe('money: terms', () => {
  check([
    ['They signed a seven-year, $25 billion agreement.', [{ amount: 2.5e10, termMonths: 84 }]],
    ['The lab will pay $12 billion over six years for capacity.', [{ termMonths: 72 }]],
    [
      'The bloc committed €3 billion (US$3.3 billion) over the next decade.',
      [
        { currency: 'EUR', termMonths: 120 },
        { currency: 'USD', termMonths: 120 },
      ],
    ],
    ['It will spend $8bn across the next eight years.', [{ termMonths: 96 }]],
    ['The buyer pays $9.1 billion for GPUs over a roughly four-year period.', [{ termMonths: 48 }]],
  ]);
  it('gives no term for an end date, nor to a later amount', () => {
    const [a] = only('money', 'The $9bn loan runs through March 2030.');
    expect(a.termMonths).toBeUndefined();
    const [first, second] = only('money', 'It is worth $4bn over five years but could grow to $6bn.');
    expect(first.termMonths).toBe(60);
    expect(second.termMonths).toBeUndefined();
  });
});

describe('money: vague amounts and share prices', () => {
  check([
    ['Clouds spend tens of billions of dollars on chips.', [{ text: 'tens of billions of dollars', vague: true }]],
    [
      'It won a multibillion-dollar contract and a multi-billion-dollar lease.',
      [{ vague: true }, { text: 'multi-billion-dollar', vague: true }],
    ],
    ['Shares closed at $182.50 after EPS of $1.02.', [{ amount: 182.5, period: 'one-time' }, { amount: 1.02 }]],
    ['The offer was $12.34 per share.', [{ text: '$12.34', amount: 12.34, period: 'one-time' }]],
  ]);
  it('gives vague amounts no number', () => {
    expect(only('money', 'billions of euros were pledged')[0]).not.toHaveProperty('amount');
  });
});

describe('money: what is not money', () => {
  check([
    ['The model has 70 billion parameters and 800 million users.', []],
    ['Revenue grew 45% in 2025 to 3 million units.', []],
    ['Its won a contract; the real issue is cost.', []],
  ]);
});

describe('money: amounts stay in their own currency (converted once, at display)', () => {
  it('keeps the euro range as euros, with no converted copy', () => {
    const [eur] = only('money', 'It costs €2-3 billion.');
    expect(eur).toMatchObject({ currency: 'EUR', amount: 2e9, amountHigh: 3e9 });
    expect(Object.keys(eur).some((k) => /usd/i.test(k))).toBe(false);
  });
});

describe('money: implied currency and adjective terms', () => {
  check([
    [
      'Paris pledged €20 billion and Berlin another 50 billion in grants.',
      [
        { currency: 'EUR', amount: 2e10 },
        { text: '50 billion', currency: 'EUR', amount: 5e10 },
      ],
    ],
    ['It signed a $300 billion, five-year contract.', [{ amount: 3e11, termMonths: 60 }]],
  ]);
  check([
    ['The model has 70 billion parameters and 800 million users.', []],
    ['It cost $5 billion. Later, 800 million users signed up.', [{ amount: 5e9 }]],
  ]);
});

describe('money: rates after a short noun phrase', () => {
  check([
    ['It expects $2.1 billion of contracted revenue per year.', [{ text: '$2.1 billion', period: 'year' }]],
    ['It booked $2 billion of orders a year ago.', [{ text: '$2 billion', period: 'one-time' }]],
  ]);
});

describe('money: run rates before the amount', () => {
  check([["The lab's run-rate revenue passed $5 billion in August.", [{ text: '$5 billion', period: 'year' }]]]);
});

describe('money: letter scales before a currency word', () => {
  check([
    [
      'It pays 5bn dollars and 3M euros to 5 m people.',
      [
        { text: '5bn dollars', amount: 5e9 },
        { text: '3M euros', currency: 'EUR', amount: 3e6 },
      ],
    ],
  ]);
});

describe('money: rates that read like time references', () => {
  check([
    [
      'It expects $600 million a quarter from smaller customers.',
      [{ text: '$600 million a quarter', period: 'quarter' }],
    ],
    [
      'Revenue was $2 billion a year earlier and will be $5 billion a year from now.',
      [{ period: 'one-time' }, { period: 'one-time' }],
    ],
    ['It guided to $900 million of annualized run-rate revenue.', [{ text: '$900 million', period: 'year' }]],
  ]);
});

describe('money: hyphenated plus and rates', () => {
  check([
    [
      'It will spend $100bn-plus and £1bn-a-year on it.',
      [
        { text: '$100bn-plus', amount: 1e11 },
        { text: '£1bn-a-year', period: 'year' },
      ],
    ],
  ]);
});

describe('money: stress forms (codes glued to amounts, compounds, regional dollars)', () => {
  check([
    [
      'The buyer wired USD3bn and then EUR450m.',
      [
        { text: 'USD3bn', currency: 'USD', amount: 3e9 },
        { text: 'EUR450m', currency: 'EUR', amount: 4.5e8 },
      ],
    ],
    ['Insiders expect 4bn dollars of orders.', [{ text: '4bn dollars', currency: 'USD', amount: 4e9 }]],
    [
      'The bridge loan is €1.2bn-€1.5bn and the bond $1.5bn-2bn.',
      [
        { amount: 1.2e9, amountHigh: 1.5e9, currency: 'EUR' },
        { text: '$1.5bn-2bn', amount: 1.5e9, amountHigh: 2e9 },
      ],
    ],
    [
      'It is a $3 billion-a-year arrangement, a £300mn fine aside.',
      [
        { text: '$3 billion-a-year', period: 'year' },
        { text: '£300mn', currency: 'GBP', amount: 3e8 },
      ],
    ],
    [
      'Brazil offered R$12 billion, Singapore S$900 million and Taipei NT$2.5 trillion.',
      [
        { currency: 'BRL', amount: 1.2e10 },
        { currency: 'SGD', amount: 9e8 },
        { currency: 'TWD', amount: 2.5e12 },
      ],
    ],
    [
      'The group put KRW 2 trillion, SAR 4 billion and AED 600 million on the table.',
      [
        { currency: 'KRW', amount: 2e12 },
        { currency: 'SAR', amount: 4e9 },
        { currency: 'AED', amount: 6e8 },
      ],
    ],
    [
      'The conglomerate will spend ₹2 lakh crore and Rs 75 thousand crore.',
      [
        { text: '₹2 lakh crore', amount: 2e12 },
        { text: 'Rs 75 thousand crore', amount: 7.5e11 },
      ],
    ],
  ]);
  it('keeps part numbers such as "H100" whole (only currency codes are split off)', () => {
    expect(only('money', 'It owns H100s worth USD 9 million.')).toMatchObject([{ text: 'USD 9 million', amount: 9e6 }]);
  });
});

describe('money: an amount compared with a rate takes that rate', () => {
  check([
    [
      'Its annual run rate hit $410 million, up from $120 million a year earlier.',
      [{ period: 'year' }, { text: '$120 million', period: 'year' }],
    ],
    ['The lab pays $6 million per month versus $2 million last spring.', [{ period: 'month' }, { period: 'month' }]],
    [
      'It raised $300 million, up from $100 million in its last round.',
      [{ period: 'one-time' }, { period: 'one-time' }],
    ],
    [
      'Revenue was $2 billion a quarter; separately, it spent $1 billion from reserves.',
      [{ period: 'quarter' }, { period: 'one-time' }],
    ],
  ]);
});

describe('money: ranges before a currency word, "U.S. dollars", "won" before a function word', () => {
  check([
    [
      'They will spend 5 to 7 billion dollars on it.',
      [{ text: '5 to 7 billion dollars', amount: 5e9, amountHigh: 7e9, currency: 'USD' }],
    ],
    [
      'The bank lent 3 billion U.S. dollars to the group.',
      [{ text: '3 billion U.S. dollars', amount: 3e9, currency: 'USD' }],
    ],
    [
      'It booked 1.2 trillion won and 800 billion won in orders.',
      [
        { text: '1.2 trillion won', currency: 'KRW', amount: 1.2e12 },
        { text: '800 billion won', amount: 8e11 },
      ],
    ],
    ['She gave 5 talks to 7 billion people, and 3 billion won awards.', []],
  ]);
});
