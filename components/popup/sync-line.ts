// What the popup's sync line says: the newest success over all feeds, and the first failing feed's error
// with the feed named (a reader may have several feeds; an error without its feed cannot be acted on).
import type { SyncStatus } from '../../lib/messages';
import { t } from '../../lib/i18n';

/** The newest success and error over all feeds (ISO dates sort as text). */
export function latestSync(sync: SyncStatus): { success: string | null; error: string | null } {
  const success =
    sync.feeds
      .map((f) => f.lastSuccess)
      .filter((d): d is string => !!d)
      .sort()
      .at(-1) ?? null;
  const failing = sync.feeds.find((f) => f.enabled && f.lastError);
  if (!failing) return { success, error: null };
  const name = failing.kind === 'bundled' ? t('bundledFeed') : feedHost(failing.url);
  return { success, error: `${name}: ${failing.lastError}` };
}

function feedHost(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}
