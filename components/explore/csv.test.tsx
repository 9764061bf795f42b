import { describe, expect, it } from 'vitest';
import { csvCell, dealsCsv, CSV_HEADER } from './csv';
import { row } from './test-rows';

describe('csvCell', () => {
  it('quotes commas, quotes and line breaks', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
  });
  it('defuses text a spreadsheet would run as a formula', () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-2+3')).toBe("'-2+3");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\tcmd')).toBe("'\tcmd");
    expect(csvCell('a=b')).toBe('a=b');
  });
  it('writes numbers plainly and nulls as empty cells', () => {
    expect(csvCell(-5)).toBe('-5');
    expect(csvCell(1.5e9)).toBe('1500000000');
    expect(csvCell(null)).toBe('');
  });
});

describe('dealsCsv', () => {
  it('one header line and one line per row, CRLF-terminated', () => {
    const r = row('x-1', ['Alpha, Inc.', 'Beta'], { title: '=cmd|calc', announced: '2026-02' }, { annual: 2.4e9 });
    const lines = dealsCsv([r]).split('\r\n');
    expect(lines[0]).toBe(CSV_HEADER.join(','));
    expect(lines[1]).toBe(
      `x-1,2026-02,'=cmd|calc,compute-lease,confirmed,"Alpha, Inc. (buyer); ` +
        `Beta (seller)",$1B,2400000000,,2400000000,https://news.example/x-1`,
    );
    expect(lines).toHaveLength(3);
    expect(lines[2]).toBe('');
  });
});
