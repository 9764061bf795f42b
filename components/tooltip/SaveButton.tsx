import { useState } from 'preact/hooks';
import { t } from '../../lib/i18n';

/** "Save to my deals" beside a reading the deal list lacks. Only the reader's own click acts (a page
 *  script cannot reach the closed shadow root, and untrusted clicks are ignored). On success the page
 *  shows the tooltip again with the reading matched to My deals; a failure is said in the box. */
export function SaveButton({ onSave }: { onSave: () => Promise<unknown> }) {
  const [state, setState] = useState<{ saving: boolean; error: string | null }>({ saving: false, error: null });
  const save = async (e: Event) => {
    if (!e.isTrusted || state.saving) return;
    setState({ saving: true, error: null });
    try {
      await onSave();
      setState({ saving: false, error: null });
    } catch (err) {
      setState({ saving: false, error: t('myDealsSaveFailed', err instanceof Error ? err.message : String(err)) });
    }
  };
  return (
    <div class="save-row">
      <button type="button" class="save" data-save="my-deals" disabled={state.saving} onClick={save}>
        {state.saving ? t('myDealsSaving') : t('myDealsSave')}
      </button>
      {state.error && (
        <span class="save-error" role="alert">
          {state.error}
        </span>
      )}
    </div>
  );
}
