import { t } from '../../lib/i18n';
import { formatCount } from '../../lib/figures/format';
import { useState } from 'preact/hooks';
import { sendToBackground } from '../../lib/messages';
import { readingTrail } from '../../lib/settings';
import { Toggle } from '../ui/Toggle';
import { useStorageItem } from '../ui/useStorageItem';

/** The reading trail's switch (off by default) and its "clear": delete every entry. */
export function ReadingTrail() {
  const [on, setOn] = useStorageItem(readingTrail);
  const [state, setState] = useState<'idle' | 'clearing' | 'cleared' | { error: string }>('idle');
  const clear = async () => {
    setState('clearing');
    try {
      await sendToBackground({ type: 'clear-trail' });
      setState('cleared');
    } catch (e) {
      setState({ error: e instanceof Error ? e.message : String(e) });
    }
  };
  return (
    <div class="reading-trail">
      <h3>{t('optTrail')}</h3>
      <Toggle
        checked={on === true}
        disabled={on === undefined}
        onChange={(v) => {
          setState('idle');
          void setOn(v);
        }}
        description={t('optTrailHelp')}
      >
        {t('optTrailSwitch')}
      </Toggle>
      <p class="muted">{t('optTrailText', formatCount(5000))}</p>
      <button type="button" class="danger" disabled={state === 'clearing'} onClick={() => void clear()}>
        {t('optTrailClear')}
      </button>
      {state === 'cleared' && (
        <p class="ok" role="status">
          {t('optTrailCleared')}
        </p>
      )}
      {typeof state === 'object' && (
        <p class="error" role="alert">
          {t('optTrailClearFailed', state.error)}
        </p>
      )}
    </div>
  );
}
