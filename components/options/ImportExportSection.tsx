import { plural, t } from '../../lib/i18n';
import { useState } from 'preact/hooks';
import { Section } from '../ui/Section';
import { downloadText } from '../ui/download';
import { splitFeedErrors, type FeedErrorLine } from './feedErrors';
import { plainError } from '../ui/plainError';
import type { SyncControls } from './useSyncStatus';

type Outcome = { kind: 'ok'; text: string } | { kind: 'errors'; file: string; lines: FeedErrorLine[] } | null;

/** Import a feed file (validated like a sync; the cache is untouched when it fails) and export the
 *  cache as a feed file. */
export function ImportExportSection({ sync }: { sync: SyncControls }) {
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [working, setWorking] = useState(false);

  const onFile = async (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    setWorking(true);
    try {
      const result = await sync.importFeed(await file.text());
      const counts = [plural('countDeals', result.deals), plural('popupCompanies', result.companies)] as const;
      setOutcome({ kind: 'ok', text: t('optImported', file.name, ...counts) });
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      // A validator's lines name their JSON paths; anything else (a quota, a worker stop) is told in words.
      const lines = splitFeedErrors(message).map((l) =>
        l.path ? l : { ...l, message: plainError(l.message) ?? l.message },
      );
      setOutcome({ kind: 'errors', file: file.name, lines });
    } finally {
      setWorking(false);
      input.value = ''; // choosing the same file again fires change again
    }
  };

  const onExport = async () => {
    setWorking(true);
    try {
      downloadText(await sync.exportFeed(), 'deallens-feed.json', 'application/json');
      setOutcome({ kind: 'ok', text: t('optExported', 'deallens-feed.json') });
    } catch (err) {
      setOutcome({
        kind: 'errors',
        file: 'export',
        lines: [{ path: null, message: plainError(String(err instanceof Error ? err.message : err)) ?? '' }],
      });
    } finally {
      setWorking(false);
    }
  };

  return (
    <Section title={t('optImportExport')} id="import-export">
      <div class="field">
        <label for="import-file">{t('optImportFile')}</label>
        <input
          id="import-file"
          type="file"
          accept=".json,application/json"
          disabled={working}
          onChange={onFile}
          aria-describedby="import-help"
        />
      </div>
      <p id="import-help" class="muted">
        {t('optImportHelp')}
      </p>
      <div class="field">
        <button type="button" onClick={() => void onExport()} disabled={working}>
          {t('optExportFile')}
        </button>
      </div>
      <div class="import-outcome" aria-live="polite">
        {outcome?.kind === 'ok' && (
          <p class="ok" role="status">
            {outcome.text}
          </p>
        )}
        {outcome?.kind === 'errors' && (
          <div class="import-errors" role="alert">
            <p class="error">{t('optNotImported', outcome.file)}</p>
            <ul>
              {outcome.lines.map((l, i) => (
                <li key={i}>
                  {l.path && <code class="json-path">{l.path}</code>}
                  {l.path ? ': ' : ''}
                  {l.message}
                </li>
              ))}
            </ul>
          </div>
        )}
      </div>
    </Section>
  );
}
