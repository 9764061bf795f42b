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
      <h3>Reading trail</h3>
      <Toggle
        checked={on === true}
        disabled={on === undefined}
        onChange={(v) => {
          setState('idle');
          void setOn(v);
        }}
        description="Remember the deals found on the pages you read, with the site's name and the date, in this browser only"
      >
        Remember the deals found on pages I read (site name and date only)
      </Toggle>
      <p class="muted">
        The explorer then shows where you saw each deal and can list only those. Only the site’s name (like
        news.example) and the day are kept, never the page address or its text; the latest 5,000 entries stay.
      </p>
      <button type="button" class="danger" disabled={state === 'clearing'} onClick={() => void clear()}>
        Clear reading trail
      </button>
      {state === 'cleared' && (
        <p class="ok" role="status">
          Reading trail cleared.
        </p>
      )}
      {typeof state === 'object' && (
        <p class="error" role="alert">
          Could not clear the reading trail: {state.error}
        </p>
      )}
    </div>
  );
}
