// The popup's one data hook: the tab's page summary, the sync status, and the actions that talk to
// the tab and the background. Browser APIs outside the message protocol come in as `host` (wired in
// entrypoints/popup), so this file never touches `browser`.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { sendToBackground, sendToTab, type PageSummary, type SyncStatus } from '../../lib/messages';
import { siteMode } from '../../lib/settings';

export interface PopupHost {
  /** The tab to summarize: `?tabId=N` in tests, else the active tab. Null when there is none. */
  resolveTab(): Promise<{ id: number; url?: string } | null>;
  openOptions(): void;
}

interface PopupData {
  tab: { id: number; url?: string } | null;
  summary: PageSummary | null;
  tabError: string | null;
  sync: SyncStatus | null;
  syncError: string | null;
  /** A "Sync now" started here is still running. */
  syncing: boolean;
  refreshSummary(): void;
  syncNow(): void;
  reveal(index: number): void;
  /** Asks the page to save its reading `id` to My deals; resolves once saved and the summary is read
   *  again (the card then shows it in My deals), rejects with the reason it was not. */
  saveReading(id: string): Promise<void>;
}

const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));
const POLL_MS = 1000;

export function usePopupData(host: PopupHost): PopupData {
  const [tab, setTab] = useState<{ id: number; url?: string } | null>(null);
  const [summary, setSummary] = useState<PageSummary | null>(null);
  const [tabError, setTabError] = useState<string | null>(null);
  const [sync, setSync] = useState<SyncStatus | null>(null);
  const [syncError, setSyncError] = useState<string | null>(null);
  const [syncing, setSyncing] = useState(false);
  const tabRef = useRef<number | null>(null);

  const loadSummary = useCallback(async (tabId: number) => {
    try {
      setSummary(await sendToTab(tabId, { type: 'page-summary' }));
      setTabError(null);
    } catch (e) {
      setSummary(null);
      setTabError(errorText(e));
    }
  }, []);

  const loadSync = useCallback(async () => {
    try {
      setSync(await sendToBackground({ type: 'sync-status' }));
      setSyncError(null);
    } catch (e) {
      setSyncError(errorText(e));
    }
  }, []);

  useEffect(() => {
    void (async () => {
      const t = await host.resolveTab().catch(() => null);
      setTab(t);
      tabRef.current = t?.id ?? null;
      // In "only on click" mode opening the popup is the click: ask the page to scan now.
      if (t && (await siteMode.getValue()) === 'on-click') {
        await sendToTab(t.id, { type: 'rescan' }).catch(() => undefined);
      }
      if (t) await loadSummary(t.id);
      else setTabError('No tab to read.');
    })();
    void loadSync();
  }, [host, loadSummary, loadSync]);

  // While the cache seeds or a sync runs elsewhere, follow its progress.
  const waiting = sync !== null && (!sync.seeded || sync.syncing);
  useEffect(() => {
    if (!waiting) return;
    const timer = setInterval(() => void loadSync(), POLL_MS);
    return () => clearInterval(timer);
  }, [waiting, loadSync]);

  const refreshSummary = useCallback(() => {
    if (tabRef.current !== null) void loadSummary(tabRef.current);
  }, [loadSummary]);

  const syncNow = useCallback(() => {
    setSyncing(true);
    sendToBackground({ type: 'sync-now' })
      .then((s) => {
        setSync(s);
        setSyncError(null);
      })
      .catch((e) => setSyncError(errorText(e)))
      .finally(() => setSyncing(false));
  }, []);

  // The popup lists mentions by index; the page is asked by the mention's page-wide id.
  const reveal = useCallback(
    (index: number) => {
      const id = summary?.mentionIds?.[index];
      if (tabRef.current !== null && id) void sendToTab(tabRef.current, { type: 'reveal', id }).catch(() => undefined);
    },
    [summary],
  );

  const saveReading = useCallback(
    async (id: string) => {
      if (tabRef.current === null) throw new Error('No tab to save from.');
      await sendToTab(tabRef.current, { type: 'save-reading', id });
      await loadSummary(tabRef.current);
    },
    [loadSummary],
  );

  return { tab, summary, tabError, sync, syncError, syncing, refreshSummary, syncNow, reveal, saveReading };
}
