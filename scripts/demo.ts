// `npm start`: serve the sample article, open it in Chromium with DealLens loaded.
// With a display: a real window that stays open until you close the browser.
// Without one (CI, servers): headless; hover the first money rate, write demo/annotated.png and
// print what the extension found. Missing Chromium: the install command and exit code 1.
import { copyFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { MoneyMention } from '../lib/extract/types';
import type { PageSummary } from '../lib/messages';
import { ROOT } from '../test/e2e/build';
import { launchExtension, MissingChromiumError, type Extension } from '../test/e2e/harness';
import { mentionTable } from './demo-table';
import { FX_REFERENCE } from '../lib/feed/fx-reference';

const ARTICLE = 'sample-article.html';
const OUTPUT = join(ROOT, 'demo/annotated.png');
const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY) && !process.argv.includes('--headless');

/** Polls the content script until it has answered with money figures (it scans at document_idle). */
async function waitForFigures(ext: Extension, page: Awaited<ReturnType<Extension['openPage']>>): Promise<PageSummary> {
  const deadline = Date.now() + 20_000;
  let last = 'no answer';
  while (Date.now() < deadline) {
    try {
      const summary = await ext.pageSummary(page);
      if (summary.mentions.some((m) => m.type === 'money')) return summary;
      last =
        `answered with ${summary.mentions.length} mentions, ` +
        `none of them money${summary.reason ? ` (${summary.reason})` : ''}`;
    } catch (e) {
      last = e instanceof Error ? e.message : String(e);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`The content script found no money figures on the sample article within 20 s: ${last}`);
}

async function headless(ext: Extension): Promise<void> {
  const page = await ext.openPage(ARTICLE);
  const summary = await waitForFigures(ext, page);
  const money = summary.mentions.filter((m): m is MoneyMention => m.type === 'money');
  // A rate shows what DealLens is for (normalization); fall back to the first amount.
  const target = money.find((m) => m.period !== 'one-time') ?? money[0];
  const occurrence = money.filter((m) => m.start < target.start && m.text === target.text).length;
  await ext.hoverText(page, target.text, { occurrence });
  const tooltip = await ext.readTooltip(page);
  await copyFile(await ext.screenshot(page, 'demo-annotated'), OUTPUT);
  console.log(mentionTable(summary.mentions, FX_REFERENCE));
  console.log(`\nHovered "${target.text}"; the tooltip says:\n  ${tooltip.replace(/\n+/g, '\n  ')}`);
  console.log(`\nWrote ${OUTPUT}`);
}

async function headful(ext: Extension): Promise<void> {
  await ext.openPage(ARTICLE);
  for (const blank of ext.context.pages().filter((p) => p.url() === 'about:blank')) await blank.close();
  console.log(
    `DealLens demo: ${ext.server.url(ARTICLE)}\nHover a figure to see its tooltip. Close the browser to finish.`,
  );
  await new Promise<void>((resolve) => ext.context.once('close', () => resolve()));
}

async function main(): Promise<number> {
  let ext: Extension | undefined;
  try {
    ext = await launchExtension({ headless: !hasDisplay });
    await (hasDisplay ? headful(ext) : headless(ext));
    return 0;
  } catch (e) {
    console.error(
      e instanceof MissingChromiumError ? e.message : `npm start failed: ${e instanceof Error ? e.message : e}`,
    );
    return 1;
  } finally {
    await ext?.close();
  }
}

process.exit(await main());
