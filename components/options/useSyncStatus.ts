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
  addFeed(url: string): Promise<boolean>;
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

  /** Runs an action that answers with a fresh SyncStatus; true when it succeeded. */
  const run = useCallback(async (label: string, action: () => Promise<SyncStatus>) => {
    setBusy(label);
    setError(null);
    try {
      setStatus(await action());
      return true;
    } catch (e) {
      setError(errorText(e));
      void refresh();
      return false;
    } finally {
      setBusy(null);
    }
  }, [refresh]);

  return {
    status,
    error,
    busy,
    syncNow: async () => void (await run('sync', () => sendToBackground({ type: 'sync-now' }))),
    addFeed: (url) => run('add', () => sendToBackground({ type: 'add-feed', url })),
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
