// The CLI reads numbers by the language it is told: <html lang> of an HTML file, "lang" of a --jsonl
// line. "1.500 MW" is 1,500 MW in German and must not be read so without the language saying it.
import { describe, expect, it } from 'vitest';
import { cliExtractor } from './extract';

const cli = cliExtractor(false);
const watts = async (run: Promise<{ mentions: { type: string; watts?: number }[] }>) =>
  (await run).mentions.filter((m) => m.type === 'power').map((m) => m.watts);

describe('the extract CLI', () => {
  it('reads an HTML file in the language of its <html lang>', async () => {
    const page = (lang: string) =>
      `<html lang="${lang}"><body><article><p>Das Kraftwerk der Beispielwerke liefert 1.500 ` +
      `MW.</p></article></body></html>`;
    expect(await watts(cli.file('page.html', page('de')))).toEqual([1.5e9]);
    expect(await watts(cli.file('page.html', page('en')))).not.toContain(1.5e9);
  });
  it('reads each --jsonl line in the language of its "lang" field', async () => {
    const line = (lang?: string) => JSON.stringify({ id: 'a', text: 'Die Anlage liefert 2,5 Gigawatt.', lang });
    expect(await cli.line(line('de'))).toMatchObject({ id: 'a' });
    expect(await watts(cli.line(line('de')))).toEqual([2.5e9]);
    expect(await watts(cli.line(JSON.stringify({ id: 'b', text: 'Sie liefert 1.500 MW.', lang: 'de' })))).toEqual([
      1.5e9,
    ]);
    expect(await watts(cli.line(JSON.stringify({ id: 'c', text: 'It supplies 1.500 MW.', lang: 'en' })))).not.toContain(
      1.5e9,
    );
  });
  it('reads a text file without a language as the extractor does by default', async () => {
    expect(await watts(cli.file('page.txt', 'It supplies 300 MW.'))).toEqual([3e8]);
  });
});
