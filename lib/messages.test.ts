import { describe, expect, it } from 'vitest';
import { isTabRequest, listenOn, sendToBackgroundVia, toReply, MessageError } from './messages';

// A minimal onMessage event: the listener under test and a way to deliver a message to it.
function fakeEvent() {
  let listener: ((msg: unknown, sender: unknown, sendResponse?: (r: unknown) => void) => unknown) | null = null;
  return {
    addListener: (cb: typeof listener) => {
      listener = cb;
    },
    deliver: (msg: unknown, withSendResponse: boolean) =>
      new Promise<{ returned: unknown; sent?: unknown }>((resolve) => {
        const returned = listener!(msg, {}, withSendResponse ? (sent) => resolve({ returned, sent }) : undefined);
        if (!withSendResponse || returned === undefined) resolve({ returned });
      }),
  };
}

describe('toReply', () => {
  it('wraps data as ok and errors as not ok', async () => {
    expect(await toReply(Promise.resolve({ count: 3 }))).toEqual({ ok: true, count: 3 });
    expect(await toReply(Promise.reject(new Error('no page')))).toEqual({ ok: false, error: 'no page' });
  });
});

describe('listenOn', () => {
  const handle = async (req: { type: string }) => {
    if (req.type === 'reveal') throw new Error('nothing to reveal');
    return { count: 2 };
  };

  it('answers through sendResponse (real browsers) and keeps the channel open', async () => {
    const event = fakeEvent();
    listenOn(event as never, isTabRequest, handle);
    const { returned, sent } = await event.deliver({ type: 'rescan' }, true);
    expect(returned).toBe(true);
    expect(sent).toEqual({ ok: true, count: 2 });
    expect((await event.deliver({ type: 'reveal', id: '0:money@3' }, true)).sent).toEqual({
      ok: false,
      error: 'nothing to reveal',
    });
  });

  it('answers with the returned promise when there is no sendResponse, and ignores other messages', async () => {
    const event = fakeEvent();
    listenOn(event as never, isTabRequest, handle);
    expect(await (await event.deliver({ type: 'rescan' }, false)).returned).toEqual({ ok: true, count: 2 });
    expect((await event.deliver({ type: 'lookup' }, true)).returned).toBeUndefined();
  });
});

describe('sendToBackgroundVia', () => {
  it('unwraps the reply, and turns a failure or silence into a MessageError', async () => {
    const companies = await sendToBackgroundVia(async () => ({ ok: true, companies: [] }), { type: 'companies' });
    expect(companies.companies).toEqual([]);
    await expect(
      sendToBackgroundVia(async () => ({ ok: false, error: 'no cache' }), { type: 'companies' }),
    ).rejects.toThrow(MessageError);
    await expect(sendToBackgroundVia(async () => undefined, { type: 'companies' })).rejects.toThrow(
      'No answer to "companies"',
    );
  });
});
