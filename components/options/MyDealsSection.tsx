import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Deal } from '../../lib/feed/types';
import type { MyDealEdit } from '../../lib/deals/my-deals-fields';
import { sendToBackground } from '../../lib/messages';
import { t } from '../../lib/i18n';
import { DealCard } from '../DealCard';
import { Section } from '../ui/Section';
import { MyDealEditor } from './MyDealEditor';

const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** The deals the reader saved from pages: each shown as a card, editable and removable. */
export function MyDealsSection() {
  const [deals, setDeals] = useState<Deal[] | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const [note, setNote] = useState<{ ok: boolean; text: string } | null>(null);

  const load = useCallback(async () => {
    try {
      setDeals((await sendToBackground({ type: 'my-deals' })).deals);
    } catch (e) {
      setNote({ ok: false, text: t('myDealsLoadFailed', errorText(e)) });
    }
  }, []);
  useEffect(() => void load(), [load]);

  const save = async (deal: Deal, edit: MyDealEdit): Promise<string | null> => {
    try {
      const saved = (await sendToBackground({ type: 'update-my-deal', id: deal.id, edit })).deal;
      setEditing(null);
      setNote({ ok: true, text: t('myDealsUpdated', saved.title) });
      await load();
      return null;
    } catch (e) {
      return errorText(e);
    }
  };
  const remove = async (deal: Deal) => {
    try {
      await sendToBackground({ type: 'remove-my-deal', id: deal.id });
      setNote({ ok: true, text: t('myDealsRemoved', deal.title) });
      if (editing === deal.id) setEditing(null);
      await load();
    } catch (e) {
      setNote({ ok: false, text: errorText(e) });
    }
  };

  return (
    <Section title={t('myDealsTitle')} id="my-deals" aside={deals && <span class="muted">{deals.length}</span>}>
      <p class="muted">{t('myDealsIntro')}</p>
      {note && (
        <p class={note.ok ? 'ok' : 'error'} role={note.ok ? 'status' : 'alert'}>
          {note.text}
        </p>
      )}
      {deals?.length === 0 && <p class="muted">{t('myDealsEmpty')}</p>}
      {deals && deals.length > 0 && (
        <ul class="my-deal-list">
          {deals.map((d) => (
            <li key={d.id} class="my-deal" data-deal={d.id}>
              <DealCard deal={d} numbers="full" />
              {editing === d.id ? (
                <MyDealEditor deal={d} onSave={(edit) => save(d, edit)} onCancel={() => setEditing(null)} />
              ) : (
                <div class="inline">
                  <button type="button" onClick={() => setEditing(d.id)} aria-label={t('myDealsEditLabel', d.title)}>
                    {t('myDealsEdit')}
                  </button>
                  <button
                    type="button"
                    class="danger"
                    onClick={() => void remove(d)}
                    aria-label={t('myDealsRemoveLabel', d.title)}
                  >
                    {t('myDealsRemove')}
                  </button>
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
