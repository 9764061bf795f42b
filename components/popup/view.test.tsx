import { describe, expect, it } from 'vitest';
import type { PageSummary } from '../../lib/messages';
import { chooseView, webHost } from './view';

const page = (over: Partial<PageSummary> = {}): PageSummary => ({
  url: 'https://news.example/a',
  enabled: true,
  mentions: [],
  mentionIds: [],
  readings: [],
  lookup: null,
  ...over,
});
const base = { summary: null, tabError: null, paused: false, mode: 'all' as const, host: 'news.example' };

describe('chooseView', () => {
  it('waits for the tab, then shows its summary or that nothing was found', () => {
    expect(chooseView(base).kind).toBe('loading');
    expect(chooseView({ ...base, summary: page() }).kind).toBe('nothing-found');
    const withOne = page({ mentions: [{ type: 'power', text: '2 GW', start: 0, end: 4, watts: 2e9 }] });
    expect(chooseView({ ...base, summary: withOne }).kind).toBe('summary');
  });

  it('explains pages the extension cannot run on', () => {
    expect(chooseView({ ...base, tabError: 'Could not establish connection' }).kind).toBe('unreachable');
  });

  it('puts the global pause first, then the site switch', () => {
    expect(chooseView({ ...base, paused: true, summary: page() }).kind).toBe('paused');
    expect(chooseView({ ...base, summary: page({ enabled: false, reason: 'disabled-site' }) })).toEqual({
      kind: 'disabled-site',
      host: 'news.example',
    });
    expect(chooseView({ ...base, mode: 'on-click', summary: page({ enabled: false }) }).kind).toBe('on-click');
    expect(chooseView({ ...base, summary: page({ enabled: false, reason: 'no-article' }) }).kind).toBe('no-article');
  });
});

describe('webHost', () => {
  it('gives hostnames of web pages only', () => {
    expect(webHost('https://www.example.com/x')).toBe('www.example.com');
    expect(webHost('chrome://extensions/')).toBeNull();
    expect(webHost('https://chromewebstore.google.com/detail/x')).toBe('chromewebstore.google.com');
    expect(webHost(undefined)).toBeNull();
  });
});
