// The Firefox build in a real Firefox (firefox-esr over WebDriver BiDi): the add-on installs,
// marks the sample article, and hovering a monthly rate shows its annual value in the tooltip.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureBuilt, snapshotBuild } from './build';
import { FIND_PHRASE_JS, type PhraseRect } from './find-text';
import { launchFirefox, type Firefox, poll } from './firefox-bidi';
import { startFixtureServer, type FixtureServer } from './fixture-server';

import { TOOLTIP_SEEN_FROM_PAGE_JS } from './tooltip-probe';

let ff: Firefox;
let server: FixtureServer;
let context: string;
let copy: string;

// BiDi returns typed remote values; JSON through a string is simpler for plain data.
async function evaluate<T>(expression: string): Promise<T> {
  const r = await ff.command('script.evaluate', {
    expression: `JSON.stringify(${expression}) ?? 'null'`,
    target: { context },
    awaitPromise: false,
  });
  if (r.type !== 'success') throw new Error(`script.evaluate: ${JSON.stringify(r.exceptionDetails?.text ?? r)}`);
  return JSON.parse(r.result.value) as T;
}

async function hover(phrase: string): Promise<void> {
  const find = (scroll: boolean) =>
    evaluate<PhraseRect & { error?: string }>(
      `${FIND_PHRASE_JS}(${JSON.stringify({ phrase, occurrence: 0, scroll })})`,
    );
  await find(true);
  const rect = await find(false);
  if (rect.error) throw new Error(rect.error);
  const [x, y] = [Math.round(rect.x + rect.width / 2), Math.round(rect.y + rect.height / 2)];
  await ff.command('input.performActions', {
    context,
    actions: [
      {
        type: 'pointer',
        id: 'mouse',
        parameters: { pointerType: 'mouse' },
        actions: [
          { type: 'pointerMove', x: 1, y: 1 },
          { type: 'pointerMove', x, y, duration: 100 },
        ],
      },
    ],
  });
}

beforeAll(async () => {
  ensureBuilt('firefox');
  copy = await mkdtemp(join(tmpdir(), 'deallens-ff-ext-'));
  await snapshotBuild('firefox', join(copy, 'firefox-mv3'));
  server = await startFixtureServer();
  ff = await launchFirefox();
  context = (await ff.command('browsingContext.getTree', {})).contexts[0].context;
});
afterAll(async () => {
  await ff?.close();
  await server?.close();
  if (copy) await rm(copy, { recursive: true, force: true });
});

describe('Firefox (real browser, WebDriver BiDi)', () => {
  it('installs the add-on under its gecko id', async () => {
    const r = await ff.command('webExtension.install', {
      extensionData: { type: 'path', path: join(copy, 'firefox-mv3') },
    });
    expect(r.extension).toBe('deallens@deallens.dev');
  });

  it('shows the annual value of a monthly rate in a tooltip on the sample article', async () => {
    await ff.command('browsingContext.navigate', { context, url: server.url('sample-article.html'), wait: 'complete' });
    expect(await evaluate<string>('document.title')).toContain('Halvorsen Labs');
    // The content script scans at document_idle; hover until its tooltip answers.
    const seen = await poll('the tooltip', async () => {
      await hover('$1.2 billion a month');
      await new Promise((r) => setTimeout(r, 400));
      return evaluate<{ shadowRoot: string; text: string; width: number; height: number } | null>(
        TOOLTIP_SEEN_FROM_PAGE_JS,
      );
    });
    // Shown, with the size of a card, and closed to the page (its text is checked in Chromium).
    expect(seen).toMatchObject({ shadowRoot: 'closed', text: '' });
    expect(seen.width).toBeGreaterThan(150);
    expect(seen.height).toBeGreaterThan(40);
  });
});
