import { afterEach, describe, expect, it, vi } from 'vitest';
import { startLoader, type Annotator, type LoaderHooks } from './loader';
import type { NativeExtension, StorageChange } from './native';
import type { StartOptions } from './controller';
import type { Company } from '../feed/types';
import { parseDocument } from '../../cli/html-article';

// The loader against fakes: a page with one <article> (whose text reads are counted), a native
// extension whose storage holds `stored`, and hooks that stay valid.
function setup(stored: Record<string, unknown>, articleText: string, companies: Company[] = []) {
  const doc = parseDocument(`<html><body><article><p></p></article></body></html>`);
  doc.querySelector('p')!.textContent = articleText;
  const article = doc.querySelector('article')!;
  const read = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(Object.getPrototypeOf(article)), 'textContent');
  const textReads = vi.fn(() => articleText);
  Object.defineProperty(article, 'textContent', { get: () => (textReads(), read?.get?.call(article)) });
  const pageQueries = vi.spyOn(doc, 'querySelectorAll');
  vi.stubGlobal('document', doc);
  vi.stubGlobal('location', { hostname: 'news.example', href: 'https://news.example/a' });
  vi.stubGlobal(
    'MutationObserver',
    class {
      observe() {}
      disconnect() {}
      takeRecords() {
        return [];
      }
    },
  );
  const changeListeners: ((c: Record<string, StorageChange>, area: string) => void)[] = [];
  const ext = {
    storage: {
      local: { get: vi.fn(async () => ({ ...stored })) },
      onChanged: { addListener: (l: never) => changeListeners.push(l), removeListener() {} },
    },
    runtime: {
      id: 'ext',
      getURL: (p: string) => p,
      sendMessage: vi.fn(async () => ({ ok: true, companies })),
      onMessage: { addListener() {}, removeListener() {} },
    },
  } as unknown as NativeExtension;
  const hooks: LoaderHooks = { isValid: () => true, onInvalidated() {}, onLocationChange() {} };
  const handle = vi.fn(async () => ({ count: 1 }));
  const startContent = vi.fn(async (_hooks: unknown, _perf: unknown, _opts: StartOptions) => ({ handle }));
  const loadAnnotator = vi.fn(async (): Promise<Annotator> => ({ startContent }));
  const change = (key: string, oldValue: unknown, newValue: unknown) =>
    changeListeners.forEach((l) => l({ [key]: { oldValue, newValue } }, 'local'));
  return { ext, hooks, loadAnnotator, startContent, textReads, pageQueries, change, changeListeners };
}

const settle = () => new Promise((r) => setTimeout(r, 0));

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('startLoader', () => {
  it('reads nothing from a page the reader paused, and starts when unpaused', async () => {
    const t = setup({ paused: true }, 'Nvidia will sell 10,000 GPUs for $5 billion.');
    void startLoader(t.hooks, t.loadAnnotator, t.ext);
    await settle();
    expect(t.pageQueries).not.toHaveBeenCalled();
    expect(t.textReads).not.toHaveBeenCalled();
    expect(t.loadAnnotator).not.toHaveBeenCalled();
    t.change('paused', true, false);
    await settle();
    expect(t.textReads).toHaveBeenCalled();
    expect(t.loadAnnotator).toHaveBeenCalledTimes(1);
    expect(t.startContent.mock.calls[0][2]).toMatchObject({ forced: false, settings: { paused: false } });
  });

  it('reads nothing from a site switched off', async () => {
    const t = setup({ disabledSites: ['news.example'] }, 'A $5 billion deal.');
    void startLoader(t.hooks, t.loadAnnotator, t.ext);
    await settle();
    expect(t.textReads).not.toHaveBeenCalled();
    expect(t.loadAnnotator).not.toHaveBeenCalled();
  });

  it('reads the text once on a quiet page, loads nothing and watches no settings', async () => {
    const t = setup({}, 'The fog lifted slowly from the fields by the river.');
    void startLoader(t.hooks, t.loadAnnotator, t.ext);
    await settle();
    expect(t.textReads).toHaveBeenCalledTimes(1);
    expect(t.loadAnnotator).not.toHaveBeenCalled();
    expect(t.changeListeners).toHaveLength(0);
  });

  it('starts the annotator with live settings when the article holds candidates', async () => {
    const t = setup({}, 'The lab bought 20,000 H100s.');
    void startLoader(t.hooks, t.loadAnnotator, t.ext);
    await settle();
    expect(t.loadAnnotator).toHaveBeenCalledTimes(1);
    expect(t.changeListeners).toHaveLength(1);
    const settings = t.startContent.mock.calls[0][2].settings!;
    t.change('display', undefined, { currency: 'EUR' });
    expect(settings.display.currency).toBe('EUR');
  });

  it('starts the annotator on an article that names known companies without figures', async () => {
    const nvidia: Company = { name: 'Nvidia', aliases: [], ticker: 'NVDA', kind: 'chip-vendor' as Company['kind'] };
    const t = setup({}, 'Executives at Nvidia met the board on Tuesday.', [nvidia]);
    void startLoader(t.hooks, t.loadAnnotator, t.ext);
    await settle();
    await settle();
    expect(t.loadAnnotator).toHaveBeenCalledTimes(1);
    const quiet = setup({}, 'Executives at the club met the board on Tuesday.', [nvidia]);
    void startLoader(quiet.hooks, quiet.loadAnnotator, quiet.ext);
    await settle();
    await settle();
    expect(quiet.loadAnnotator).not.toHaveBeenCalled();
  });

  it('answers the popup on a quiet page with the reason the page is not annotated', async () => {
    const t = setup({ paused: true }, 'Nothing here.');
    const loader = await startLoader(t.hooks, t.loadAnnotator, t.ext);
    expect(await loader.handle({ type: 'page-summary' })).toMatchObject({
      enabled: false,
      reason: 'paused',
      mentions: [],
    });
    expect(await loader.handle({ type: 'rescan' })).toEqual({ count: 0 });
    expect(t.loadAnnotator).not.toHaveBeenCalled();
  });
});
