import { describe, expect, it } from 'vitest';
import { admit, senderKind, serveBackground, type MessageSender } from './door';
import { REQUESTS, type RequestName } from '../requests';

const EXT = 'chrome-extension://abcdef/';
const ID = 'abcdef';
const page: MessageSender = { id: ID, url: 'https://news.example/story', tab: { id: 4 } };
const popup: MessageSender = { id: ID, url: `${EXT}popup.html` };
const optionsInATab: MessageSender = { id: ID, url: `${EXT}options.html`, tab: { id: 5 } };

/** Delivers a message with a sender to a served background; resolves with its reply. */
function served() {
  let listener: ((msg: unknown, sender: unknown, respond: (r: unknown) => void) => unknown) | null = null;
  const handled: unknown[] = [];
  serveBackground(
    { addListener: (cb: typeof listener) => (listener = cb) } as never,
    async (req) => {
      handled.push(req);
      return { done: req.type };
    },
    EXT,
    ID,
  );
  const deliver = (msg: unknown, sender: MessageSender) =>
    new Promise<unknown>((resolve) => {
      if (listener!(msg, sender, resolve) === undefined) resolve(undefined);
    });
  return { deliver, handled };
}

describe('senderKind', () => {
  it('tells extension pages (in a tab or not) from content scripts, and serves no one else', () => {
    expect(senderKind(popup, EXT, ID)).toBe('extension');
    expect(senderKind(optionsInATab, EXT, ID)).toBe('extension');
    expect(senderKind(page, EXT, ID)).toBe('content');
    expect(senderKind({ id: 'other-extension', url: 'https://x.example/', tab: {} }, EXT, ID)).toBeNull();
    expect(senderKind({ id: ID, url: 'https://x.example/' }, EXT, ID)).toBeNull(); // no tab, not ours
    expect(senderKind({}, EXT, ID)).toBeNull();
    expect(senderKind(undefined, EXT, ID)).toBeNull();
  });
});

describe('the door', () => {
  it('lets content scripts send only what a page needs', async () => {
    const fromContent = (Object.keys(REQUESTS) as RequestName[]).filter((k) => REQUESTS[k].from === 'content').sort();
    expect(fromContent).toEqual(['companies', 'lookup', 'open-explorer', 'record-trail', 'save-my-deal']);
    const { deliver, handled } = served();
    for (const type of [
      'export-feed',
      'add-feed',
      'import-feed',
      'clear-trail',
      'explore-data',
      'reseed',
      'my-deals',
      'update-my-deal',
      'remove-my-deal',
    ]) {
      expect(await deliver({ type, url: 'https://evil.example/f.json', text: '{}' }, page)).toEqual({
        ok: false,
        error: `"${type}" may only be sent by the extension's own pages`,
      });
    }
    expect(handled).toEqual([]);
    expect(await deliver({ type: 'export-feed' }, popup)).toEqual({ ok: true, done: 'export-feed' });
    expect(await deliver({ type: 'companies' }, page)).toEqual({ ok: true, done: 'companies' });
  });

  it('refuses what no one we serve sent, and ignores messages that are not background requests', async () => {
    const { deliver, handled } = served();
    expect(await deliver({ type: 'lookup', companies: [], figures: [] }, {})).toMatchObject({ ok: false });
    expect(await deliver({ type: 'page-summary' }, popup)).toBeUndefined();
    expect(await deliver({ type: 'toString' }, popup)).toBeUndefined();
    expect(await deliver('lookup', popup)).toBeUndefined();
    expect(handled).toEqual([]);
  });

  it('checks each request against its schema and hands on only the declared fields', async () => {
    expect(() => admit({ type: 'lookup', companies: 'Alpha', figures: [] }, 'content')).toThrow(
      'Bad "lookup" request: companies must be at most 200 strings',
    );
    expect(() => admit({ type: 'lookup', companies: [], figures: [{ index: 1.5 }] }, 'content')).toThrow(
      /integer index/,
    );
    expect(() => admit({ type: 'lookup', companies: [], figures: [{ index: 0, watts: Infinity }] }, 'content')).toThrow(
      /finite/,
    );
    expect(() => admit({ type: 'import-feed', text: 'x'.repeat(32 * 1024 * 1024 + 1) }, 'extension')).toThrow(
      /too large/,
    );
    expect(() => admit({ type: 'set-feed-enabled', url: 'u', enabled: 'yes' }, 'extension')).toThrow(/boolean/);
    expect(admit({ type: 'open-explorer', company: 'Alpha', extra: 'dropped' }, 'content')).toEqual({
      type: 'open-explorer',
      company: 'Alpha',
    });
  });
});
