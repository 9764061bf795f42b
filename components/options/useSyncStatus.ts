// The options page's one data hook: the sync status of every feed, and the background actions that
// change it. While a sync runs (started here or by the schedule) the status is polled so each
// feed's row shows its progress.
import { useCallback, useEffect, useState } from 'preact/hooks';
import { sendToBackground, type BackgroundReplies, type SyncStatus } from '../../lib/messages';

export interface SyncControls {
  status: SyncStatus | null;
  /** Error of the last action or status read, in the background's words. */
  error: string | null;
  /** An action started here is running ('sync', 'add', 'reseed', ...). */
  busy: string | null;
  syncNow(): Promise<void>;
  /** Null when the feed was added, else the background's reason. */
  addFeed(url: string): Promise<string | null>;
  removeFeed(url: string): Promise<void>;
  setFeedEnabled(url: string, enabled: boolean): Promise<void>;
  reseed(): Promise<void>;
  importFeed(text: string): Promise<BackgroundReplies['import-feed']>;
  exportFeed(): Promise<string>;
}

const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));
const POLL_MS = 700;

export function useSyncStatus(): SyncControls {
  const [status, setStatus] = useState<SyncStatus | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);

  const refresh = useCallback(async () => {
    try {
      setStatus(await sendToBackground({ type: 'sync-status' }));
    } catch (e) {
      setError(errorText(e));
    }
  }, []);

  useEffect(() => void refresh(), [refresh]);

  const polling = busy !== null || !!status?.syncing || (status !== null && !status.seeded);
  useEffect(() => {
    if (!polling) return;
    const timer = setInterval(() => void refresh(), POLL_MS);
    return () => clearInterval(timer);
  }, [polling, refresh]);

  /** Runs an action that answers with a fresh SyncStatus; gives its error, or null on success.
   *  `own`: the caller shows the error itself, so the page-wide status line stays clear. */
  const run = useCallback(
    async (label: string, action: () => Promise<SyncStatus>, own = false) => {
      setBusy(label);
      setError(null);
      try {
        setStatus(await action());
        return null;
      } catch (e) {
        if (!own) setError(errorText(e));
        void refresh();
        return errorText(e);
      } finally {
        setBusy(null);
      }
    },
    [refresh],
  );

  return {
    status,
    error,
    busy,
    syncNow: async () => void (await run('sync', () => sendToBackground({ type: 'sync-now' }))),
    addFeed: (url) => run('add', () => sendToBackground({ type: 'add-feed', url }), true),
    removeFeed: async (url) => void (await run('remove', () => sendToBackground({ type: 'remove-feed', url }))),
    setFeedEnabled: async (url, enabled) =>
      void (await run('toggle', () => sendToBackground({ type: 'set-feed-enabled', url, enabled }))),
    reseed: async () => void (await run('reseed', () => sendToBackground({ type: 'reseed' }))),
    // Import and export report to their own section; a successful import changes the counts.
    importFeed: async (text) => {
      const result = await sendToBackground({ type: 'import-feed', text });
      void refresh();
      return result;
    },
    exportFeed: async () => (await sendToBackground({ type: 'export-feed' })).text,
  };
}
